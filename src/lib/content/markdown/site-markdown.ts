import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { Features } from 'satteri';
import { labelTaskCheckboxes } from './label-task-checkboxes.ts';

/**
 * The site's Markdown and MDX options (`markdown.processor` in astro.config.mjs). Astro's default
 * processor already renders GFM (tables, task lists, footnotes, autolinks) in .md and .mdx alike;
 * it only needs Chinese labels for the footnotes section, and names for task-list checkboxes.
 * Starlight adds its own plugins to the configured processor; the printed lesson editions render
 * with these alone (lessons/render-lesson.ts), so a body those plugins would change is compiled
 * as MDX instead (lessons/rendered-at-sync.ts).
 */
export function siteMarkdownOptions(): SatteriResolvedOptions {
  return {
    mdastPlugins: [],
    hastPlugins: [labelTaskCheckboxes],
    features: { gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处' } } },
  };
}

/**
 * The parser features a processor's options stand for, as its MDX compiler applies them: smart
 * punctuation is on unless the options turn it off (@astrojs/markdown-satteri's default).
 */
export function parserFeatures(processor: SatteriResolvedOptions): Features {
  return { ...processor.features, smartPunctuation: processor.features.smartPunctuation ?? true };
}
