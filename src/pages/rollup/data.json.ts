import type { APIRoute } from 'astro';
import { getCurriculum } from '../../content.ts';
import { createRollupPageData } from '../../lib/rollup/page-data.ts';

// What the rollup page needs to run offline: the plan year's groups and plan versions, how many
// required modules of the plan cover each topic (the survey is shown beside the plan), module titles for the
// evaluation table, and the 列席 targets and 满意率 line from the settings. Nothing about people.
export const GET: APIRoute = async () => {
  const { plans, planYear, settings, taxonomy, modules } = await getCurriculum();
  const data = createRollupPageData({
    year: planYear,
    plans: plans.map((plan) => ({
      group: plan.group,
      targetHours: plan.targetHours,
      version: plan.version,
      modules: plan.required.map(({ entry }) => ({
        code: entry.data.code,
        topic: entry.data.topic,
      })),
    })),
    topics: taxonomy.topics.map(({ id, name }) => ({ id, name })),
    modules: modules.map((entry) => ({ code: entry.data.code, title: entry.data.title })),
    visitTargets: settings.rollup.visits,
    satisfactionLine: settings.evaluation.satisfactionLine,
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
