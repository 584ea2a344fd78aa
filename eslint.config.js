// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist-staging/',
      '.astro/',
      '.bench/',
      '.test-projects/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Checker output separates columns with two spaces; tests match that format literally.
  { files: ['test/**/*.ts'], rules: { 'no-regex-spaces': 'off' } },
);
