import type { APIRoute } from 'astro';
import { getCurriculum } from '../content.ts';
import { builtTargets, createShortLinks, shortLinkTargets } from '../lib/qr/short-links.ts';

// Short-link slug → page, for the service worker (which precaches it) to open a printed QR code
// offline: built from the same short links as the /q/<code>/ pages, so both agree. Its path is
// `sitePaths.offlineLinks()`. Members who never meet the worker never download it.
export const GET: APIRoute = async () => {
  const { registry, modules, taxonomy } = await getCurriculum();
  const links = createShortLinks(registry, builtTargets(modules, taxonomy.groups));
  return new Response(JSON.stringify(shortLinkTargets(links)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
