import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { studyPathCalendarPages } from '../../../lib/page-paths.ts';
import { createSchedule } from '../../../lib/schedule/create-schedule.ts';
import { toICalendar } from '../../../lib/schedule/ics.ts';
import { routes } from '../../../site-routes.ts';

export async function getStaticPaths() {
  return studyPathCalendarPages((await getCurriculum()).paths);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
  props: { path, cadence },
  site,
}) => {
  const { settings, taxonomy } = await getCurriculum();
  const modules = path.modules.map((module) => module.data);
  const events = createSchedule(cadence, modules, settings.schedule, taxonomy.formats);
  const body = toICalendar(events, {
    name: `${path.group.name}学习安排（${cadence === 'quarterly' ? '季度' : '月度'}）`,
    uidDomain: site?.hostname ?? 'localhost',
    uidPrefix: `${path.group.id}-${cadence}`,
    stamp: settings.schedule.startDate,
    url: new URL(routes.path(path.group.id), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
