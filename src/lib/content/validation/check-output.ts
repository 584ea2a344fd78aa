// What a content check ends with, apart from the checker itself: the build's integration and
// scripts/build.ts print these without loading the checker (about 0.5 s and 60 MB).

/** Exit codes of `npm run check`, documented in docs/checker.md. */
export const EXIT = { ok: 0, contentErrors: 1, checkerFailed: 2 } as const;

/** The last line of a build that the content check stopped, under the list of problems. */
export const BUILD_STOPPED = '构建已停止：请先修正以上内容问题。';
