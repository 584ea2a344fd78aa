import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sourceEpoch } from 'virtual:curriculum/config';
import { getCurriculum } from '../../../content.ts';
import { toClassCalendar } from '../../../lib/classes/ics.ts';
import { calendarRevision } from '../../../lib/plans/schedule/revision.ts';
import { REGISTRY_KINDS } from '../../../schemas/registry-kinds.ts';
import { routes } from '../../../site-routes.ts';

// A training class's calendar file, one event per half-day session: /classes/<id>/calendar.ics.
export async function getStaticPaths() {
  const { registries } = await getCurriculum();
  return registries.classes.map((trainingClass) => ({
    params: { id: trainingClass.id },
    props: { trainingClass },
  }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
  props: { trainingClass },
  site,
}) => {
  const { registries } = await getCurriculum();
  const venues = new Map(registries.venues.map(({ id, data }) => [id, `${data.name}，${data.address}`]));
  const lecturers = new Map(registries.lecturers.map(({ id, data }) => [id, data.name]));
  const body = toClassCalendar(trainingClass.data, {
    id: trainingClass.id,
    uidDomain: site?.hostname ?? 'localhost',
    // Decided once per build (integrations/curriculum.ts), like the study paths' calendars.
    ...calendarRevision(new Date(sourceEpoch * 1000)),
    url: new URL(routes.registryEntry(REGISTRY_KINDS.classes.segment, trainingClass.id), site).href,
    locationOf: (venue) => venues.get(venue) ?? venue,
    lecturerName: (lecturer) => lecturers.get(lecturer) ?? lecturer,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
