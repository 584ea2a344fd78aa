import type { APIRoute } from 'astro';
import { getCurriculum } from '../../content.ts';

// The pack plan, for the packs integration to render after the build (then removed with print/).
export const GET: APIRoute = async () => {
  const { packs } = await getCurriculum();
  return new Response(JSON.stringify(packs), { headers: { 'Content-Type': 'application/json' } });
};
