import type { APIRoute, GetStaticPaths } from 'astro';
import { getCurriculum } from '../../../content.ts';
import { CADENCES, createSchedule } from '../../../lib/schedule/create-schedule.ts';
import { toICalendar } from '../../../lib/schedule/ics.ts';
import type { Cadence } from '../../../lib/schedule/types.ts';
import { pathUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { paths } = await getCurriculum();
  return paths.flatMap((path) =>
    (Object.keys(CADENCES) as Cadence[]).map((cadence) => ({
      params: { group: path.group.id, cadence },
      props: { path, cadence },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { path, cadence } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { settings } = await getCurriculum();
  const events = createSchedule(cadence, path.modules, settings.schedule);
  const body = toICalendar(events, {
    name: `${path.group.name}学习安排（${cadence === 'quarterly' ? '季度' : '月度'}）`,
    uidDomain: site?.hostname ?? 'localhost',
    uidPrefix: `${path.group.id}-${cadence}`,
    stamp: settings.schedule.startDate,
    url: new URL(pathUrl(path.group.id), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
