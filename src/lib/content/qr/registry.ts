import type { RegistryEntry } from '../../../schemas/qr-registry.ts';
import type { LiveTargets } from '../../modules/publication.ts';

/** What a registered code leads to now. */
export type Resolution =
  | { kind: 'module'; code: string }
  | { kind: 'path'; groupId: string }
  | { kind: 'registry'; qrKind: string; code: string }
  | { kind: 'retired'; entry: RegistryEntry }
  | { kind: 'broken'; reason: 'missing' | 'successor-missing' | 'cycle'; via: string[] };

/**
 * Follows a registered code to the page a printed QR code must open: the module or path
 * itself, its successor (through any chain of successors), or its retirement page.
 */
export function resolveCode(
  code: string,
  registry: ReadonlyMap<string, RegistryEntry>,
  live: LiveTargets,
): Resolution {
  const via: string[] = [];
  let current = code;
  for (;;) {
    if (via.includes(current)) return { kind: 'broken', reason: 'cycle', via: [...via, current] };
    via.push(current);
    const entry = registry.get(current);
    const kind = entry?.kind ?? (/^[A-Z]/.test(current) ? 'module' : 'path');
    if (kind === 'module' && live.modules.has(current)) return { kind: 'module', code: current };
    if (kind === 'path' && live.groups.has(current)) return { kind: 'path', groupId: current };
    if (kind !== 'module' && kind !== 'path' && live.registries?.has(current))
      return { kind: 'registry', qrKind: kind, code: current };
    if (!entry) return { kind: 'broken', reason: via.length > 1 ? 'successor-missing' : 'missing', via };
    if (entry.supersededBy) {
      current = entry.supersededBy;
      continue;
    }
    if (entry.retired) return { kind: 'retired', entry };
    return { kind: 'broken', reason: 'missing', via };
  }
}
