import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createCycleTable } from '../../../../src/lib/plans/cycle-table.ts';
import { resolvePlans, type PlanInput } from '../../../../src/lib/plans/resolve.ts';
import { PlanSchema } from '../../../../src/schemas/plan.ts';
import { makeEntry, makeGroup, stages } from '../../../helpers/modules.ts';

const group = makeGroup({ requiredHours: 6 });
const topics = [{ id: 'theory' }, { id: 'party-spirit' }];
const modules = [
  makeEntry({ code: 'LL-001', hours: 2, stage: 'empowerment' }),
  makeEntry({ code: 'LL-002', hours: 2 }),
  makeEntry({ code: 'LL-003', hours: 2 }),
  makeEntry({ code: 'DX-001', hours: 2, topic: 'party-spirit' }),
  makeEntry({ code: 'DX-002', hours: 2, topic: 'party-spirit', prerequisites: ['LL-003'] }),
  makeEntry({ code: 'DX-003', hours: 2, topic: 'party-spirit', status: 'draft' }),
  makeEntry({ code: 'ZS-001', hours: 2, groups: ['backbone'] }),
];
type Module = (typeof modules)[number];
const input = (over: Partial<PlanInput<Module>> = {}): PlanInput<Module> => ({
  modules,
  taxonomy: { groups: [group], stages, topics },
  plans: [],
  settings: { plan: { year: 2027 }, rotation: { years: 1, startYear: 2027 } },
  ...over,
});
const codes = (entries: readonly { data: { code: string } }[]) => entries.map(({ data }) => data.code);
const required = (plan: { required: { entry: { data: { code: string } } }[] }) =>
  codes(plan.required.map(({ entry }) => entry));

describe('resolvePlans', () => {
  test('without a plan file, the default plan meets the requirement and the rest are electives', () => {
    const [plan] = resolvePlans(input());
    assert.equal(plan!.origin, 'default');
    // Study order: stage by stage (LL-001 is in the second stage).
    assert.deepEqual(required(plan!), ['DX-001', 'LL-002', 'LL-001']);
    assert.deepEqual(codes(plan!.electives), ['LL-003', 'DX-002']);
    assert.equal(plan!.requiredHours, 6);
    assert.equal(plan!.shortfall, 0);
    assert.deepEqual(plan!.cycle, { years: 1, startYear: 2027, index: 1 });
    assert.match(plan!.version, /^2027-[0-9A-F]{4}$/);
  });

  test("a plan file's entry is taken as written, with months giving their quarter and the year's themes", () => {
    const plan = PlanSchema.parse({
      themes: [{ quarter: 2, theme: '改革' }],
      groups: { ordinary: { required: ['LL-003', { code: 'DX-002', month: 5 }], electives: ['LL-001'] } },
    });
    const [resolved] = resolvePlans(input({ plans: [{ year: 2027, plan }] }));
    assert.equal(resolved!.origin, 'file');
    assert.deepEqual(
      resolved!.required.map(({ entry, quarter, month }) => [entry.data.code, quarter, month]),
      [
        ['LL-003', undefined, undefined],
        ['DX-002', 2, 5],
      ],
    );
    assert.deepEqual(codes(resolved!.electives), ['LL-001']);
    assert.deepEqual(resolved!.themes, [undefined, '改革', undefined, undefined]);
    assert.equal(resolved!.shortfall, 2);
  });

  test('a plan file that leaves electives out makes every other module of the group an elective', () => {
    const plan = PlanSchema.parse({ groups: { ordinary: { required: ['LL-003'] } } });
    const [resolved] = resolvePlans(input({ plans: [{ year: 2027, plan }] }));
    assert.deepEqual(codes(resolved!.electives), ['LL-001', 'LL-002', 'DX-001', 'DX-002']);
  });

  test('the version changes with the required set and the year, not with electives', () => {
    const [a] = resolvePlans(input());
    const [b] = resolvePlans(input({ modules: [...modules, makeEntry({ code: 'LL-009', hours: 1 })] }));
    const [c] = resolvePlans(
      input({ settings: { plan: { year: 2028 }, rotation: { years: 1, startYear: 2027 } } }),
    );
    assert.equal(a!.version, b!.version);
    assert.notEqual(a!.version.slice(5), '');
    assert.equal(c!.version.slice(0, 4), '2028');
  });
});

describe('rotation', () => {
  const rotation = (startYear = 2027) => ({ plan: { year: 2027 }, rotation: { years: 3, startYear } });

  test('every published module of the group is required once in the cycle', () => {
    const { years, rows } = createCycleTable(input({ settings: rotation() }));
    assert.deepEqual(years, [2027, 2028, 2029]);
    const slices = rows[0]!.slices.map((slice) => codes(slice.modules));
    assert.deepEqual(slices, [['DX-001', 'LL-002', 'LL-001'], ['LL-003', 'DX-002'], []]);
    assert.deepEqual(
      rows[0]!.slices.map((slice) => slice.hours),
      [6, 4, 0],
    );
    assert.deepEqual(rows[0]!.unscheduled, []);
  });

  test("a year with a plan file is frozen; the other years share what it leaves, and it decides that year's plan", () => {
    const plan = PlanSchema.parse({ groups: { ordinary: { required: ['LL-001', 'LL-003', 'DX-002'] } } });
    const settings = { ...rotation(), plan: { year: 2028 } };
    const withFile = input({ settings, plans: [{ year: 2027, plan }] });
    const { rows } = createCycleTable(withFile);
    assert.deepEqual(
      rows[0]!.slices.map((slice) => [slice.origin, codes(slice.modules)]),
      [
        ['file', ['LL-001', 'LL-003', 'DX-002']],
        ['default', ['DX-001', 'LL-002']],
        ['default', []],
      ],
    );
    const [plan2028] = resolvePlans(withFile);
    assert.deepEqual(plan2028!.cycle, { years: 3, startYear: 2027, index: 2 });
    assert.deepEqual(required(plan2028!), ['DX-001', 'LL-002']);
  });

  test('a module added later does not change the years already filled', () => {
    const before = createCycleTable(input({ settings: rotation() })).rows[0]!.slices.map((s) =>
      codes(s.modules),
    );
    const added = [...modules, makeEntry({ code: 'LL-004', hours: 2 })];
    const after = createCycleTable(input({ modules: added, settings: rotation() })).rows[0]!.slices.map((s) =>
      codes(s.modules),
    );
    assert.deepEqual(after.slice(0, 1), before.slice(0, 1));
    assert.ok(after.flat().includes('LL-004'));
  });
});
