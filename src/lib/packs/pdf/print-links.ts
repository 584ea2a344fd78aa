/**
 * Gives every link of a loaded print page the address a member can open (public-links.ts), before
 * it is printed: Chromium writes each `<a href>` as a link annotation with the URL it resolved,
 * which would be the print server's. The page says which origin its QR codes use; the decisions
 * are made here in Node, the page only reports what it holds and applies what comes back.
 */
import type { Page } from 'playwright-core';
import { LINK_BASE_ATTRIBUTE, printedLink, PUBLIC_ORIGIN_META, type PrintedLink } from './public-links.ts';

interface FoundLinks {
  publicOrigin: string | undefined;
  links: { href: string; pagePath: string }[];
}

export async function publishLinks(page: Page, base: string): Promise<void> {
  // One handle on the elements for both steps, so the decisions land on the links they were made for.
  const anchors = await page.evaluateHandle(() => Array.from(document.querySelectorAll('a[href]')));
  try {
    const found = await anchors.evaluate(
      (list, [meta, attribute]): FoundLinks => ({
        // The head's own meta only: a body cannot place one there.
        publicOrigin:
          document.head.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') ?? undefined,
        links: list.map((anchor) => ({
          href: anchor.getAttribute('href') ?? '',
          pagePath: anchor.closest(`[${attribute}]`)?.getAttribute(attribute) ?? location.pathname,
        })),
      }),
      [PUBLIC_ORIGIN_META, LINK_BASE_ATTRIBUTE] as const,
    );
    const decisions = found.links.map((link): PrintedLink =>
      printedLink({ ...link, base, publicOrigin: found.publicOrigin }),
    );
    if (decisions.every((decision) => decision.kind === 'keep')) return;
    await anchors.evaluate((list, kinds) => {
      list.forEach((anchor, i) => {
        const decision = kinds[i]!;
        if (decision.kind === 'public') anchor.setAttribute('href', decision.href);
        else if (decision.kind === 'text') anchor.replaceWith(...Array.from(anchor.childNodes));
      });
    }, decisions);
  } finally {
    await anchors.dispose();
  }
}
