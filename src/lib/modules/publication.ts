import type { ModuleFrontmatter } from '../../schemas/module.ts';

// Optional, so modules whose frontmatter failed still answer: without a valid status, not published.
type Status = Partial<Pick<ModuleFrontmatter, 'status'>>;

/** Whether members see the module on the built site (drafts only appear in `astro dev`). */
export function isPublished(module: Status): boolean {
  return module.status === 'published';
}

/**
 * Whether a link or prerequisite from `source` to `target` opens nothing on the built site:
 * a published module pointing at a draft. Drafts may point anywhere; they are not built.
 */
export function pointsAtDraft(source: Status, target: Status): boolean {
  return isPublished(source) && !isPublished(target);
}

/** The entries (anything carrying a module's `data`) that members see, in the order given. */
export function publishedOnly<T extends { data: Status }>(entries: readonly T[]): T[] {
  return entries.filter((entry) => isPublished(entry.data));
}

/** What a printed QR code may open now; the registry resolves old codes against it. */
export interface LiveTargets {
  /** Codes of published modules. */
  modules: ReadonlySet<string>;
  /** Member group ids that have a study path. */
  groups: ReadonlySet<string>;
  /** Short codes of registry entries that have a page (`venue-jinggangshan`, see `registryCode`). */
  registries?: ReadonlySet<string> | undefined;
}

/**
 * What a printed QR code may open: published modules, every member group's study path (a group
 * has a path page even before it has modules) and every registry entry (venue, lecturer, class),
 * given by its short code.
 */
export function liveTargets(
  modules: readonly Pick<ModuleFrontmatter, 'code' | 'status'>[],
  groups: readonly { id: string }[],
  registryCodes: readonly string[] = [],
): LiveTargets {
  return {
    modules: new Set(modules.filter(isPublished).map((module) => module.code)),
    groups: new Set(groups.map((group) => group.id)),
    registries: new Set(registryCodes),
  };
}
