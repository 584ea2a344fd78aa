import { REGISTRY_KINDS, registryCode } from '../../../schemas/registry-kinds.ts';
import type { Taxonomy } from '../../../schemas/taxonomy-kinds.ts';
import type { PlanRecord } from '../files/plans.ts';
import { readRegistries, type RegistryRead } from '../files/registries.ts';
import type { ContentSources } from '../files/sources.ts';
import { checkImages } from './images.ts';
import type { ContentIssue } from './issue.ts';
import { checkPersonalData } from './personal-data.ts';
import type { ModuleFacts } from './records.ts';
import { checkRegistryReferences } from './registry-references.ts';
import { checkVenueLists } from './venue-list-checks.ts';

/** What the registry checks need from the rest of the check. */
export interface RegistryCheckInput {
  facts: readonly ModuleFacts[];
  plans: readonly PlanRecord[];
  taxonomy: Taxonomy;
  planYear: number;
}

/**
 * Every check of the registries (REGISTRY_KINDS), generic over the kinds: each file against its
 * schema, every reference to an entry from modules, plans and other kinds, the yearly 外训名录,
 * lecturer photos (the module image checks: a file in the repository, with alt text), and personal
 * numbers in registry files and module frontmatter. Returns what was read for the kinds' own checks.
 */
export function checkRegistries(
  sources: ContentSources,
  { facts, plans, taxonomy, planYear }: RegistryCheckInput,
): { read: RegistryRead; issues: ContentIssue[] } {
  const read = readRegistries(sources.registries ?? {});
  const photos = read.records.flatMap((record) => {
    const photo = (record.data as { photo?: unknown }).photo;
    if (typeof photo !== 'string') return [];
    const image = {
      url: photo,
      alt: record.id,
      syntax: 'markdown' as const,
      line: record.lineOf(['photo']),
      column: 1,
    };
    return [{ file: record.file, outline: { anchors: [], links: [], images: [image] } }];
  });
  const registryFiles = Object.values(sources.registries ?? {}).flat();
  return {
    read,
    issues: [
      ...read.issues,
      ...checkRegistryReferences(read, facts, plans, taxonomy),
      ...checkVenueLists(read, facts, plans, { taxonomy, planYear }),
      ...checkImages(photos, new Set(sources.files ?? [])).map((issue) => ({ ...issue, field: 'photo' })),
      ...checkPersonalData([
        ...registryFiles,
        // Frontmatter only (a free-text lecturer); the body is the body policy's.
        ...sources.modules.map(({ file, text }) => ({ file, text, lastLine: frontmatterEnd(text) })),
      ]),
    ],
  };
}

/** The line count of a module's frontmatter block, closing `---` included; 0 without one. */
function frontmatterEnd(text: string): number {
  const lines = text.split('\n', 400);
  if (lines[0]?.trim() !== '---') return 0;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return close < 0 ? 0 : close + 1;
}

/** Each valid registry entry's short code (`venue-jinggangshan`), file and kind label, for the QR registry. */
export function registryShortCodes(read: RegistryRead): { code: string; file: string; label: string }[] {
  return read.records.map(({ kind, id, file }) => ({
    code: registryCode(kind, id),
    file,
    label: REGISTRY_KINDS[kind].label,
  }));
}
