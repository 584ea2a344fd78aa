/**
 * Whether a command runs on a CI server. One answer for the whole project: the content check
 * turns a missing registry history into an error there, so a pipeline that spells "CI" in its
 * own way (`CI=1`, GitLab's `GITLAB_CI`) must not slip through as a laptop.
 */

/** Variables a CI service sets on every job; any of them, set and not `false`/`0`, means CI. */
export const CI_VARIABLES = [
  'CI',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'CIRCLECI',
  'TRAVIS',
  'JENKINS_URL',
  'TEAMCITY_VERSION',
  'TF_BUILD',
  'DRONE',
  'WOODPECKER',
  'BITBUCKET_BUILD_NUMBER',
  'CODEBUILD_BUILD_ID',
  'APPVEYOR',
  'SEMAPHORE',
  'BUILD_BUILDID',
] as const;

type Env = Readonly<Record<string, string | undefined>>;

/** `CI=1`, `CI=true`, `CI=yes` and `GITLAB_CI=true` count; unset, empty, `false` and `0` do not. */
function isSet(value: string | undefined): boolean {
  const normalized = value?.trim().toLowerCase() ?? '';
  return normalized !== '' && normalized !== 'false' && normalized !== '0';
}

export function isCi(env: Env): boolean {
  return CI_VARIABLES.some((name) => isSet(env[name]));
}

/** GitHub Actions reads `::error …` lines as annotations; other services would only print them twice. */
export function isGithubActions(env: Env): boolean {
  return isSet(env['GITHUB_ACTIONS']);
}

/** `env` with every CI variable removed, for tests and tools that must run as on a laptop. */
export function withoutCi(env: Env): Record<string, string | undefined> {
  const copy = { ...env };
  for (const name of CI_VARIABLES) delete copy[name];
  return copy;
}
