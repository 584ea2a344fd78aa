import type { RegistryEntry } from '../../../schemas/qr-registry.ts';
import { REGISTRY_KINDS, registryTargetOf } from '../../../schemas/registry-kinds.ts';
import { shortLinkSlug, sitePaths } from '../../routes/routes.ts';
import type { LiveTargets } from '../../modules/publication.ts';
import { resolveCode } from './registry.ts';

export type ShortLink =
  | {
      slug: string;
      code: string;
      /** `module`, `path`, or a registry kind's `qrKind` (`venue`). */
      redirect: { kind: string; code: string; superseded: boolean };
    }
  | { slug: string; code: string; retired: RegistryEntry };

/**
 * One short link per registered code: a redirect to the module or path (or its successor),
 * or a retirement page. Broken codes cannot reach here: the content check stops the build.
 */
export function createShortLinks(registry: readonly RegistryEntry[], live: LiveTargets): ShortLink[] {
  const byCode = new Map(registry.map((entry) => [entry.code, entry]));
  return registry.flatMap((entry): ShortLink[] => {
    const resolution = resolveCode(entry.code, byCode, live);
    const base = { slug: shortLinkSlug(entry.code), code: entry.code };
    if (resolution.kind === 'module')
      return [
        {
          ...base,
          redirect: { kind: 'module', code: resolution.code, superseded: resolution.code !== entry.code },
        },
      ];
    if (resolution.kind === 'path')
      return [
        {
          ...base,
          redirect: { kind: 'path', code: resolution.groupId, superseded: resolution.groupId !== entry.code },
        },
      ];
    if (resolution.kind === 'registry')
      return [
        {
          ...base,
          redirect: {
            kind: resolution.qrKind,
            code: resolution.code,
            superseded: resolution.code !== entry.code,
          },
        },
      ];
    if (resolution.kind === 'retired') return [{ ...base, retired: resolution.entry }];
    return [];
  });
}

/** The page a short link forwards to, relative to the site root; none for a retired code. */
export function shortLinkTarget(link: ShortLink): string | undefined {
  if (!('redirect' in link)) return undefined;
  const { kind, code } = link.redirect;
  if (kind === 'module') return sitePaths.module(code);
  if (kind === 'path') return sitePaths.path(code);
  const target = registryTargetOf(kind, code);
  return target && sitePaths.registryEntry(REGISTRY_KINDS[target.kind].segment, target.id);
}

/**
 * Slug → page for every short link that forwards: the service worker's table for opening a
 * printed code offline (`offline-links.json`). The same targets as the `/q/<code>/` pages.
 */
export function shortLinkTargets(links: readonly ShortLink[]): Record<string, string> {
  const targets: Record<string, string> = {};
  for (const link of links) {
    const target = shortLinkTarget(link);
    if (target) targets[link.slug] = target;
  }
  return targets;
}

/** The static paths of `src/pages/q/[code].astro`: one page per short link, at its slug. */
export function shortLinkPages(registry: readonly RegistryEntry[], live: LiveTargets) {
  return createShortLinks(registry, live).map((link) => ({ params: { code: link.slug }, props: { link } }));
}
