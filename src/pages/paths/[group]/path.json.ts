import type { APIRoute, GetStaticPaths } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { pathFingerprint } from '../../../lib/progress/checksums.ts';
import type { PublishedPath } from '../../../lib/progress/verify.ts';

// The path as the verify page needs it to read a completion code: one small file per group.
export const getStaticPaths = (async () => {
  const { paths } = await getCurriculum();
  return paths.map((path) => ({ params: { group: path.group.id }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { path } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const body: PublishedPath = {
    groupId: path.group.id,
    groupName: path.group.name,
    version: pathFingerprint(path.modules.map((module) => module.code)),
    modules: path.modules.map(({ code, title, hours }) => ({ code, title, hours })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
