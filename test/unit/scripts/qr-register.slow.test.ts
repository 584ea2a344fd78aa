import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { withoutCi } from '../../../src/lib/platform/ci.ts';
import { projectRoot } from '../../helpers/content.ts';
import { makeTempProject } from '../../helpers/temp-project.ts';

// A published module whose body still fails the check (TS-001), beside one that passes (TS-002).
const project = makeTempProject(['body-javascript-link']);
after(project.remove);
const passing = readFileSync(join(projectRoot, 'test/fixtures/broken/content-old/module.mdx'), 'utf8')
  .replace('code: TS-001', 'code: TS-002')
  .replace('updated: 2024-01-15', 'updated: 2026-03-15');
mkdirSync(join(project.root, 'content/modules/passing'), { recursive: true });
writeFileSync(join(project.root, 'content/modules/passing/module.mdx'), passing);
const registry = join(project.root, 'content/qr-registry.yaml');

const register = () =>
  spawnSync(process.execPath, ['scripts/qr-register.ts'], {
    cwd: project.root,
    encoding: 'utf8',
    env: withoutCi(process.env),
  });

test('a module that fails the check is refused, and nothing is registered in that run', () => {
  const result = register();
  assert.equal(result.status, 1);
  const lines = result.stderr.trim().split('\n');
  // The check's own lines for the failing module, so the lecturer sees what to fix.
  assert.ok(lines.length > 1);
  for (const line of lines.slice(0, -1))
    assert.match(line, /^content\/modules\/body-javascript-link\/module\.mdx:\d+:\d+ {2}body {2}/);
  assert.equal(
    lines.at(-1),
    '没有登记任何二维码：content/modules/body-javascript-link/module.mdx 没有通过内容检查。二维码一经登记就不能删除，请先修正以上错误，再运行 npm run qr:register。',
  );
  assert.equal(existsSync(registry), false, 'TS-002 and the paths are not registered either');
});

test('once the failing module is gone, the rest are registered', () => {
  rmSync(join(project.root, 'content/modules/body-javascript-link'), { recursive: true });
  const result = register();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^已登记 10 个二维码：TS-002、/);
  assert.match(readFileSync(registry, 'utf8'), /^- code: TS-002\n {2}issued: \d{4}-\d{2}-\d{2}\n/m);
  assert.doesNotMatch(readFileSync(registry, 'utf8'), /TS-001/);
});
