import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Topic } from '../../schemas/taxonomy.ts';

type Plannable = { data: Pick<ModuleFrontmatter, 'code' | 'topic' | 'hours' | 'prerequisites'> };

/**
 * The default rule for one year's required modules: take modules one at a time until their 学时
 * reach `targetHours`, going round the topics in the order of topics.yaml (theory and party
 * spirit first) and, within a topic, in code order. A module is only taken once every
 * prerequisite in the group's library is done (`done`) or already taken, so prerequisites are
 * never required after the module that needs them.
 *
 * Taking one module at a time keeps the total within [target, target + the largest module).
 * Codes only grow (a code is never reused), so a module added later joins the end of its topic's
 * queue: it cannot displace what earlier years took unless that topic had already run out.
 *
 * `pool` is what may be taken (the library minus what other years require); `library` is every
 * code of the group, to tell prerequisites that matter from those outside the group.
 */
export function selectRequired<T extends Plannable>(
  pool: readonly T[],
  { targetHours, topics, library, done }: SelectionContext,
): T[] {
  const queues = topicQueues(pool, topics);
  const taken = new Set(done);
  const selected: T[] = [];
  let hours = 0;
  const ready = (module: T) =>
    module.data.prerequisites.every((code) => !library.has(code) || taken.has(code));
  for (let progressed = true; progressed && hours < targetHours;) {
    progressed = false;
    for (const queue of queues) {
      if (hours >= targetHours) break;
      const index = queue.findIndex(ready);
      if (index < 0) continue;
      const [module] = queue.splice(index, 1);
      selected.push(module!);
      taken.add(module!.data.code);
      hours += module!.data.hours;
      progressed = true;
    }
  }
  return selected;
}

export interface SelectionContext {
  targetHours: number;
  topics: readonly Pick<Topic, 'id'>[];
  /** Codes of the group's whole library. */
  library: ReadonlySet<string>;
  /** Codes required in earlier years of the cycle. */
  done: ReadonlySet<string>;
}

/** One queue per topic in taxonomy order (unknown topics last, by id), each in code order. */
function topicQueues<T extends Plannable>(pool: readonly T[], topics: readonly Pick<Topic, 'id'>[]): T[][] {
  const rank = new Map(topics.map((topic, i) => [topic.id, i]));
  const byTopic = Map.groupBy(pool, (module) => module.data.topic);
  return [...byTopic.keys()]
    .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b))
    .map((topic) => byTopic.get(topic)!.sort((a, b) => compareCodes(a.data.code, b.data.code)));
}

/** Code order in which a later-issued code always sorts later (`LL-999` before `LLA-001`). */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
