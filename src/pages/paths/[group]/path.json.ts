import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { studyPathPages } from '../../../lib/routes/page-paths.ts';
import { publishedPathOf } from '../../../lib/progress/published-path.ts';

// The plans as the verify page needs them to read a completion code: one small file per group,
// with the current plan and the earlier versions codes may have been made for.
export async function getStaticPaths() {
  return studyPathPages((await getCurriculum()).plans);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
  props: { path: plan },
}) => {
  const body = publishedPathOf(plan, await getCurriculum());
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
