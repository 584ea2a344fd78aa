import type { ModuleEdition } from '../../lib/routes/routes.ts';
import type { MdxComponentName } from '../../lib/content/mdx-components.ts';
import Activity from './Activity.astro';
import Case from './Case.astro';
import Discussion from './Discussion.astro';
import KeyPoints from './KeyPoints.astro';
import LecturerNote from './LecturerNote.astro';
import LecturerNoteVisible from './LecturerNoteVisible.astro';
import Objectives from './Objectives.astro';
import SelfCheck from './SelfCheck.astro';
import SelfCheckOnPaper from './SelfCheckOnPaper.astro';

/** What member pages pass to MDX; `satisfies` keeps it in step with the checker's list. */
export const memberComponents = {
  Objectives,
  KeyPoints,
  Case,
  Discussion,
  Activity,
  SelfCheck,
  LecturerNote,
} satisfies Record<MdxComponentName, unknown>;

const memberOnPaper = { ...memberComponents, SelfCheck: SelfCheckOnPaper } satisfies Record<
  MdxComponentName,
  unknown
>;

/**
 * What printed packs pass to MDX, per edition: self-checks without their (dead) answer control,
 * and the lecturer edition with LecturerNote shown.
 */
export const printComponents = {
  member: memberOnPaper,
  lecturer: { ...memberOnPaper, LecturerNote: LecturerNoteVisible },
} satisfies Record<ModuleEdition, Record<MdxComponentName, unknown>>;
