// The forms a branch fills in by hand from the packs of the built site (issue 18): the 评估卡 in
// every member module pack and in the path pack, a 列席记录表 for every 专题研讨, and the one-page
// 培训需求调研表. Read with pdftotext, as in packs.spec.ts; no build of its own.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pdfPages, pdfText, squash } from '../helpers/pdf.ts';
import { INDICATORS, INDICATOR_LEVELS, SATISFACTION_LEVELS } from '../../src/lib/evaluation/levels.ts';
import { VISIT_LEVEL_LABELS } from '../../src/lib/reports/report-schema.ts';
import type { PublishedPath } from '../../src/lib/progress/verify.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const PATH = 'activist';
const pathPack = join(dist, 'packs', 'paths', `${PATH}.pdf`);
const CARD = squash('评估卡（不记名）');
// Said on every card, by EvaluationNote.astro.
const ANONYMOUS = squash('本卡不记名');

/** The scales every card prints, read from their one home. */
const scales = [
  ...INDICATORS.flatMap((indicator) => [indicator.label, indicator.prompt]),
  INDICATOR_LEVELS.join(''),
  ...SATISFACTION_LEVELS,
].map(squash);

test.describe.configure({ mode: 'parallel' });

test('every member module pack ends with the 评估卡 on the five indicators; the lecturer edition has none', () => {
  const dir = join(dist, 'packs', 'modules');
  const members = readdirSync(dir).filter((name) => /^[a-z]+-\d+\.pdf$/.test(name));
  expect(members.length).toBeGreaterThanOrEqual(36);
  for (const name of members) {
    const last = pdfPages(join(dir, name)).at(-1)!;
    expect(last, name).toContain(CARD);
    expect(last, name).toContain(ANONYMOUS);
    expect(last, name).toContain(squash(`课程：${name.replace('.pdf', '').toUpperCase()}`));
    for (const text of [...scales, '总体评价', '意见和建议'])
      expect(last, `${name}: ${text}`).toContain(text);
    expect(pdfText(join(dir, name.replace('.pdf', '-lecturer.pdf'))), name).not.toContain(ANONYMOUS);
  }
});

test('a path pack has a 列席记录表 for every 专题研讨 of its calendar, two to a page', () => {
  const discussions = readFileSync(join(dist, 'paths', PATH, 'quarterly.ics'), 'utf8')
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter((line) => line.startsWith('SUMMARY:') && line.includes('专题研讨'))
    .map((line) => line.slice('SUMMARY:'.length).replace(/\\([,;\\])/g, '$1'));
  expect(discussions.length).toBe(4);
  const heading = squash('列席记录表：');
  const pages = pdfPages(pathPack).filter((page) => page.includes(heading));
  expect(pages.map((page) => page.split(heading).length - 1)).toEqual([2, 2]);
  const text = pages.join('');
  for (const title of discussions) expect(text).toContain(squash(`列席记录表：${title}`));
  for (const text of [...Object.values(VISIT_LEVEL_LABELS), '列席意见', '列席人员签字', '党支部书记签字']) {
    expect(
      pages.every((page) => page.split(text).length - 1 >= 2),
      text,
    ).toBe(true);
  }
  // The contents (目录) counts them.
  expect(pdfText(pathPack)).toContain(squash(`列席记录表${discussions.length} 次`));
});

test("a path pack has one 评估卡 with a row for each of the plan's required modules", () => {
  const path = JSON.parse(readFileSync(join(dist, 'paths', PATH, 'path.json'), 'utf8')) as PublishedPath;
  const modules = path.plans.find((plan) => plan.version === path.current)!.modules;
  const text = pdfText(pathPack);
  const start = text.indexOf(CARD);
  expect(start).toBeGreaterThan(text.indexOf(squash('列席记录表：')));
  const card = text.slice(start, text.indexOf(squash('培训需求调研表（不记名）')));
  expect(card.split(CARD).length - 1).toBe(1);
  const labels = INDICATORS.flatMap((indicator) => [indicator.label, indicator.prompt]);
  for (const label of [...labels, ANONYMOUS, '总体评价', '意见和建议'])
    expect(card, label).toContain(squash(label));
  // In study order, one row each: a title wraps beside its tick boxes, so only its start is whole.
  const rows = modules.map((module) => card.indexOf(squash(`${module.code} ${module.title.slice(0, 4)}`)));
  expect(rows.every((row) => row > 0)).toBe(true);
  expect(rows).toEqual([...rows].sort((a, b) => a - b));
  // Each row has the levels of the five indicators and of the overall line (words no title has).
  const times = (word: string) => card.split(word).length - 1;
  expect(times(INDICATOR_LEVELS[1])).toBe(INDICATORS.length * modules.length);
  for (const level of SATISFACTION_LEVELS.slice(2)) expect(times(level), level).toBe(modules.length);
  for (const level of [...INDICATOR_LEVELS, ...SATISFACTION_LEVELS]) expect(card).toContain(level);
});

test('a path pack has a one-page 培训需求调研表 with every topic and format', () => {
  const taxonomy = (kind: string) =>
    parse(readFileSync(join(root, 'content', 'taxonomy', `${kind}.yaml`), 'utf8')) as {
      name: string;
      description: string;
    }[];
  const topics = taxonomy('topics');
  expect(topics.length).toBeGreaterThan(0);
  const pages = pdfPages(pathPack).filter((page) => page.includes(squash('培训需求调研表（不记名）')));
  expect(pages.length).toBe(1);
  const [page] = pages as [string];
  for (const topic of topics) {
    expect(page).toContain(squash(topic.name));
    expect(page).toContain(squash(topic.description));
  }
  for (const format of taxonomy('formats')) expect(page).toContain(squash(format.name));
  expect(page).toContain('不记名');
  expect(page).toContain('其他意见和建议');
});
