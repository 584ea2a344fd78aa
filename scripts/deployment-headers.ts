// Prints the HTTP headers of docs/deployment.md from the site's own policy (src/lib/security/csp/), for
// nginx and for Cloudflare Pages: `node scripts/deployment-headers.ts [/base/]`. Run it after a
// Starlight upgrade changes the inline-script hashes, and paste the output into the document
// (test/unit/lib/security/csp/deployment-snippets.test.ts fails until then).
import { cloudflareHeaders, nginxSnippet } from '../src/lib/security/csp/deployment-snippets.ts';
import { contentSecurityPolicy } from '../src/lib/security/csp/policy.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    '用法：node scripts/deployment-headers.ts [/网站路径/]\n打印 docs/deployment.md 中 nginx 与 Cloudflare Pages 的响应头配置。',
  );
  process.exit(0);
}
const base = args[0] ?? '/training/';
const policy = contentSecurityPolicy(process.cwd());
console.log(
  `\`\`\`nginx\n${nginxSnippet(policy, base)}\n\`\`\`\n\n\`\`\`text\n${cloudflareHeaders(policy, base)}\n\`\`\``,
);
