import { codePrefix } from '../../modules/module-codes.ts';

/** A module already in the repository: its code and the topic it belongs to. */
export interface ExistingModule {
  code: string;
  topic: string;
}

/**
 * The code prefix of each topic: the `codePrefix` the taxonomy gives it (`theory` → `LL`), else
 * the one its existing modules use most, else the initials of its English name
 * (`Party style` → `PS`), made unique against every other topic's prefix.
 */
export function topicPrefixes(
  modules: ExistingModule[],
  topics: { id: string; nameEn: string; codePrefix?: string | undefined }[],
): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const topic of topics) {
    if (topic.codePrefix) {
      prefixes.set(topic.id, topic.codePrefix);
      continue;
    }
    const counts = new Map<string, number>();
    for (const module of modules) {
      if (module.topic === topic.id) {
        const prefix = codePrefix(module.code);
        counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
      }
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) prefixes.set(topic.id, best[0]);
  }
  const taken = new Set(prefixes.values());
  for (const topic of topics) {
    if (prefixes.has(topic.id)) continue;
    const prefix = uniquePrefix(initials(topic.nameEn || topic.id), taken);
    prefixes.set(topic.id, prefix);
    taken.add(prefix);
  }
  return prefixes;
}

/** Two to four capital letters from the words of a name: `Comprehensive quality` → `CQ`. */
function initials(name: string): string {
  const words = (name.toUpperCase().match(/[A-Z]+/g) ?? ['T']).filter(
    (word, _, all) => all.length === 1 || !['AND', 'OF', 'THE', 'IN', 'FOR'].includes(word),
  );
  const letters = words.map((word) => word[0]).join('');
  return (letters.length >= 2 ? letters : `${words[0]}X`.slice(0, 2)).slice(0, 4);
}

function uniquePrefix(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  const stem = base.slice(0, 3);
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (!taken.has(stem + letter)) return stem + letter;
  }
  return base;
}
