import type { StrayReason } from '../files/file-set.ts';
import type { HistoryGap } from '../qr/registry-history.ts';

/**
 * The facts behind the messages of `ISSUES` that need more than a value or two, and the wording
 * that picks between variants of one code's message or hint.
 */

export interface FieldHint {
  /** What the field accepts (see `fieldHints`), or the allowed values of an enum. */
  hint: string | undefined;
}
export interface TooSmall {
  origin: string;
  minimum: number;
  inclusive: boolean;
  /** The value as written, for `必须大于 0，实际是 -2`. */
  value: string;
}
export interface TierGroupMismatch {
  groupLabel: string;
  group: string;
  tierNames: string;
  tierIds: readonly string[];
}
export interface PathShort {
  groupLabel: string;
  group: string;
  total: number;
  required: number;
  missing: number;
}
export interface PlanGroupFacts {
  groupLabel: string;
  group: string;
  groupId: string;
}
export interface PlanShort {
  groupLabel: string;
  group: string;
  year: number;
  total: number;
  required: number;
  missing: number;
}
export interface RotationYear {
  /** 1-based year within the cycle. */
  index: number;
  /** Length of the cycle. */
  years: number;
}
export interface PlanPrerequisite {
  code: string;
  prerequisite: string;
}
export interface AnchorMissing {
  /** Undefined for an anchor on the module's own page. */
  code: string | undefined;
  anchor: string;
  anchors: readonly string[];
}
export interface LinkMalformed {
  url: string;
  /** Whether the link points at an .mdx file rather than a page. */
  sourceFile: boolean;
  /** The link to write instead, when the target module is known. */
  fix: string | undefined;
}
export interface ImageMissing {
  url: string;
  /** The project-relative file the URL names. */
  path: string;
  folder: string;
  /** Names of the files that are in `folder`. */
  nearby: readonly string[];
  relative: boolean;
}
export type QrBroken =
  | { reason: 'cycle'; chain: readonly string[] }
  | { reason: 'successor-missing'; code: string; successor: string }
  | {
      reason: 'missing';
      code: string; /** 学习路径, 模块, or a registry kind's label (外训基地). */
      target: string;
    };

export function tooSmallMessage({ origin, minimum, inclusive, value }: TooSmall): string {
  if (origin === 'array') return `至少需要 ${minimum} 项`;
  if (origin === 'string') return '不能为空';
  if (minimum === 0 && !inclusive) return `必须大于 0，实际是 ${value}`;
  return `不能小于 ${minimum}`;
}

export function imageMissingHint({ url, path, folder, nearby, relative }: ImageMissing): string {
  if (nearby.length) return `${folder}/ 中现有：${nearby.slice(0, 8).join(', ')}`;
  if (relative) return `把图片放到 ${folder}/ 中，路径相对于本模块文件`;
  return `把图片放到 public/ 中：地址 ${url.split(/[?#]/)[0]} 对应文件 ${path}`;
}

export function qrBrokenMessage(broken: QrBroken): string {
  switch (broken.reason) {
    case 'cycle':
      return `二维码的接替关系形成循环：${broken.chain.join(' → ')}`;
    case 'successor-missing':
      return `二维码 ${broken.code} 指向的接替模块「${broken.successor}」不存在`;
    case 'missing':
      return `二维码 ${broken.code} 已经印发，但这个${broken.target}已不存在，扫码会打不开`;
  }
}

/** Why the add-only registry guard could not run, in words a maintainer acts on. */
export function historyGapMessage(gap: HistoryGap): string {
  const why =
    gap === 'shallow'
      ? '当前是浅克隆（shallow clone），只有最近的提交'
      : '当前目录不是 Git 仓库（例如解压的压缩包）';
  return `读不到 content/qr-registry.yaml 的完整 Git 历史：${why}，无法确认是否删除了已印发的二维码`;
}

export function historyGapFix(gap: HistoryGap): string {
  return gap === 'shallow'
    ? '运行 git fetch --unshallow；CI 中给 actions/checkout 设置 fetch-depth: 0（GitLab 设置 GIT_DEPTH: 0）'
    : '在完整的 Git 克隆（git clone）中运行 npm run check';
}

/** Why a file that looks like a page is not published, as the `file-stray` warning says it. */
export const STRAY_MESSAGES = {
  markdown: '这个文件不会发布：网站只发布 .mdx 文件',
  'extension-case': '这个文件不会发布：扩展名必须是小写的 .mdx',
  outside: '这个 .mdx 文件不会发布：它不在 content/modules/ 或 content/pages/ 中',
  hidden: '这个文件不会发布：以 . 开头的文件和文件夹会被跳过',
} as const satisfies Record<StrayReason, string>;
