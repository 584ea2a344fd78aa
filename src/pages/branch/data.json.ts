import type { APIRoute } from 'astro';
import { getCurriculum } from '../../content.ts';
import { createLedgerPageData } from '../../lib/ledger/page-data.ts';
import { CADENCES } from '../../lib/plans/schedule/create-schedule.ts';
import { createPlanSchedule } from '../../lib/plans/schedule/plan-schedule.ts';
import type { Cadence } from '../../lib/plans/schedule/types.ts';
import { publishedPathOf } from '../../lib/progress/published-path.ts';

// What the ledger page needs to run offline, computed from the same plans, schedules (with the
// work calendar) and published paths as the path pages, schedule pages and path.json.
export const GET: APIRoute = async () => {
  const curriculum = await getCurriculum();
  const { plans, planYear, settings, taxonomy, workCalendar } = curriculum;
  const cadences = Object.keys(CADENCES) as Cadence[];
  const data = createLedgerPageData(
    planYear,
    plans.map((plan) => ({
      group: { id: plan.group.id, name: plan.group.name, requiredHours: plan.targetHours },
      version: plan.version,
      events: cadences.flatMap((cadence) =>
        createPlanSchedule(cadence, plan, settings.schedule, taxonomy.formats, workCalendar),
      ),
      path: publishedPathOf(plan, curriculum),
    })),
    { topics: taxonomy.topics, satisfactionLine: settings.evaluation.satisfactionLine },
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
