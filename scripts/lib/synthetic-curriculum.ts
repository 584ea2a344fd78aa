// Deterministic synthetic course modules for benchmarks and tests. Pure: no disk, no clock;
// the same count, taxonomy and seed always give the same files.
import type { Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';
import type { Group } from '../../src/schemas/taxonomy.ts';
import { CONTENT_DIRS } from '../../src/lib/content/files/sources.ts';
import { moduleSlug } from '../../src/lib/routes/routes.ts';
import { topicPrefixes } from '../../src/lib/content/scaffold/prefixes.ts';
import { createRandom, type Random } from './prng.ts';
import { buildBody, fill, type BodyContext } from './synthetic-body.ts';
import * as bank from './synthetic-phrases.ts';
import { addDays, isoDay } from '../../src/lib/platform/calendar.ts';

export interface SyntheticFile {
  /** Path relative to the project root, e.g. `content/modules/soul-casting/ll-001.mdx`. */
  path: string;
  text: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HOURS = [0.5, 1, 1, 1.5, 2, 2, 3, 4];

/**
 * `count` modules for `taxonomy`. Codes continue after the highest of `codesInUse` with the same
 * prefix (the real curriculum's codes), so generated modules can sit beside real ones.
 */
export function generateSyntheticModules(
  count: number,
  taxonomy: Taxonomy,
  seed = 1,
  codesInUse: Iterable<string> = [],
): SyntheticFile[] {
  if (
    !taxonomy.stages.length ||
    !taxonomy.topics.length ||
    !taxonomy.formats.length ||
    !taxonomy.groups.length
  ) {
    throw new Error('The taxonomy needs at least one stage, topic, format and group.');
  }
  const rng = createRandom(seed);
  // The same prefixes `npm run new` gives: the taxonomy's codePrefix, else the English initials.
  const codes = new CodeAllocator(topicPrefixes([], taxonomy.topics), [...codesInUse]);
  const made: { code: string; order: number }[] = [];
  const files: SyntheticFile[] = [];

  for (let i = 0; i < count; i++) {
    const topic = rng.pick(taxonomy.topics);
    const stage = rng.pick(taxonomy.stages);
    const format = rng.pick(taxonomy.formats);
    const code = codes.next(topic.id);
    const { tiers, groups } = pickAudience(taxonomy, rng);
    const prerequisites = pickPrerequisites(made, stage.order, rng);
    made.push({ code, order: stage.order });

    const theme = rng.pick(bank.TOPIC_THEMES[topic.id] ?? bank.GENERIC_THEMES);
    const hours = rng.pick(HOURS);
    const ctx: BodyContext = {
      themes: [topic.name, ...(bank.TOPIC_KEYWORDS[topic.id] ?? [])],
      groupNames: groups.map((g) => g.name),
      discussion: [],
      hours,
      formatName: format.name,
    };
    ctx.discussion = rng.sample(bank.QUESTIONS, rng.int(2, 3)).map((q) => fill(q, ctx, rng));
    const frontmatter = {
      title: `${theme}：${rng.pick(bank.TITLE_ASPECTS)}`,
      code,
      summary: `${fill(rng.pick(bank.SUMMARIES), ctx, rng)}面向${ctx.groupNames.join('、')}，共 ${hours} 学时。`,
      tiers,
      groups: groups.map((g) => g.id),
      stage: stage.id,
      topic: topic.id,
      format: format.id,
      hours,
      ...(rng.chance(0.5) ? { lecturer: rng.pick(bank.LECTURERS) } : {}),
      objectives: rng.sample(bank.OBJECTIVES, rng.int(2, 4)).map((o) => fill(o, ctx, rng)),
      discussion: ctx.discussion,
      prerequisites,
      materials: rng.sample(bank.MATERIALS, rng.int(1, 3)),
      updated: randomDate(rng),
      status: 'published',
    };
    files.push({
      path: `${CONTENT_DIRS.modules}/${stage.id}/${moduleSlug(code)}.mdx`,
      text: `---\n${toYaml(frontmatter)}---\n\n${buildBody(ctx, rng)}`,
    });
  }
  return files;
}

/** One to three groups, and tiers that overlap every group's tiers (one tier per group, sometimes more). */
function pickAudience(taxonomy: Taxonomy, rng: Random): { tiers: string[]; groups: Group[] } {
  const groups = rng.sample(taxonomy.groups, rng.pick([1, 1, 2, 2, 3]));
  const tiers = new Set(groups.map((group) => rng.pick(group.tiers)));
  if (rng.chance(0.2)) tiers.add(rng.pick(groups[0]!.tiers));
  const order = taxonomy.tiers.map((tier) => tier.id);
  return { tiers: [...tiers].sort((a, b) => order.indexOf(a) - order.indexOf(b)), groups };
}

/** Up to three earlier modules of an earlier or the same stage: edges only point back, so no cycles. */
function pickPrerequisites(made: { code: string; order: number }[], order: number, rng: Random): string[] {
  if (made.length === 0 || !rng.chance(0.35)) return [];
  const picked = new Set<string>();
  const wanted = rng.int(1, 3);
  for (let tries = 0; tries < 12 && picked.size < wanted; tries++) {
    // Mostly recent modules, as a real curriculum builds on what was just written.
    const from = Math.max(0, made.length - 60);
    const candidate = made[rng.int(from, made.length - 1)]!;
    if (candidate.order <= order) picked.add(candidate.code);
  }
  return [...picked].sort();
}

/** Hands out `LL-001` … `LL-999`, then `LLA-001` …, per topic. */
class CodeAllocator {
  private readonly counts = new Map<string, number>();
  private readonly bases: ReadonlyMap<string, string>;
  constructor(bases: ReadonlyMap<string, string>, codesInUse: readonly string[] = []) {
    this.bases = bases;
    for (const [topicId, base] of bases) {
      const taken = codesInUse.map((code) => allocationIndex(code, base) ?? 0);
      this.counts.set(topicId, Math.max(0, ...taken));
    }
  }
  next(topicId: string): string {
    const n = this.counts.get(topicId) ?? 0;
    this.counts.set(topicId, n + 1);
    const block = Math.floor(n / 999);
    if (block >= 27 + 26 * 26) throw new Error(`Too many modules for topic ${topicId}.`);
    const two = block - 27;
    const suffix =
      block === 0
        ? ''
        : block <= 26
          ? LETTERS[block - 1]!
          : LETTERS[Math.floor(two / 26)]! + LETTERS[two % 26]!;
    return `${this.bases.get(topicId)!}${suffix}-${String((n % 999) + 1).padStart(3, '0')}`;
  }
}

/** How many codes of `base` the allocator has handed out once it reaches `code` (`LL-007` → 7, `LLA-001` → 1000). */
function allocationIndex(code: string, base: string): number | undefined {
  const match = /^([A-Z]+)-(\d{3})$/.exec(code);
  if (!match || !match[1]!.startsWith(base)) return undefined;
  const suffix = match[1]!.slice(base.length);
  const letter = (char: string) => LETTERS.indexOf(char);
  const block =
    suffix === ''
      ? 0
      : suffix.length === 1
        ? letter(suffix) + 1
        : 27 + letter(suffix[0]!) * 26 + letter(suffix[1]!);
  return block * 999 + Number(match[2]);
}

function randomDate(rng: Random): string {
  return isoDay(addDays(new Date(Date.UTC(2024, 0, 1)), rng.int(0, 1000)));
}

/** YAML for the frontmatter: strings as JSON (valid YAML), id lists in flow style, text lists as blocks. */
function toYaml(data: Record<string, unknown>): string {
  const idList = new Set(['tiers', 'groups', 'prerequisites']);
  const scalar = (value: unknown) =>
    typeof value === 'string' && !/^[\w-]+$/.test(value) ? JSON.stringify(value) : String(value);
  return Object.entries(data)
    .map(([key, value]) => {
      if (!Array.isArray(value)) return `${key}: ${scalar(value)}\n`;
      if (idList.has(key) || value.length === 0) return `${key}: [${value.join(', ')}]\n`;
      return `${key}:\n${value.map((item) => `  - ${JSON.stringify(item)}\n`).join('')}`;
    })
    .join('');
}
