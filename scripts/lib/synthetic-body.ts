// Builds the MDX body of one synthetic module from the phrase bank (see synthetic-phrases.ts).
import type { Random } from './prng.ts';
import * as bank from './synthetic-phrases.ts';

/** What a body may mention about its module. */
export interface BodyContext {
  /** Chinese topic name and topic keywords, used for `{t}`. */
  themes: string[];
  /** Chinese names of the module's member groups, used for `{g}`. */
  groupNames: string[];
  /** Discussion questions, repeated in the `<Discussion>` box. */
  discussion: string[];
  hours: number;
  formatName: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const BODY_LENGTH = { min: 1500, max: 3000 } as const;

/** Fills `{x}` slots of a template with random phrases fitting the module. */
export function fill(template: string, ctx: BodyContext, rng: Random): string {
  const slots: Record<string, () => string> = {
    s: () => rng.pick(bank.SUBJECTS),
    g: () => rng.pick(ctx.groupNames),
    t: () => rng.pick(ctx.themes),
    a: () => rng.pick(bank.ACTIVITIES),
    m: () => rng.pick(bank.METHODS),
    r: () => rng.pick(bank.RESULTS),
    o: () => rng.pick(bank.OBJECTS),
    h: () => String(rng.pick([4, 6, 8, 12, 16])),
  };
  return template.replace(/\{(\w)\}/g, (_, slot: string) => slots[slot]?.() ?? slot);
}

const paragraph = (ctx: BodyContext, rng: Random, sentences = rng.int(3, 5)) =>
  rng
    .sample(bank.SENTENCES, sentences)
    .map((s) => fill(s, ctx, rng))
    .join('');

const list = (items: string[], ordered = false) =>
  items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');

/** A component block; blank lines around the content keep it Markdown inside MDX. */
const box = (open: string, name: string, content: string) => `<${open}>\n\n${content}\n\n</${name}>`;

function section(index: number, heading: string, ctx: BodyContext, rng: Random): string {
  const parts = [`## ${NUMERALS[index] ?? index + 1}、${heading}`, paragraph(ctx, rng)];
  const shape = rng.int(0, 3);
  if (shape === 0) parts.push(paragraph(ctx, rng, rng.int(2, 4)));
  if (shape === 1) parts.push(list(rng.sample(bank.SENTENCES, rng.int(3, 4)).map((s) => fill(s, ctx, rng))));
  if (shape === 2) {
    parts.push(`### ${fill(rng.pick(['{a}的具体做法', '{g}的学习要求', '落实{t}的关键环节']), ctx, rng)}`);
    parts.push(
      list(
        rng.sample(bank.KEY_POINTS, 3).map((p, i) => `**第${NUMERALS[i]}步**：${p}。`),
        true,
      ),
    );
  }
  return parts.join('\n\n');
}

function scheduleTable(ctx: BodyContext, rng: Random): string {
  const steps = rng.sample(
    ['自学原文', '集中领学', '专题研讨', '案例分析', '交流发言', '现场观摩', '总结测试'],
    rng.int(3, 4),
  );
  const rows = steps.map(
    (step) =>
      `| ${step} | ${rng.pick(bank.OBJECTS)} | ${rng.pick([0.5, 1, 1.5])} | ${rng.pick([ctx.formatName, ...bank.ACTIVITIES])} |`,
  );
  return [
    '## 学时安排',
    `本模块共 ${ctx.hours} 学时，建议按下表安排：`,
    ['| 环节 | 内容 | 学时 | 形式 |', '| --- | --- | ---: | --- |', ...rows].join('\n'),
  ].join('\n\n');
}

/** A body of BODY_LENGTH.min–max characters with headings, lists, components and sometimes a table. */
export function buildBody(ctx: BodyContext, rng: Random): string {
  const target = rng.int(BODY_LENGTH.min + 200, BODY_LENGTH.max - 300);
  const intro = [
    '## 导学',
    paragraph(ctx, rng),
    box('KeyPoints', 'KeyPoints', list(rng.sample(bank.KEY_POINTS, rng.int(3, 5)))),
  ].join('\n\n');
  const caseTitle = `${rng.pick(bank.CASE_UNITS)}：${rng.pick(bank.CASE_EVENTS)}`;
  const caseBox = box(
    `Case title="${caseTitle}"`,
    'Case',
    [paragraph(ctx, rng), paragraph(ctx, rng, 2)].join('\n\n'),
  );
  const closing = [
    ...(ctx.hours >= 1 && rng.chance(0.4) ? [scheduleTable(ctx, rng)] : []),
    box('Discussion', 'Discussion', list(ctx.discussion, true)),
    ['## 课后任务', list(rng.sample(bank.TASKS, rng.int(2, 3)))].join('\n\n'),
  ];
  const headings = rng.sample(bank.HEADINGS, bank.HEADINGS.length);
  const sections: string[] = [];
  const assemble = () =>
    [intro, ...sections.slice(0, 2), caseBox, ...sections.slice(2), ...closing].join('\n\n') + '\n';
  while (assemble().length < target && sections.length < headings.length) {
    sections.push(section(sections.length, headings[sections.length]!, ctx, rng));
  }
  while (assemble().length > BODY_LENGTH.max && sections.length > 1) sections.pop();
  return assemble();
}
