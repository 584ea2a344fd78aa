import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, test } from 'node:test';
import { withoutCi } from '../../../src/lib/platform/ci.ts';
import { makeTempProject } from '../../helpers/temp-project.ts';

const project = makeTempProject(['unknown-group', 'negative-hours', 'unknown-component']);
after(project.remove);

const runCheck = (env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: project.root,
    encoding: 'utf8',
    // As on a laptop unless a test says otherwise, even when the tests themselves run in CI.
    env: { ...withoutCi(process.env), ...env },
  });

test('npm run check lists every problem, one per line, and exits 1', () => {
  const result = runCheck();
  assert.equal(result.status, 1);
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('content/taxonomy/'));
  assert.match(lines[0]!, /^content\/modules\/negative-hours\/module\.mdx:10  hours  必须大于 0/);
  // The module with a bad hours value still takes part in the checks across modules: it holds TS-001.
  assert.match(
    lines[1]!,
    /^content\/modules\/unknown-component\/module\.mdx:3  code  编号 TS-001 已被 content\/modules\/negative-hours\/module\.mdx 使用/,
  );
  assert.match(lines[2]!, /^content\/modules\/unknown-component\/module\.mdx:22:1  body  未知的组件 <Quiz>/);
  assert.match(
    lines[3]!,
    /^content\/modules\/unknown-group\/module\.mdx:3  code  编号 TS-001 已被 content\/modules\/negative-hours\/module\.mdx 使用/,
  );
  assert.match(
    lines[4]!,
    /^content\/modules\/unknown-group\/module\.mdx:6  groups\[1\]  未知的党员类别「retired-cadre」/,
  );
  // Every module file is counted, the one that failed the schema too.
  assert.match(lines[5]!, /^内容检查发现 5 个错误、\d+ 个警告（共检查 3 个模块）。$/);
  assert.equal(lines.length, 6);
  assert.doesNotMatch(result.stdout + result.stderr, /at .*\(.*:\d+:\d+\)/, 'no stack trace');
});

test('--help prints the usage in Chinese and exits 0', () => {
  for (const script of ['scripts/check.ts', 'scripts/new.ts', 'scripts/qr-register.ts']) {
    const result = spawnSync(process.execPath, [script, '--help'], { cwd: project.root, encoding: 'utf8' });
    assert.equal(result.status, 0, script);
    assert.match(result.stdout, /^用法：npm run /, script);
  }
});

test('under GitHub Actions the problems are also annotations; other CI services get plain lines', () => {
  assert.doesNotMatch(runCheck({ CI: 'true', GITLAB_CI: 'true' }).stdout, /^::/m);
  const result = runCheck({ CI: 'true', GITHUB_ACTIONS: 'true' });
  assert.match(
    result.stdout,
    /^::error file=content\/modules\/unknown-group\/module\.mdx,line=6,title=groups\[1\]::未知的党员类别/m,
  );
});

test('warnings alone leave the exit code at 0', () => {
  const stale = makeTempProject(['content-old']);
  try {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: stale.root,
      encoding: 'utf8',
      env: withoutCi(process.env),
    });
    assert.equal(result.status, 0);
    assert.match(
      result.stdout,
      /^content\/modules\/content-old\/module\.mdx:14  updated  警告 内容已超过 24 个月未更新（上次更新 2024-01-15）/m,
    );
    assert.match(result.stdout, /内容检查发现 0 个错误、\d+ 个警告/);
  } finally {
    stale.remove();
  }
});
