import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { studyPathPages } from '../../../lib/routes/page-paths.ts';
import { createPublishedPath } from '../../../lib/progress/published-path.ts';

// The plans as the verify page needs them to read a completion code: one small file per group,
// with the current plan and the earlier versions codes may have been made for.
export async function getStaticPaths() {
  return studyPathPages((await getCurriculum()).plans);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
  props: { path: plan },
}) => {
  const { earlierPlans, paths } = await getCurriculum();
  const library = paths.find((path) => path.group.id === plan.group.id)?.modules ?? [];
  const earlier = earlierPlans.filter((older) => older.group.id === plan.group.id);
  const body = createPublishedPath(plan.group, plan, earlier, library);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
