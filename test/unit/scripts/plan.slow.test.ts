import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';

const project = makeTempProject([], { withCurriculum: true });
after(project.remove);
const planFile = join(project.root, 'content', 'plans', '2027.yaml');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/plan.ts', ...args], { cwd: project.root, encoding: 'utf8' });
const check = () =>
  spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project.root, encoding: 'utf8' });

test('--help prints the usage and exits 0', () => {
  const result = run('--help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /用法：npm run plan -- \[--year 2027\] \[--force\]/);
});

test('writes the default plan, which passes the check, and shows the rotation', () => {
  const result = run('--year', '2027');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /已写入 content\/plans\/2027\.yaml/);
  assert.match(result.stdout, /普通党员（32）  \d+(\.\d+)? 学时（计划文件）/);
  assert.match(
    readFileSync(planFile, 'utf8'),
    /^groups:\n {2}# 党支部书记：必修 \d+ 学时，年度要求 56 学时\n {2}branch-secretary:/m,
  );
  assert.equal(check().status, 0);
});

test('never overwrites an edited plan: says what differs and writes nothing', () => {
  const edited = readFileSync(planFile, 'utf8').replace(
    /( {2}ordinary:\n {4}required:\n)( {6}- \S+.*\n)/,
    '$1',
  );
  writeFileSync(planFile, edited);
  const result = run('--year', '2027');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /已存在（可能已由组织者修改），未写入/);
  assert.match(result.stdout, /普通党员（ordinary）：必修少了 \S+（默认计划中有）/);
  assert.equal(readFileSync(planFile, 'utf8'), edited);
});

test('--force overwrites, keeping the edited file as .bak', () => {
  const edited = readFileSync(planFile, 'utf8');
  const result = run('--year', '2027', '--force');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(`${planFile}.bak`, 'utf8'), edited);
  assert.notEqual(readFileSync(planFile, 'utf8'), edited);
  assert.ok(existsSync(planFile));
});

test('a bad year is refused with the usage', () => {
  const result = run('--year', '27');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /年份应为 2000–2100 之间的整数/);
});
