import { startTags } from './html-tags.ts';
import { directiveSources, inlineCodeIn, readPolicy } from './page-policy.ts';

/**
 * Checks a built page against its own CSP `<meta>`: every inline `<script>` and `<style>` must
 * have its hash listed, and no element may carry an inline event handler (`onclick="…"`), which
 * no hash can allow without 'unsafe-hashes'. Returns what a browser would block.
 */
export interface CspProblem {
  kind: 'script' | 'style' | 'handler' | 'no-policy';
  /** The missing hash, or the handler attribute. */
  detail: string;
  /** The first characters of the blocked code, to find it in the sources. */
  excerpt: string;
}

export function uncoveredInlineCode(html: string): CspProblem[] {
  const policy = readPolicy(html);
  if (policy === undefined) return [{ kind: 'no-policy', detail: 'no CSP <meta>', excerpt: '' }];
  const allowed = {
    script: directiveSources(policy, 'script-src'),
    style: directiveSources(policy, 'style-src'),
  };
  const problems: CspProblem[] = inlineCodeIn(html)
    .filter(({ kind, hash }) => !allowed[kind].includes(`'${hash}'`))
    .map(({ kind, hash, body }) => ({ kind, detail: hash, excerpt: body.trim().slice(0, 80) }));
  // Only tags with an attribute that may start with `on` need their attributes read.
  for (const { name, attributes } of startTags(html, (_, attributeText) =>
    /\son[a-z]/i.test(attributeText),
  )) {
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute)) {
        problems.push({
          kind: 'handler',
          detail: attribute,
          excerpt: `<${name} ${attribute}="${value}">`.slice(0, 80),
        });
      }
    }
  }
  return problems;
}
