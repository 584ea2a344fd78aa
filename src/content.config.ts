import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { file, glob } from 'astro/loaders';
import { TaxonomySchemas } from './schemas/taxonomy.ts';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { withEditorHints } from './lib/editor/module-hints.ts';
import { readTaxonomySources } from './lib/validation/sources.ts';
import { readTaxonomy } from './lib/validation/taxonomy.ts';

// The taxonomy is data an organization edits: one YAML list per kind. Collections come back
// sorted by id, so the loader records each entry's place in the file to keep the editors' order.
const taxonomyFile = (kind: keyof typeof TaxonomySchemas) =>
  file(`content/taxonomy/${kind}.yaml`, {
    parser: (text) =>
      (parse(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
  });
const position = { position: z.number().int() };

// The taxonomy's ids become completion choices in the editor (see withEditorHints). A broken
// taxonomy file only shortens those lists; the content check reports it with its line.
const editorTaxonomy = readTaxonomy(readTaxonomySources(process.cwd())).record.taxonomy;

export const collections = {
  // Hand-written site pages (home, about); modules are their own collection.
  docs: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  modules: defineCollection({
    loader: glob({
      base: './content/modules',
      pattern: ['**/*.mdx', '!**/_*'],
      // The code is the permanent identity of a module, so URLs follow it, not the file name.
      generateId: ({ entry, data }) => (typeof data.code === 'string' ? data.code.toLowerCase() : entry),
    }),
    schema: withEditorHints(editorTaxonomy),
  }),
  tiers: defineCollection({ loader: taxonomyFile('tiers'), schema: TaxonomySchemas.tiers.extend(position) }),
  groups: defineCollection({
    loader: taxonomyFile('groups'),
    schema: TaxonomySchemas.groups.extend(position),
  }),
  stages: defineCollection({
    loader: taxonomyFile('stages'),
    schema: TaxonomySchemas.stages.extend(position),
  }),
  topics: defineCollection({
    loader: taxonomyFile('topics'),
    schema: TaxonomySchemas.topics.extend(position),
  }),
  formats: defineCollection({
    loader: taxonomyFile('formats'),
    schema: TaxonomySchemas.formats.extend(position),
  }),
};
