import type { APIRoute } from 'astro';
import { getCurriculum } from '../../content.ts';
import { packFiles } from '../../lib/packs/plan.ts';

// The pack plan, for the packs integration to render after the build (then removed with print/).
// Its path is `sitePaths.packPlan()` in routes.ts, which the integration reads.
export const GET: APIRoute = async () => {
  const { packs } = await getCurriculum();
  return new Response(JSON.stringify(packFiles(packs)), { headers: { 'Content-Type': 'application/json' } });
};
