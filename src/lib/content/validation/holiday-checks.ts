import { isoDay } from '../../platform/calendar.ts';
import type { ContentSources } from '../files/sources.ts';
import { readHolidayFiles } from '../files/holidays.ts';
import { readLocatedYaml } from '../files/located-yaml.ts';
import { nextWorkingDay } from '../../plans/schedule/dates.ts';
import { createWorkCalendar } from '../../plans/schedule/holidays.ts';
import type { Settings } from '../../../schemas/settings.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/**
 * The holiday files (content/holidays/<year>.yaml) and the one date an organizer writes for the
 * schedule, `schedule.startDate`. Computed sessions move past holidays on their own (see
 * schedule/dates.ts); an explicit date on a holiday is worth a warning because the organizer
 * chose it, and the printed schedule will not show that day.
 */
export function checkHolidays(sources: ContentSources, settings: Settings): ContentIssue[] {
  const { files, issues } = readHolidayFiles(sources.holidays ?? []);
  const calendar = createWorkCalendar(files);
  const start = settings.schedule.startDate;
  const holiday = calendar.holidayOf(start);
  if (holiday && sources.settings) {
    const yaml = readLocatedYaml(sources.settings, { field: 'settings' });
    const at = {
      file: sources.settings.file,
      line: yaml.lineOf(['schedule', 'startDate']),
      field: 'schedule.startDate',
    };
    const next = isoDay(nextWorkingDay(start, calendar));
    issues.push(createIssue('schedule-date-holiday', at, { date: isoDay(start), holiday, next }));
  }
  return issues;
}
