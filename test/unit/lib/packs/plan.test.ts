import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillPackSizes } from '../../../../src/lib/packs/fill-sizes.ts';
import { createPackPlan, formatFileSize, packFiles, versionDate } from '../../../../src/lib/packs/plan.ts';
import { makeEntry, makeGroup } from '../../../helpers/modules.ts';
import { makePlan } from '../../../helpers/plans.ts';

const modules = [
  makeEntry({ code: 'DX-001', title: '党史中的国企故事' }),
  makeEntry({ code: 'ZS-004', updated: new Date('2026-09-01') }),
];
const paths = [makePlan(makeGroup(), modules), makePlan(makeGroup({ id: 'nobody' }), [])];

test('each module gets a member and a lecturer pack; each non-empty path a pack and a poster', () => {
  const plan = createPackPlan(modules, paths);
  assert.deepEqual(
    plan.map((pack) => [pack.kind, pack.source, pack.output]),
    [
      ['path', 'print/paths/ordinary/index.html', 'packs/paths/ordinary.pdf'],
      ['poster', 'print/paths/ordinary/poster/index.html', 'packs/paths/ordinary-poster.pdf'],
      ['module', 'print/modules/dx-001/index.html', 'packs/modules/dx-001.pdf'],
      ['lecturer', 'print/modules/dx-001/lecturer/index.html', 'packs/modules/dx-001-lecturer.pdf'],
      ['module', 'print/modules/zs-004/index.html', 'packs/modules/zs-004.pdf'],
      ['lecturer', 'print/modules/zs-004/lecturer/index.html', 'packs/modules/zs-004-lecturer.pdf'],
    ],
  );
  assert.equal(plan[2]!.title, '党史中的国企故事（学习包）');
});

test('the version date of a pack is its newest module', () => {
  assert.equal(
    versionDate(modules.map((module) => module.data))
      ?.toISOString()
      .slice(0, 10),
    '2026-09-01',
  );
  assert.equal(versionDate([]), undefined);
});

test('sizes read the way people say them', () => {
  assert.equal(formatFileSize(146 * 1024), '146 KB');
  assert.equal(formatFileSize(300), '1 KB');
  assert.equal(formatFileSize(1.25 * 1024 * 1024), '1.3 MB');
});

test('pack sizes are written into their placeholders and nowhere else', () => {
  const html =
    '<a><span data-pack-size="packs/modules/dx-001.pdf">A4</span></a><span data-pack-size="packs/x.pdf"></span>';
  assert.equal(
    fillPackSizes(html, { 'packs/modules/dx-001.pdf': 150_000 }),
    '<a><span data-pack-size="packs/modules/dx-001.pdf">146 KB</span></a><span data-pack-size="packs/x.pdf"></span>',
  );
});

test('plan.json carries the files to print, not the entries the print pages render', () => {
  const [first] = packFiles(createPackPlan(modules, paths));
  assert.deepEqual(first, {
    kind: 'path',
    title: '普通党员学习路径学习包',
    source: 'print/paths/ordinary/index.html',
    output: 'packs/paths/ordinary.pdf',
    owner: 'ordinary',
    date: '2026-09-01',
  });
});

test("a pack's PDF date comes from its content, never the clock", () => {
  const plan = createPackPlan(modules, paths);
  const dateOf = (output: string) => plan.find((pack) => pack.output === output)?.date;
  // A path pack and its poster carry the cover's version date: the newest of their modules.
  assert.equal(dateOf('packs/paths/ordinary.pdf'), '2026-09-01');
  assert.equal(dateOf('packs/paths/ordinary-poster.pdf'), '2026-09-01');
  assert.equal(dateOf('packs/modules/zs-004-lecturer.pdf'), '2026-09-01');
  assert.equal(dateOf('packs/modules/dx-001.pdf'), modules[0]!.data.updated.toISOString().slice(0, 10));
});
