import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// axe-core run in the page, without @axe-core/playwright's AxeBuilder: AxeBuilder injects axe
// into every frame and then opens a second page to merge the frames' results, for each call. Our
// pages have no frames, and on 2 cores that extra work was two thirds of the cost (8 pages: 20.3 s
// with AxeBuilder, 7.0 s this way, the same rules and the same findings; docs/testing.md).

/** WCAG 2.2 AA plus axe's best practices: the tags Starlight's own CI uses. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeScope {
  /** Only this part of the page, a CSS selector (a control that appears after a tap). */
  include?: string;
  /** Large type also asks for AAA contrast (7:1), axe's `color-contrast-enhanced`. */
  enhancedContrast?: boolean;
}

/**
 * Puts axe in every page `context` opens, before the page's own scripts (an init script, which
 * the page's CSP does not govern). For a test that checks page after page: evaluating axe's 550 KB
 * after each navigation was half of axe's time per page (10 module pages: 1.76 s of 3.6 s).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** What axe finds on the page as it is now, one line per violation, `label` first. */
export async function axeViolations(page: Page, label: string, scope: AxeScope = {}): Promise<string[]> {
  // page.evaluate is not subject to the page's CSP, which refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    ({ tags, include, enhancedContrast }) => {
      const axe = (window as unknown as { axe: AxeRunner }).axe;
      return axe
        .run(include ? { include: [include] } : document, {
          runOnly: { type: 'tag', values: tags },
          rules: enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {},
          // Passes and inapplicable rules are not reported: collecting them cost a third of the run.
          resultTypes: ['violations'],
        })
        .then(({ violations }) =>
          violations.map(({ id, impact, nodes }) => ({
            id,
            impact,
            targets: nodes.slice(0, 3).map((node) => node.target.join(' ')),
          })),
        );
    },
    { tags: AXE_TAGS, include: scope.include, enhancedContrast: scope.enhancedContrast ?? false },
  );
  return violations.map(({ id, impact, targets }) => `${label} ${id} (${impact}): ${targets.join(' | ')}`);
}

/** The part of axe-core's API used here (its own types describe the Node entry, not the page). */
interface AxeRunner {
  run(
    context: Document | { include: string[] },
    options: object,
  ): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[] }>;
}
