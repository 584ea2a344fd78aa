import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cloudflareHeaders, nginxSnippet } from '../../../../../src/lib/security/csp/deployment-snippets.ts';
import { pageHeaderPolicy, SVG_DOCUMENT_POLICY } from '../../../../../src/lib/security/csp/headers.ts';
import { contentSecurityPolicy } from '../../../../../src/lib/security/csp/policy.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const policy = contentSecurityPolicy(projectRoot);
const document = readFileSync(join(projectRoot, 'docs', 'deployment.md'), 'utf8');

describe('docs/deployment.md', () => {
  test('holds the nginx and Cloudflare configuration written from the site’s own policy', () => {
    const hint = 'run `node scripts/deployment-headers.ts` and paste its output into docs/deployment.md';
    assert.ok(document.includes(`\`\`\`nginx\n${nginxSnippet(policy, '/training/')}\n\`\`\``), hint);
    assert.ok(document.includes(`\`\`\`text\n${cloudflareHeaders(policy, '/training/')}\n\`\`\``), hint);
  });

  test('the page header is the <meta> policy’s directives and every inline-script hash, plus frame-ancestors', () => {
    const header = pageHeaderPolicy(policy);
    for (const directive of policy.directives) assert.ok(header.includes(`${directive};`), directive);
    const scriptSrc = header.split('; ').find((part) => part.startsWith('script-src '))!;
    assert.deepEqual(scriptSrc.split(' ').slice(1), [
      "'self'",
      "'wasm-unsafe-eval'",
      ...policy.scriptDirective.hashes.map((hash) => `'${hash}'`),
    ]);
    assert.ok(policy.scriptDirective.hashes.length > 0);
    assert.match(header, /; frame-ancestors 'self'$/);
    assert.doesNotMatch(scriptSrc, /unsafe-inline/);
  });

  test('SVG documents get a sandboxed policy that runs nothing, in both configurations', () => {
    assert.equal(
      SVG_DOCUMENT_POLICY,
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox",
    );
    assert.match(nginxSnippet(policy, '/'), /~\*\\\.svgz\?\$ {2}"default-src 'none'; [^"]*; sandbox"/);
    assert.match(
      cloudflareHeaders(policy, '/'),
      /^\/qr\/\*\n {2}Content-Security-Policy: default-src 'none'/m,
    );
    for (const config of [nginxSnippet(policy, '/'), cloudflareHeaders(policy, '/')]) {
      assert.match(config, /X-Content-Type-Options:? "?nosniff/);
    }
  });
});
