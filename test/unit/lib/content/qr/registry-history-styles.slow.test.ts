import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CI_VARIABLES, withoutCi } from '../../../../../src/lib/platform/ci.ts';
import { runContentCheck } from '../../../../../src/lib/content/validation/run-check.ts';
import { projectRoot } from '../../../../helpers/content.ts';
import { git } from '../../../../helpers/git.ts';

// A registry committed in block style, flow style and with quoted keys; in a depth-1 clone of each,
// as CI checks out, one printed code is deleted and another one's target is changed.
type Entry = Record<string, string>;
const groups = ['branch-secretary', 'party-staff', 'central-group', 'backbone', 'ordinary'];
const moreGroups = ['near-retirement', 'probationary', 'development-target', 'activist'];
const paths: Entry[] = [...groups, ...moreGroups].map((code) => ({
  code,
  kind: 'path',
  issued: '2026-01-01',
}));
const committed: Entry[] = [
  { code: 'TS-001', issued: '2026-01-01', retired: '本课已停用。' },
  { code: 'TS-002', issued: '2026-01-01', supersededBy: 'TS-001' },
  { code: 'TS-003', issued: '2026-01-01', retired: '已停用。' },
  ...paths,
];
const edited: Entry[] = [
  committed[0]!,
  { ...committed[1]!, supersededBy: 'TS-004' },
  ...paths,
  { code: 'TS-004', issued: '2026-02-01', retired: '并入新课。' },
];

const pairs = (entry: Entry, quote: (text: string) => string) =>
  Object.entries(entry).map(([key, value]) => `${quote(key)}: ${quote(value)}`);
const STYLES = {
  block: (entries: Entry[]) => entries.map((entry) => `- ${pairs(entry, String).join('\n  ')}\n`).join(''),
  flow: (entries: Entry[]) =>
    `[\n${entries.map((entry) => `  {${pairs(entry, String).join(', ')}}`).join(',\n')}\n]\n`,
  quoted: (entries: Entry[]) =>
    entries.map((entry) => `- ${pairs(entry, (text) => `"${text}"`).join('\n  ')}\n`).join(''),
};
type Style = keyof typeof STYLES;
/** The line of TS-002's `supersededBy` in the edited file. */
const CHANGED_LINE: Record<Style, number> = { block: 6, flow: 3, quoted: 6 };

const gap =
  '读不到 content/qr-registry.yaml 的完整 Git 历史：当前是浅克隆（shallow clone），只有最近的提交，无法确认是否删除了已印发的二维码';
const gapFix =
  '(允许: 运行 git fetch --unshallow；CI 中给 actions/checkout 设置 fetch-depth: 0（GitLab 设置 GIT_DEPTH: 0）)';
const expected = (style: Style, ci: boolean) => [
  ci
    ? `content/qr-registry.yaml:1  registry  ${gap}；CI 中不允许跳过这项检查  ${gapFix}`
    : `content/qr-registry.yaml:1  registry  警告 ${gap}  ${gapFix}`,
  'content/qr-registry.yaml:1  registry  content/qr-registry.yaml 删除了已印发的二维码 TS-003：登记表只能增加，不能删除  (允许: 恢复这一行；模块下线时改写为 supersededBy 或 retired)',
  `content/qr-registry.yaml:${CHANGED_LINE[style]}  supersededBy  已印发的二维码 TS-002 的 supersededBy 被改动：登记时是「TS-001」，现在是「TS-004」；登记表已有的内容不能改动  (允许: 把 supersededBy 恢复为「TS-001」；模块下线时只能在这一行加上 supersededBy 或 retired)`,
];

let dir = '';
const clone = (style: Style) => join(dir, style, 'shallow');
before(() => {
  mkdirSync(join(projectRoot, '.test-projects'), { recursive: true });
  dir = mkdtempSync(join(projectRoot, '.test-projects', 'registry-styles-'));
  for (const style of Object.keys(STYLES) as Style[]) {
    const origin = join(dir, style, 'origin');
    cpSync(join(projectRoot, 'content', 'taxonomy'), join(origin, 'content', 'taxonomy'), {
      recursive: true,
    });
    writeFileSync(join(origin, 'content', 'qr-registry.yaml'), STYLES[style](committed));
    git(origin, 'init', '--quiet');
    git(origin, 'add', '.');
    git(origin, 'commit', '--quiet', '-m', 'register');
    git(join(dir, style), 'clone', '--quiet', '--depth', '1', `file://${origin}`, 'shallow');
    writeFileSync(join(clone(style), 'content', 'qr-registry.yaml'), STYLES[style](edited));
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The check as `npm run check` runs it, with CI decided from the environment alone. */
function checkUnder(root: string, env: Record<string, string>) {
  const saved = { ...process.env };
  for (const name of CI_VARIABLES) delete process.env[name];
  Object.assign(process.env, env);
  try {
    const { lines, exitCode } = runContentCheck(root);
    return { lines: lines.filter((line) => line.startsWith('content/qr-registry.yaml')), exitCode };
  } finally {
    process.env = saved;
  }
}

const CI_ENVS = [{ CI: '1' }, { CI: 'true' }, { GITLAB_CI: 'true' }, { GITHUB_ACTIONS: 'true' }];

test('under every CI variable, deleted and changed entries in any spelling are errors', () => {
  for (const style of Object.keys(STYLES) as Style[]) {
    for (const env of CI_ENVS) {
      const { lines, exitCode } = checkUnder(clone(style), env);
      assert.deepEqual(lines, expected(style, true), `${style} ${JSON.stringify(env)}`);
      assert.equal(exitCode, 1);
    }
  }
});

test('without CI the edits are still errors; only the missing history is a warning', () => {
  for (const style of Object.keys(STYLES) as Style[]) {
    for (const env of [{}, { CI: 'false' }, { CI: '0' }]) {
      const { lines, exitCode } = checkUnder(clone(style), env);
      assert.deepEqual(lines, expected(style, false), `${style} ${JSON.stringify(env)}`);
      assert.equal(exitCode, 1);
    }
  }
});

test('committing the edits in the clone does not launder them', () => {
  for (const style of Object.keys(STYLES) as Style[]) {
    git(clone(style), 'commit', '--quiet', '-am', 'edit printed codes');
    assert.deepEqual(checkUnder(clone(style), { CI: '1' }).lines, expected(style, true), style);
  }
});

test('npm run check decides CI from the environment: GitLab fails, GitHub also gets annotations', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check.ts')], {
      cwd: clone('flow'),
      encoding: 'utf8',
      env: { ...withoutCi(process.env), ...env },
    });
  const gitlab = run({ GITLAB_CI: 'true' });
  assert.equal(gitlab.status, 1);
  assert.match(gitlab.stdout, /CI 中不允许跳过这项检查/);
  assert.doesNotMatch(gitlab.stdout, /^::/m);
  const github = run({ GITHUB_ACTIONS: 'true' });
  assert.equal(github.status, 1);
  assert.match(
    github.stdout,
    /^::error file=content\/qr-registry\.yaml,line=3,title=supersededBy::已印发的二维码 TS-002 的 supersededBy 被改动/m,
  );
});
