import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  branchPrintOf,
  createRoutes,
  generatedRoots,
  guidePage,
  listPagePath,
  moduleAnchors,
  moduleLinkFromModule,
  moduleSectionAnchors,
  moduleSlugOf,
  normalizeBase,
  printModuleParams,
  printPathParams,
  sitePaths,
  studyPathOf,
  urlSegment,
} from '../../../../src/lib/routes/routes.ts';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS } from '../../../../src/schemas/taxonomy-kinds.ts';
import { REGISTRY_KIND_IDS, REGISTRY_KINDS } from '../../../../src/schemas/registry-kinds.ts';
import { projectRoot } from '../../../helpers/content.ts';

test('every spelling of a base path becomes one folder with slashes at both ends', () => {
  for (const base of ['training', '/training', '/training/', 'training/', '//training//']) {
    assert.equal(normalizeBase(base), '/training/');
  }
  assert.equal(normalizeBase('/'), '/');
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase(), '/');
  assert.equal(normalizeBase('/a/b'), '/a/b/');
});

test('links at the root and under a sub-path differ only by the base', () => {
  const atRoot = createRoutes('/');
  const under = createRoutes('training');
  assert.equal(atRoot.module('DX-001'), '/modules/dx-001/');
  assert.equal(under.module('DX-001'), '/training/modules/dx-001/');
  assert.equal(under.module('DX-001', 'share'), '/training/modules/dx-001/#share');
  assert.equal(under.path('activist'), '/training/paths/activist/');
  assert.equal(under.path('activist', 'empowerment'), '/training/paths/activist/#stage-empowerment');
  assert.equal(under.pathCalendar('activist', 'monthly'), '/training/paths/activist/monthly.ics');
  assert.equal(under.pathData('activist'), '/training/paths/activist/path.json');
  assert.equal(under.term('topics', 'theory'), '/training/topics/theory/');
  assert.equal(under.home(), '/training/');
  assert.equal(under.page('guide/'), '/training/guide/');
  assert.equal(atRoot.page(sitePaths.modulePdf('DX-001', 'lecturer')), '/packs/modules/dx-001-lecturer.pdf');
});

test('a printed short link is the origin, the base and the short-link page of the code', () => {
  const routes = createRoutes('/training/');
  assert.equal(routes.shortLink('DX-001'), '/training/q/dx-001/');
  assert.equal(
    routes.shortLinkUrl('https://dangjian.example.cn', 'DX-001'),
    'https://dangjian.example.cn/training/q/dx-001/',
  );
  assert.equal(
    routes.shortLinkUrl('https://dangjian.example.cn/', 'activist'),
    'https://dangjian.example.cn/training/q/activist/',
  );
});

test('print pages sit where their route params put them, the plain edition without a segment', () => {
  assert.deepEqual(printModuleParams('DX-001', 'member'), { id: 'dx-001', edition: undefined });
  assert.deepEqual(printModuleParams('DX-001', 'lecturer'), { id: 'dx-001', edition: 'lecturer' });
  assert.deepEqual(printPathParams('activist', 'poster'), { group: 'activist', kind: 'poster' });
  assert.equal(sitePaths.printModule('DX-001', 'member'), 'print/modules/dx-001/');
  assert.equal(sitePaths.printModule('DX-001', 'lecturer'), 'print/modules/dx-001/lecturer/');
  assert.equal(sitePaths.printPath('activist', 'pack'), 'print/paths/activist/');
  assert.equal(sitePaths.printPath('activist', 'poster'), 'print/paths/activist/poster/');
  assert.equal(sitePaths.pathPdf('activist', 'poster'), 'packs/paths/activist-poster.pdf');
});

test("a module page's anchors: the frame every page has, and footer lists only when filled", () => {
  const empty = { code: 'DX-001', discussion: [], materials: [], prerequisites: [] };
  assert.deepEqual(moduleAnchors(empty), ['_top', 'share', 'qr-dx-001']);
  assert.deepEqual(moduleSectionAnchors(empty), []);
  const full = { ...empty, discussion: ['问题'], materials: ['材料'], prerequisites: ['LL-001'] };
  assert.deepEqual(moduleSectionAnchors(full), ['discussion-questions', 'materials', 'prerequisites']);
  assert.deepEqual(moduleAnchors(full), [
    '_top',
    'discussion-questions',
    'materials',
    'prerequisites',
    'share',
    'qr-dx-001',
  ]);
});

