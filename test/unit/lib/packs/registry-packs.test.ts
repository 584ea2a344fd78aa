import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classPrintPages, venueListPrintPages } from '../../../../src/lib/packs/print-pages.ts';
import { createClassPacks, createVenueListPacks } from '../../../../src/lib/packs/registry-packs.ts';
import { VenueSchema } from '../../../../src/schemas/venue.ts';
import { makeEntry } from '../../../helpers/modules.ts';
import { pageWrittenBy } from '../../../helpers/route-files.ts';
import { makeClass } from '../classes/class-fixtures.ts';

const modules = [
  makeEntry({ code: 'LL-001', updated: new Date('2026-09-01') }),
  makeEntry({ code: 'DX-005', updated: new Date('2027-01-10') }),
  makeEntry({ code: 'XS-001', updated: new Date('2026-05-01') }),
];
const venue = VenueSchema.parse({
  name: '红色教育基地',
  kind: 'red-base',
  region: '江西省井冈山市',
  address: '江西省井冈山市茨坪镇',
  highlights: ['革命旧址现场教学'],
});
const classes = [{ id: '2027-rotation-1', data: makeClass() }];
const packs = [
  ...createClassPacks(classes, modules),
  ...createVenueListPacks(2027, [{ id: 'red-base', data: venue }]),
];

test('a class pack prints the modules its sessions teach, in teaching order, dated by the newest', () => {
  const [pack] = createClassPacks(classes, modules);
  assert.deepEqual(
    pack!.modules.map((module) => module.data.code),
    ['LL-001', 'XS-001', 'DX-005'],
  );
  assert.equal(pack!.date, '2027-01-10');
  assert.equal(pack!.output, 'packs/classes/2027-rotation-1.pdf');
  assert.equal(pack!.owner, 'class:2027-rotation-1');
});

test('a module the build leaves out (a draft) is not printed, and a class without modules is dated by its first day', () => {
  const [pack] = createClassPacks(classes, []);
  assert.deepEqual(pack!.modules, []);
  assert.equal(pack!.date, '2027-04-13');
});

test('the 外训名录 is one pack for the year, and none when the plan names no venue', () => {
  const [list] = createVenueListPacks(2027, [{ id: 'red-base', data: venue }]);
  assert.equal(list!.output, 'packs/venues-2027.pdf');
  assert.equal(list!.title, '2027年度外训名录');
  assert.deepEqual(createVenueListPacks(2027, []), []);
});

test('the print routes write exactly the pages these packs print from', () => {
  const written = [
    ...classPrintPages(packs).map(({ params }) => pageWrittenBy('print/classes/[id].astro', params)),
    ...venueListPrintPages(packs).map(({ params }) => pageWrittenBy('print/venues/[year].astro', params)),
  ].map((folder) => `${folder}index.html`);
  assert.deepEqual(written.toSorted(), packs.map((pack) => pack.source).toSorted());
});
