import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCurriculum } from '../../content.ts';
import { qrImagePages } from '../../lib/routes/page-paths.ts';
import { qrSvg } from '../../lib/content/qr/qr-svg.ts';
import { registryShortCodes } from '../../lib/content/files/registries.ts';

// QR codes as image files: module and path pages link their code instead of inlining about 1 KB
// of SVG (gzip) that most members never scroll to. The page's <img alt> names it. Printed packs
// still inline theirs (PrintQr).
export async function getStaticPaths() {
  const { modules, plans, shortLink, registries } = await getCurriculum();
  const codes = [
    ...modules.map(({ data }) => data.code),
    ...plans.map(({ group }) => group.id),
    // Venues, lecturers and classes: their pages show their code too.
    ...registryShortCodes(registries),
  ];
  return qrImagePages(codes.map((code) => ({ code, link: shortLink(code) })));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { link } }) =>
  new Response(qrSvg(link), { headers: { 'Content-Type': 'image/svg+xml' } });