test('a code has one URL spelling: NFKC, then lower case, for slugs, short links and anchors alike', () => {
  assert.equal(urlSegment('DX-001'), 'dx-001');
  assert.equal(urlSegment('ＤＸ-００１'), 'dx-001');
  assert.equal(sitePaths.module('ＤＸ-001'), sitePaths.module('dx-001'));
  assert.equal(sitePaths.shortLink('DX-001'), 'q/dx-001/');
});

test('the generated roots, read off the builders, cover every route file under src/pages', () => {
  const facets = TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind].segment);
  // Registry kinds' lists are generated roots too (page-routes.ts passes both).
  const registries = REGISTRY_KIND_IDS.map((kind) => REGISTRY_KINDS[kind].segment);
  const roots = new Set(generatedRoots([...facets, ...registries]));
  for (const facet of facets) assert.ok(roots.has(facet), facet);
  const routeFiles = readdirSync(join(projectRoot, 'src/pages')).filter((name) => name !== '[facet]');
  assert.ok(routeFiles.length > 10);
  for (const name of routeFiles) {
    const root = name.replace(/\.(astro|ts)$/, '').replace(/^index$/, '');
    assert.ok(roots.has(root), `src/pages/${name} writes under /${root}/, which generatedRoots() misses`);
  }
});

test('a page path names a module or a study path exactly when the builders would write it', () => {
  assert.equal(moduleSlugOf(sitePaths.module('DX-001')), 'dx-001');
  assert.equal(studyPathOf(sitePaths.path('activist')), 'activist');
  for (const other of [
    sitePaths.catalog(),
    listPagePath(sitePaths.catalog(), 2),
    `${sitePaths.catalog()}page/`,
    sitePaths.pathSchedule('activist'),
    sitePaths.printModule('DX-001', 'member'),
    sitePaths.shortLink('DX-001'),
    `${sitePaths.module('DX-001')}index.html`,
  ]) {
    assert.equal(moduleSlugOf(other), undefined, other);
    assert.equal(studyPathOf(other), undefined, other);
  }
});

test('a relative link between module pages opens the target module under any base', () => {
  for (const base of ['/', '/training/']) {
    const from = new URL(createRoutes(base).module('DX-001'), 'https://example.cn');
    const to = new URL(moduleLinkFromModule('DX-002', '#materials'), from);
    assert.equal(to.pathname + to.hash, createRoutes(base).module('DX-002', 'materials'));
  }
});

test('later pages of a list sit under the list, given as a path or as a routed URL', () => {
  assert.equal(listPagePath(sitePaths.catalog(), 1), 'modules/');
  assert.equal(listPagePath(sitePaths.catalog(), 3), 'modules/page/3/');
  assert.equal(listPagePath(createRoutes('/training/').packs(), 2), '/training/packs/page/2/');
  assert.equal(sitePaths.shortLink('DX-001').startsWith(sitePaths.shortLinks()), true);
});

test('the guide is hand-written: a route of its own, never a generated root', () => {
  assert.equal(guidePage(), 'guide/');
  assert.equal(guidePage('writing'), 'guide/writing/');
  const facets = TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind].segment);
  assert.ok(!generatedRoots(facets).includes(guidePage().slice(0, -1)));
});

test('a ledger print address names the sheet and the sitting, and reads back the same', () => {
  const path = sitePaths.branchPrint('signin', 'ordinary/q1-study@b2');
  assert.equal(path, 'branch/print/?sheet=signin&sitting=ordinary%2Fq1-study%40b2');
  assert.deepEqual(branchPrintOf(path.slice(path.indexOf('?'))), {
    sheet: 'signin',
    sitting: 'ordinary/q1-study@b2',
  });
  assert.equal(createRoutes('/training/').branchPrint('report'), '/training/branch/print/?sheet=report');
  assert.deepEqual(branchPrintOf('?sheet=secret'), { sheet: undefined, sitting: '' });
});
