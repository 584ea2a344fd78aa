import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CI_VARIABLES, isCi, isGithubActions, withoutCi } from '../../../../src/lib/platform/ci.ts';

test('CI counts however a service spells it', () => {
  for (const value of ['1', 'true', 'TRUE', 'yes', 'woodpecker'])
    assert.equal(isCi({ CI: value }), true, value);
  for (const name of ['GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE', 'JENKINS_URL', 'TF_BUILD', 'CIRCLECI'])
    assert.equal(isCi({ [name]: 'true' }), true, name);
});

test('unset, empty, false and 0 are a laptop', () => {
  assert.equal(isCi({}), false);
  for (const value of ['', ' ', 'false', 'False', '0'])
    assert.equal(isCi({ CI: value, GITLAB_CI: value }), false, JSON.stringify(value));
});

test('annotations are for GitHub Actions only', () => {
  assert.equal(isGithubActions({ GITHUB_ACTIONS: 'true', CI: 'true' }), true);
  assert.equal(isGithubActions({ GITLAB_CI: 'true', CI: 'true' }), false);
});

test('withoutCi removes every CI variable and keeps the rest', () => {
  const env = Object.fromEntries([...CI_VARIABLES.map((name) => [name, 'true']), ['PATH', '/bin']]);
  assert.deepEqual(withoutCi(env), { PATH: '/bin' });
  assert.equal(isCi(withoutCi(env)), false);
});
