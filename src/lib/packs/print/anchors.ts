import { moduleSlug } from '../../routes/routes.ts';

/**
 * Ids of the parts of a printed pack that its contents (目录) links to; the PDF engine reads back
 * the page each one starts on (src/lib/packs/pdf/page-numbers.ts). Prefixed, so that no heading id a
 * module body renders can collide with them.
 */
export const PACK_PARTS = {
  electives: 'pack-electives',
  signIn: 'pack-sign-in',
  assessment: 'pack-assessment',
  discussions: 'pack-discussions',
  visits: 'pack-visits',
  evaluation: 'pack-evaluation',
  survey: 'pack-survey',
  answers: 'pack-answers',
  programme: 'pack-programme',
  certificate: 'pack-certificate',
} as const;

/** Id of a module's first page in a pack, e.g. `pack-dx-001`. */
export function packModuleAnchor(code: string): string {
  return `pack-${moduleSlug(code)}`;
}
