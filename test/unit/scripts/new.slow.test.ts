import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';
import { withoutCi } from '../../../src/lib/platform/ci.ts';

// A copy of the project whose only module is a fixture with an error of its own.
const project = makeTempProject(['missing-title']);
after(project.remove);

const run = (script: string, args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], {
    cwd: project.root,
    encoding: 'utf8',
    input: '',
    env: withoutCi(process.env),
  });
const flags = [
  '--title',
  '支部换届选举：实务与模拟',
  '--topic',
  'knowledge-skills',
  '--groups',
  'branch-secretary,party-staff',
  '--stage',
  'empowerment',
  '--format',
  'simulation',
  '--hours',
  '2',
];

test('npm run new writes a draft that npm run check accepts at once', () => {
  const first = run('scripts/new.ts', [...flags, '--slug', 'branch-election']);
  assert.equal(first.status, 0, first.stderr);
  const path = 'content/modules/knowledge-skills/zs-001-branch-election.mdx';
  assert.match(
    first.stdout,
    new RegExp(`^已创建 ${path}（编号 ZS-001，状态 draft）。\\n内容检查：新模块没有问题。`),
  );
  const text = readFileSync(join(project.root, path), 'utf8');
  assert.match(text, /^title: 支部换届选举：实务与模拟$/m);
  assert.match(text, /^tiers: \[middle, grassroots\]$/m);
  assert.match(text, /^status: draft/m);
  assert.match(text, /^## 导入$/m);

  // Codes are never reused: the next module of the topic takes the next number.
  const second = run('scripts/new.ts', flags);
  assert.equal(second.status, 0, second.stderr);
  assert.ok(existsSync(join(project.root, 'content/modules/knowledge-skills/zs-002.mdx')));

  const check = run('scripts/check.ts');
  const aboutNew = check.stdout
    .split('\n')
    .filter((line) => line.startsWith('content/modules/knowledge-skills/'));
  assert.deepEqual(aboutNew, []);
  // The only errors left are the fixture's own (its missing title).
  assert.match(check.stdout, /内容检查发现 1 个错误/);
});

test('bad flag values are listed in Chinese with the allowed values; nothing is written', () => {
  const before = readdirSync(join(project.root, 'content/modules'), { recursive: true }).length;
  const result = run('scripts/new.ts', [...flags.slice(0, -4), '--format', 'talk', '--hours', '0']);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr.trim(),
    [
      '--format：未知的形式「talk」。可选：lecture（专题授课）, online（线上课程）, discussion（研讨）, case-study（案例分析）, simulation（实操模拟）, sand-table（沙盘推演）, on-site（现场教学）, red-education（红色教育）, forum（论坛交流）, film（观看影片）, practice（实践）, lecture-tour（宣讲）',
      '--hours：学时必须是大于 0 的数字，如 2 或 1.5，实际是「0」',
    ].join('\n'),
  );
  assert.equal(readdirSync(join(project.root, 'content/modules'), { recursive: true }).length, before);
});

// The kinds' flags come in the kinds table's order (the order of the header card), after --title.
test('without a terminal, missing flags are named with an example; a typo is named too', () => {
  const missing = run('scripts/new.ts', ['--title', '测试']);
  assert.equal(missing.status, 1);
  assert.match(
    missing.stderr,
    /^还缺少这些参数：--topic --stage --format --groups --hours\n示例：npm run new -- --title /,
  );

  const typo = run('scripts/new.ts', ['--titel', '测试']);
  assert.equal(typo.status, 1);
  assert.match(
    typo.stderr,
    /^不认识的参数 --titel。可用的参数：--title --topic --stage --format --groups --hours --slug/,
  );
  assert.doesNotMatch(typo.stderr, /at .*\(.*:\d+:\d+\)/, 'no stack trace');
});
