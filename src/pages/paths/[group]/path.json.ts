import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { studyPathPages } from '../../../lib/page-paths.ts';
import { pathFingerprint } from '../../../lib/progress/checksums.ts';
import type { PublishedPath } from '../../../lib/progress/verify.ts';

// The path as the verify page needs it to read a completion code: one small file per group.
export async function getStaticPaths() {
  return studyPathPages((await getCurriculum()).paths);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { path } }) => {
  const modules = path.modules.map((module) => module.data);
  const body: PublishedPath = {
    groupId: path.group.id,
    groupName: path.group.name,
    version: pathFingerprint(modules.map((module) => module.code)),
    modules: modules.map(({ code, title, hours }) => ({ code, title, hours })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
