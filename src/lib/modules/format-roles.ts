import type { Format, FormatRole } from '../../schemas/taxonomy.ts';

/**
 * Looks up what a format is for (`lesson`, `film` or `practice`) in the taxonomy's formats, so
 * schedules and the scaffold follow the YAML: an organizer who adds a hands-on format marks it
 * `role: practice` and it is scheduled and outlined as practice. Unknown ids count as lessons.
 */
export function formatRoles(
  formats: readonly Pick<Format, 'id' | 'role'>[],
): (formatId: string) => FormatRole {
  const roles = new Map(formats.map((format) => [format.id, format.role]));
  return (formatId) => roles.get(formatId) ?? 'lesson';
}
