import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, stringify } from 'devalue';
import type { PaginateFunction } from 'astro';
import {
  facetPages,
  modulePages,
  studyPathCalendarPages,
  studyPathPages,
  termPages,
} from '../../../../src/lib/routes/page-paths.ts';
import { createRoutes } from '../../../../src/lib/routes/routes.ts';
import { emptyTaxonomy, TAXONOMY_KINDS } from '../../../../src/schemas/taxonomy-kinds.ts';
import { makeEntry, makeGroup } from '../../../helpers/modules.ts';
import { makePlan } from '../../../helpers/plans.ts';
import { pageWrittenBy } from '../../../helpers/route-files.ts';

const routes = createRoutes('/');
const modules = [
  makeEntry({ code: 'DX-001', topic: 'theory', hours: 1.5 }),
  makeEntry({ code: 'DX-002', topic: 'theory', hours: 1 }),
  makeEntry({ code: 'ZS-001', topic: 'skills', hours: 2 }),
];

test('module pages are written where module links point, in curriculum order', () => {
  const pages = modulePages(modules);
  assert.deepEqual(
    pages.map(({ params }) => `/${pageWrittenBy('modules/[id].astro', params)}`),
    modules.map(({ data }) => routes.module(data.code)),
  );
  assert.deepEqual(
    pages.map(({ props }) => [props.module, props.order]),
    modules.map((module, order) => [module, order]),
  );
});

test('path pages and calendars are written where path links point', () => {
  const paths = [{ group: makeGroup({ id: 'activist' }) }];
  const [page] = studyPathPages(paths);
  assert.equal(`/${pageWrittenBy('paths/[group]/index.astro', page!.params)}`, routes.path('activist'));
  assert.equal(page!.props.path, paths[0]);
  assert.deepEqual(
    studyPathCalendarPages(paths).map(({ params }) => `/paths/${params.group}/${params.cadence}.ics`),
    [routes.pathCalendar('activist', 'quarterly'), routes.pathCalendar('activist', 'monthly')],
  );
});

test('browse pages use each kind’s URL segment and hand the kind to the page', () => {
  assert.deepEqual(
    facetPages().map(({ params, props }) => [params.facet, props.facet]),
    Object.entries(TAXONOMY_KINDS).map(([kind, { segment }]) => [segment, kind]),
  );
});

test('term pages list the modules tagged with the term and their total 学时', () => {
  const taxonomy = emptyTaxonomy();
  taxonomy.topics.push(
    { id: 'theory', name: '理论', nameEn: 'Theory', description: '理论学习', codePrefix: 'LL' },
    { id: 'skills', name: '技能', nameEn: 'Skills', description: '知识技能', codePrefix: 'ZS' },
  );
  // Astro's paginate, reduced to what the pages read: one page with all items.
  const paginate = ((data: readonly unknown[], { params, props }: { params: object; props: object }) => [
    { params: { ...params, page: undefined }, props: { ...props, page: { data } } },
  ]) as unknown as PaginateFunction;
  const pages = termPages(modules, taxonomy, paginate, 40);
  assert.deepEqual(
    pages.map(({ params, props }) => [params.facet, params.term, props.page.data.length, props.totalHours]),
    [
      ['topics', 'theory', 2, 2.5],
      ['topics', 'skills', 1, 2],
    ],
  );
});

test('every page’s props reach a render thread as they were (parallelPrerender serializes them)', () => {
  // Astro's parallel prerender hands each page's props to a worker thread with devalue; props it
  // cannot serialize (functions, class instances) would leave the route to one thread. Dates and
  // plain objects in entries and plans must come back equal.
  const plans = [makePlan(makeGroup({ id: 'activist' }), modules.slice(0, 2), modules.slice(2))];
  const taxonomy = emptyTaxonomy();
  taxonomy.topics.push({ id: 'theory', name: '理论', nameEn: 'Theory', description: '', codePrefix: 'LL' });
  const paginate = ((data: readonly unknown[], { params, props }: { params: object; props: object }) => [
    { params, props: { ...props, page: { data, currentPage: 1, url: { current: '/x/' } } } },
  ]) as unknown as PaginateFunction;
  const pages = [
    ...modulePages(modules),
    ...studyPathPages(plans),
    ...studyPathCalendarPages(plans),
    ...facetPages(),
    ...termPages(modules, taxonomy, paginate, 40),
  ];
  for (const { props } of pages) assert.deepEqual(parse(stringify(props)), props);
});
