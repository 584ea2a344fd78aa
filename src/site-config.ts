/**
 * Deployment settings read from the environment, so one repository can publish to any host.
 * SITE_URL: the public origin printed in QR codes, e.g. https://dangjian.example.cn
 * BASE_PATH: a sub-path when the site is not at the root of its host, e.g. /training/
 */
export const siteConfig = {
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  // scripts/build.ts builds into a temporary folder and swaps it in only when the build succeeds.
  outDir: process.env.CURRICULUM_OUT_DIR || './dist',
};
