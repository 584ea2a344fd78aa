import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { file, glob } from 'astro/loaders';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type TaxonomyKind,
  type TermOf,
} from './schemas/taxonomy-kinds.ts';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { withEditorHints } from './lib/content/editor/module-hints.ts';
import { moduleSlug } from './lib/routes/routes.ts';
import { readTaxonomySources } from './lib/content/files/sources.ts';
// A collection that fails to load waits for the content check's list first (see check-gate.ts).
import { failsAfterContentCheck } from './lib/content/validation/check-gate.ts';
// The same file set the content check reads, so nothing is published unchecked.
import { globPatterns, PUBLISHED_FILES } from './lib/content/files/file-set.ts';
import { readTaxonomy } from './lib/content/files/taxonomy.ts';
import { renderedAtSync } from './lib/lessons/rendered-at-sync.ts';
import { builtOnceForPages } from './lib/content/page-schema.ts';

// The taxonomy is data an organization edits: one YAML list per kind, one collection per kind of
// the kinds table. Collections come back sorted by id, so the loader records each entry's place in
// the file to keep the editors' order.
const position = { position: z.number().int() };
function taxonomyCollection<K extends TaxonomyKind>(kind: K) {
  return defineCollection({
    loader: failsAfterContentCheck(
      file(`content/taxonomy/${kind}.yaml`, {
        parser: (text) =>
          (parse(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
      }),
    ),
    // Generic over the kind, `extend` loses the kind's own fields; the cast gives them back.
    schema: TAXONOMY_KINDS[kind].schema.extend(position) as unknown as z.ZodType<
      TermOf<K> & { position: number }
    >,
  });
}
const taxonomyCollections = Object.fromEntries(
  TAXONOMY_KIND_IDS.map((kind) => [kind, taxonomyCollection(kind)]),
) as { [K in TaxonomyKind]: ReturnType<typeof taxonomyCollection<K>> };

// The taxonomy's ids become completion choices in the editor (see withEditorHints). A broken
// taxonomy file only shortens those lists; the content check reports it with its line.
const editorTaxonomy = readTaxonomy(readTaxonomySources(process.cwd())).record.taxonomy;

export const collections = {
  // Hand-written site pages (home, about); modules are their own collection.
  docs: defineCollection({
    loader: failsAfterContentCheck(glob({ base: PUBLISHED_FILES.docs.base, pattern: globPatterns('docs') })),
    // <StarlightPage> validates its frontmatter against this schema on every page (page-schema.ts).
    schema: builtOnceForPages(docsSchema()),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  modules: defineCollection({
    // Bodies are stored as the member page's HTML, not compiled as MDX modules (renderedAtSync),
    // and without their text: the print editions and answer keys read the file (readEntryBody).
    loader: failsAfterContentCheck(
      renderedAtSync(
        glob({
          base: PUBLISHED_FILES.modules.base,
          pattern: globPatterns('modules'),
          // The code is the permanent identity of a module, so URLs follow it, not the file name.
          generateId: ({ entry, data }) => (typeof data.code === 'string' ? moduleSlug(data.code) : entry),
        }),
      ),
    ),
    schema: withEditorHints(editorTaxonomy),
  }),
  ...taxonomyCollections,
};
