import type { MdxComponentName } from '../../lib/mdx-components.ts';
import Activity from './Activity.astro';
import Case from './Case.astro';
import Discussion from './Discussion.astro';
import KeyPoints from './KeyPoints.astro';
import LecturerNote from './LecturerNote.astro';
import LecturerNoteVisible from './LecturerNoteVisible.astro';
import Objectives from './Objectives.astro';
import SelfCheck from './SelfCheck.astro';

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

/** The lecturer edition of a pack: the same lesson with LecturerNote shown. */
export const lecturerComponents = { ...memberComponents, LecturerNote: LecturerNoteVisible } satisfies Record<
  MdxComponentName,
  unknown
>;
