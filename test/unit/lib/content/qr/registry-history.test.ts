import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runContentCheck } from '../../../../../src/lib/content/validation/run-check.ts';
import { projectRoot } from '../../../../helpers/content.ts';
import { git } from '../../../../helpers/git.ts';

// A registry whose second commit deletes a printed code (TS-002), in a real Git repository, and a
// depth-1 clone of it, as CI's default checkout makes.
const groups = ['branch-secretary', 'party-staff', 'central-group', 'backbone', 'ordinary'];
const moreGroups = ['near-retirement', 'probationary', 'development-target', 'activist'];
const paths = [...groups, ...moreGroups].map((id) => `- code: ${id}\n  kind: path\n  issued: 2026-01-01\n`);
const retired = '- code: TS-002\n  issued: 2026-01-01\n  retired: 本课已停用。\n';

let dir = '';

before(() => {
  mkdirSync(join(projectRoot, '.test-projects'), { recursive: true });
  dir = mkdtempSync(join(projectRoot, '.test-projects', 'registry-history-'));
  const origin = join(dir, 'origin');
  cpSync(join(projectRoot, 'content', 'taxonomy'), join(origin, 'content', 'taxonomy'), { recursive: true });
  git(origin, 'init', '--quiet');
  writeFileSync(join(origin, 'content', 'qr-registry.yaml'), retired + paths.join(''));
  git(origin, 'add', '.');
  git(origin, 'commit', '--quiet', '-m', 'register');
  writeFileSync(join(origin, 'content', 'qr-registry.yaml'), paths.join(''));
  git(origin, 'commit', '--quiet', '-am', 'delete a printed code');
  git(dir, 'clone', '--quiet', '--depth', '1', `file://${origin}`, 'shallow');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const registryLines = (root: string, ci: boolean) => {
  const { lines, exitCode } = runContentCheck(root, { ci });
  return { lines: lines.filter((line) => line.startsWith('content/qr-registry.yaml')), exitCode };
};

test('with full history, a deleted registry line is an error', () => {
  const { lines, exitCode } = registryLines(join(dir, 'origin'), true);
  assert.deepEqual(lines, [
    'content/qr-registry.yaml:1  registry  content/qr-registry.yaml 删除了已印发的二维码 TS-002：登记表只能增加，不能删除  (允许: 恢复这一行；模块下线时改写为 supersededBy 或 retired)',
  ]);
  assert.equal(exitCode, 1);
});

test('a depth-1 clone under CI=true refuses to pass, naming the reason and the fix', () => {
  const { lines, exitCode } = registryLines(join(dir, 'shallow'), true);
  assert.deepEqual(lines, [
    'content/qr-registry.yaml:1  registry  读不到 content/qr-registry.yaml 的完整 Git 历史：当前是浅克隆（shallow clone），只有最近的提交，无法确认是否删除了已印发的二维码；CI 中不允许跳过这项检查  (允许: 运行 git fetch --unshallow；CI 中给 actions/checkout 设置 fetch-depth: 0（GitLab 设置 GIT_DEPTH: 0）)',
  ]);
  assert.equal(exitCode, 1);
});

test('outside CI the same clone passes, with a warning that says what was not checked', () => {
  const { lines, exitCode } = registryLines(join(dir, 'shallow'), false);
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /registry {2}警告 读不到 content\/qr-registry\.yaml 的完整 Git 历史：当前是浅克隆/);
  assert.equal(exitCode, 0);
});

test('an archive without .git is named as such', () => {
  const archive = join(dir, 'archive');
  cpSync(join(dir, 'origin', 'content'), join(archive, 'content'), { recursive: true });
  // Inside this repository, git would find its history; a ceiling stops the search at the archive.
  process.env['GIT_CEILING_DIRECTORIES'] = dir;
  try {
    const { lines, exitCode } = registryLines(archive, true);
    assert.match(
      lines[0]!,
      /当前目录不是 Git 仓库（例如解压的压缩包）.*在完整的 Git 克隆（git clone）中运行 npm run check/,
    );
    assert.equal(exitCode, 1);
  } finally {
    delete process.env['GIT_CEILING_DIRECTORIES'];
  }
});
