import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { studyPathCalendarPages } from '../../../lib/routes/page-paths.ts';
import { planTitle } from '../../../lib/plans/paths/plan-labels.ts';
import { createPlanSchedule } from '../../../lib/plans/schedule/plan-schedule.ts';
import { toICalendar } from '../../../lib/plans/schedule/ics.ts';
import { calendarRevision } from '../../../lib/plans/schedule/revision.ts';
import { routes } from '../../../site-routes.ts';
import { sourceEpoch } from 'virtual:curriculum/config';

export async function getStaticPaths() {
  return studyPathCalendarPages((await getCurriculum()).plans);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
  props: { path: plan, cadence },
  site,
}) => {
  const { settings, taxonomy, workCalendar } = await getCurriculum();
  const events = createPlanSchedule(cadence, plan, settings.schedule, taxonomy.formats, workCalendar);
  const body = toICalendar(events, {
    name: `${plan.group.name}${planTitle(plan.year)}（${cadence === 'quarterly' ? '季度' : '月度'}）`,
    uidDomain: site?.hostname ?? 'localhost',
    uidPrefix: `${plan.group.id}-${plan.year}-${cadence}`,
    // Decided once per build (integrations/curriculum.ts), so every calendar carries the same stamp.
    ...calendarRevision(new Date(sourceEpoch * 1000)),
    url: new URL(routes.path(plan.group.id), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
