import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';

const project = makeTempProject([], { withCurriculum: true });
after(project.remove);
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/synth.ts', ...args], { cwd: project.root, encoding: 'utf8' });
const codesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => /^code: (\S+)$/m.exec(readFileSync(join(entry.parentPath, entry.name), 'utf8'))![1]!);

test('refuses to write into content/modules itself without --force', () => {
  const result = run('--count', '3', '--out', 'content/modules');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /不会直接写入 content\/modules/);
});

test('writes modules whose codes continue after every code in use, and the result passes the check', () => {
  const real = codesIn(join(project.root, 'content', 'modules'));
  const result = run('--count', '60', '--out', 'content/modules/synthetic');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /已生成 60 个模拟模块，写入 content\/modules\/synthetic\//);
  const made = codesIn(join(project.root, 'content', 'modules', 'synthetic'));
  assert.equal(made.length, 60);
  assert.deepEqual(
    made.filter((code) => real.includes(code)),
    [],
  );
  // Within each prefix, every new number is above the highest real one (LL-007 → LL-008 …).
  const highest = (codes: string[], prefix: string) =>
    Math.max(
      0,
      ...codes.filter((code) => code.startsWith(`${prefix}-`)).map((code) => Number(code.slice(-3))),
    );
  for (const code of made) {
    const prefix = code.split('-')[0]!;
    assert.ok(Number(code.slice(-3)) > highest(real, prefix), code);
  }
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project.root, encoding: 'utf8' });
  assert.equal(
    check.status,
    0,
    check.stdout
      .split('\n')
      .filter((line) => !line.includes('警告'))
      .join('\n'),
  );
});

test('run again, it writes the same files instead of new codes', () => {
  const dir = join(project.root, 'content', 'modules', 'synthetic');
  const before = codesIn(dir).sort();
  assert.equal(run('--count', '60', '--out', 'content/modules/synthetic').status, 0);
  assert.deepEqual(codesIn(dir).sort(), before);
  assert.ok(existsSync(dir));
});

test('--help prints the usage and exits 0; missing flags exit 2', () => {
  assert.equal(run('--help').status, 0);
  assert.equal(run('--count', '3').status, 2);
});
