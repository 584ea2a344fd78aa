import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, stringify } from 'devalue';
import { createPackPlan } from '../../../../src/lib/packs/plan.ts';
import { modulePrintPages, pathPrintPages } from '../../../../src/lib/packs/print-pages.ts';
import { makeEntry, makeGroup } from '../../../helpers/modules.ts';
import { makePlan } from '../../../helpers/plans.ts';
import { pageWrittenBy } from '../../../helpers/route-files.ts';

const modules = [makeEntry({ code: 'DX-001' }), makeEntry({ code: 'ZS-004' })];
const paths = [makePlan(makeGroup(), modules), makePlan(makeGroup({ id: 'nobody' }), [])];
const plan = createPackPlan(modules, paths);

test('the print routes write exactly the pages the pack plan prints from', () => {
  const written = [
    ...modulePrintPages(plan).map(({ params }) =>
      pageWrittenBy('print/modules/[id]/[...edition].astro', params),
    ),
    ...pathPrintPages(plan).map(({ params }) => pageWrittenBy('print/paths/[group]/[...kind].astro', params)),
  ].map((folder) => `${folder}index.html`);
  assert.deepEqual(written.toSorted(), plan.map((pack) => pack.source).toSorted());
});

test('each print page gets the entry or path it prints, untouched', () => {
  assert.deepEqual(
    modulePrintPages(plan).map(({ props }) => [props.module.data.code, props.edition]),
    [
      ['DX-001', 'member'],
      ['DX-001', 'lecturer'],
      ['ZS-004', 'member'],
      ['ZS-004', 'lecturer'],
    ],
  );
  assert.equal(modulePrintPages(plan)[0]!.props.module, modules[0]);
  assert.deepEqual(
    pathPrintPages(plan).map(({ props }) => [props.plan.group.id, props.print]),
    [
      ['ordinary', 'pack'],
      ['ordinary', 'poster'],
    ],
  );
  assert.equal(pathPrintPages(plan)[0]!.props.plan, paths[0]);
});

test('print page props reach a render thread as they were (parallelPrerender serializes them with devalue)', () => {
  for (const { props } of [...modulePrintPages(plan), ...pathPrintPages(plan)]) {
    assert.deepEqual(parse(stringify(props)), props);
  }
});
