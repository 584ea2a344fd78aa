import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module.ts';
import { TaxonomySchemas, type TaxonomyKind } from './schemas/taxonomy.ts';
import { i18nLoader } from '@astrojs/starlight/loaders';

const taxonomy = (kind: TaxonomyKind) =>
  defineCollection({ loader: file(`content/taxonomy/${kind}.yaml`), schema: TaxonomySchemas[kind] });

export const collections = {
  // Hand-written site pages (home, about); modules are their own collection.
  docs: defineCollection({ loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}' }), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  modules: defineCollection({
    loader: glob({
      base: './content/modules',
      pattern: ['**/*.mdx', '!**/_*'],
      // The code is the permanent identity of a module, so URLs follow it, not the file name.
      generateId: ({ entry, data }) => (typeof data.code === 'string' ? data.code.toLowerCase() : entry),
    }),
    schema: ModuleSchema,
  }),
  tiers: taxonomy('tiers'),
  groups: taxonomy('groups'),
  stages: taxonomy('stages'),
  topics: taxonomy('topics'),
  formats: taxonomy('formats'),
};
