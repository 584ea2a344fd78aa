import { isDeepStrictEqual } from 'node:util';
import type { CommittedRegistry } from '../qr/registry-history.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/** What the registry's Git history holds: every code, and each one's fields as first committed. */
export interface RegistryHistoryFacts {
  history?: ReadonlySet<string> | undefined;
  committed?: CommittedRegistry | undefined;
}

/** The working-tree registry as parsed, with the line of any field. */
export interface CurrentRegistry {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/** A change the add-only rule forbids: an entry gone, or a field of it gone or rewritten. */
export type RegistryChange =
  | { kind: 'removed'; code: string }
  | { kind: 'changed'; code: string; index: number; key: string; was: unknown; now: unknown };

/**
 * The file's header promises that lines are only ever added: a printed QR code keeps opening
 * what it was issued for. Both sides are parsed YAML, so respelling an entry (flow style, quotes,
 * comments) is no change, while a deleted entry or an edited target is, however it is written.
 * New fields (`supersededBy`, `retired` when a module goes away) may be added.
 */
export function registryChanges(
  { history, committed }: RegistryHistoryFacts,
  current: unknown,
): RegistryChange[] {
  const present = new Map<string, { index: number; entry: Record<string, unknown> }>();
  (Array.isArray(current) ? current : []).forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) return;
    const code = (entry as Record<string, unknown>)['code'];
    if (typeof code === 'string' && !present.has(code))
      present.set(code, { index, entry: entry as Record<string, unknown> });
  });
  const changes: RegistryChange[] = [];
  const codes = new Set([...(committed?.keys() ?? []), ...(history ?? [])]);
  for (const code of codes) {
    const now = present.get(code);
    if (!now) {
      changes.push({ kind: 'removed', code });
      continue;
    }
    const was = committed?.get(code);
    if (!was) continue;
    // `kind` defaults to module: adding `kind: path` to an old entry changes what it opens.
    for (const key of new Set([...Object.keys(was), 'kind'])) {
      const before = key === 'kind' ? (was[key] ?? 'module') : was[key];
      const after = key === 'kind' ? (now.entry[key] ?? 'module') : now.entry[key];
      if (!isDeepStrictEqual(before, after))
        changes.push({ kind: 'changed', code, index: now.index, key, was: before, now: after });
    }
  }
  return changes;
}

/** The add-only rule as checker issues: a removal at line 1, a change at the changed field. */
export function checkAddOnly(
  facts: RegistryHistoryFacts,
  current: CurrentRegistry,
  file: string,
): ContentIssue[] {
  return registryChanges(facts, current.data).map((change) => {
    if (change.kind === 'removed')
      return createIssue('qr-deleted', { file, line: 1, field: 'registry' }, { code: change.code });
    const { code, index, key, was, now } = change;
    const line = current.lineOf([index, key]);
    return createIssue(
      'qr-changed',
      { file, line, field: key },
      { code, key, was: shown(was), now: now === undefined ? undefined : shown(now) },
    );
  });
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
