import type { TrainingClass } from '../../../schemas/class.ts';
import { TAXONOMY_KINDS, type Taxonomy } from '../../../schemas/taxonomy-kinds.ts';
import type { RegistryRecord } from '../files/registries.ts';
import { findDoubleBookings } from '../../classes/bookings.ts';
import { daysOutsideClass } from '../../classes/dates.ts';
import { slotLabel } from '../../classes/slots.ts';
import { isPublished } from '../../modules/publication.ts';
import { isoDay } from '../../platform/calendar.ts';
import { sampleCodes } from './cross-checks.ts';
import { dependsOn } from './dependents.ts';
import { createIssue, type ContentIssue, type IssueLocation } from './issue.ts';
import type { ModuleFacts } from './records.ts';

/** A class file that passed its schema, with positions: what the registry loader hands over. */
export interface ClassRecord {
  file: string;
  id: string;
  data: TrainingClass;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** The context from what the checker has read: every module file by code, the member groups. */
export function classCheckContext(
  facts: readonly ModuleFacts[],
  taxonomy: Pick<Taxonomy, 'groups'>,
): ClassCheckContext {
  return {
    modules: new Map(
      facts.flatMap((module) => (module.data.code ? [[module.data.code, module] as const] : [])),
    ),
    groups: new Set(taxonomy.groups.map((group) => group.id)),
    groupLabel: TAXONOMY_KINDS.groups.label,
  };
}

/** What the class checks judge a class against; passed in so they read no other file. */
export interface ClassCheckContext {
  /** Every module file by code (those whose frontmatter failed too: they exist). */
  modules: ReadonlyMap<string, Pick<ModuleFacts, 'data'>>;
  /** Member group ids (groups.yaml). */
  groups: ReadonlySet<string>;
  /** The Chinese name of a member group as a kind, e.g. 党员类别. */
  groupLabel: string;
}

/**
 * The rules only a class has, all at once per file: the dates (a day outside the class, a day
 * twice), its modules (unknown or draft), its target groups, and a lecturer booked in two
 * sessions of the same half-day. Unknown venues and lecturers are the registries' check.
 */
export function checkClasses(records: readonly RegistryRecord[], context: ClassCheckContext): ContentIssue[] {
  const classes = records.filter((record): record is RegistryRecord<'classes'> => record.kind === 'classes');
  return classes.map((record): ClassRecord => record).flatMap((record) => checkClass(record, context));
}

function checkClass(record: ClassRecord, context: ClassCheckContext): ContentIssue[] {
  const { data, file, lineOf } = record;
  const at = (
    path: (string | number)[],
    field = path.join('.').replace(/\.(\d+)/g, '[$1]'),
  ): IssueLocation => ({
    file,
    line: lineOf(path),
    field,
  });
  const issues: ContentIssue[] = [];
  const startDate = isoDay(data.startDate);
  const endDate = isoDay(data.endDate);
  if (data.endDate < data.startDate) {
    issues.push(createIssue('class-dates-reversed', at(['endDate']), { startDate, endDate }));
  } else {
    for (const index of daysOutsideClass(data)) {
      const date = isoDay(data.days[index]!.date);
      const facts = { day: index + 1, date, startDate, endDate };
      issues.push(createIssue('class-day-out-of-range', at(['days', index, 'date']), facts));
    }
  }
  const seenDays = new Set<string>();
  data.days.forEach((day, index) => {
    const date = isoDay(day.date);
    if (seenDays.has(date))
      issues.push(createIssue('class-day-repeated', at(['days', index, 'date']), { date }));
    seenDays.add(date);
  });
  data.groups.forEach((id, index) => {
    if (context.groups.has(id)) return;
    const allowed = [...context.groups].join(', ');
    const unknown = createIssue('class-group-unknown', at(['groups', index]), {
      groupLabel: context.groupLabel,
      id,
      allowed,
    });
    issues.push(dependsOn(unknown, { kind: 'groups', id }));
  });
  data.days.forEach((day, d) =>
    day.sessions.forEach((session, s) =>
      (session.modules ?? []).forEach((code, m) => {
        const where = at(['days', d, 'sessions', s, 'modules', m]);
        const module = context.modules.get(code);
        if (!module)
          issues.push(
            createIssue('class-module-unknown', where, { code, known: sampleCodes(context.modules) }),
          );
        else if (module.data.status !== undefined && !isPublished(module.data))
          issues.push(createIssue('class-module-draft', where, { code }));
      }),
    ),
  );
  for (const booking of findDoubleBookings(data)) {
    const { first, second, lecturer, lecturerIndex } = booking;
    const path = ['days', second.dayIndex, 'sessions', second.sessionIndex, 'lecturers', lecturerIndex];
    const facts = (session: typeof first) => ({
      date: isoDay(session.date),
      slot: slotLabel(session.slot),
      title: session.title,
    });
    issues.push(
      createIssue('class-lecturer-double-booked', at(path), {
        lecturer,
        first: facts(first),
        second: facts(second),
      }),
    );
  }
  return issues;
}
