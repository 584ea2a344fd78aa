import type { APIRoute } from 'astro';
import { getCurriculum } from '../content.ts';
import { liveTargets } from '../lib/modules/publication.ts';
import { registryShortCodes } from '../lib/content/files/registries.ts';
import { createShortLinks, shortLinkTargets } from '../lib/content/qr/short-links.ts';

// Short-link slug → page, for the service worker (which precaches it) to open a printed QR code
// offline: built from the same short links as the /q/<code>/ pages, so both agree. Its path is
// `sitePaths.offlineLinks()`. Members who never meet the worker never download it.
export const GET: APIRoute = async () => {
  const { registry, modules, taxonomy, registries } = await getCurriculum();
  const live = liveTargets(
    modules.map((module) => module.data),
    taxonomy.groups,
    registryShortCodes(registries),
  );
  const links = createShortLinks(registry, live);
  return new Response(JSON.stringify(shortLinkTargets(links)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
