/**
 * Every URL shape of the site, in one pure module: pages, print pages, packs, short links and the
 * anchors of a module page. Builders in `sitePaths` return paths relative to the site root (what
 * the pack plan and the PDF renderer use); `createRoutes(base)` prefixes them with the base path
 * (what links use). Only `src/site-routes.ts` binds the configured base. Old shapes of printed
 * links (short links, `/modules/<code>/`) must stay valid forever: change them only by adding.
 */

/** `training`, `/training` and `/training/` all become `/training/`; '' and '/' become '/'. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The one spelling of a code or id in a URL, and so the key two of them are compared by: NFKC
 * (a full-width `ＤＸ` is `DX`) then lower case, as a phone or a case-insensitive disk would see
 * them. Module slugs, short links and QR anchors all go through here; two values that give the
 * same segment share one URL.
 */
export function urlSegment(code: string): string {
  return code.normalize('NFKC').toLowerCase();
}

/** A module code's URL segment, also the id of its content entry: `DX-001` → `dx-001`. */
export function moduleSlug(code: string): string {
  return urlSegment(code);
}

/**
 * A registered code's short-link segment: `/q/dx-001/`, `/q/activist/`. Both the `/q/<code>/`
 * route and the printed QR payload go through here; changing it breaks every printed code.
 */
export function shortLinkSlug(code: string): string {
  return urlSegment(code);
}

/**
 * Ids a module page renders around its body (Starlight's title, the footer lists, the QR section),
 * so links to them can be checked. Components write these ids; the link checker accepts them.
 */
export const MODULE_ANCHORS = {
  top: '_top',
  discussion: 'discussion-questions',
  materials: 'materials',
  prerequisites: 'prerequisites',
  share: 'share',
} as const;

export type ModuleAnchor = (typeof MODULE_ANCHORS)[keyof typeof MODULE_ANCHORS];

/** Id of the enlargeable QR figure of a module or path, e.g. `qr-dx-001`. */
export function qrAnchor(code: string): string {
  return `qr-${urlSegment(code)}`;
}

/** Id of a stage's section on a study path page, e.g. `stage-empowerment`. */
export function stageAnchor(stageId: string): string {
  return `stage-${stageId}`;
}

type ModuleLists = {
  code: string;
  discussion: readonly unknown[];
  materials: readonly unknown[];
  prerequisites: readonly unknown[];
};

/** Ids of the footer lists a module page shows, each only when the module fills that list. */
export function moduleSectionAnchors(module: ModuleLists): string[] {
  return [
    ...(module.discussion.length ? [MODULE_ANCHORS.discussion] : []),
    ...(module.materials.length ? [MODULE_ANCHORS.materials] : []),
    ...(module.prerequisites.length ? [MODULE_ANCHORS.prerequisites] : []),
  ];
}

/** Every id a module's page has besides its body headings: a link may point at any of them. */
export function moduleAnchors(module: ModuleLists): string[] {
  return [MODULE_ANCHORS.top, ...moduleSectionAnchors(module), MODULE_ANCHORS.share, qrAnchor(module.code)];
}

/** The two printed editions of a module; the member edition is the module's plain print page. */
export type ModuleEdition = 'member' | 'lecturer';
/** The two prints of a study path: the full pack and the A4 QR poster. */
export type PathPrint = 'pack' | 'poster';

/** Params of `src/pages/print/modules/[id]/[...edition].astro`. */
export function printModuleParams(code: string, edition: ModuleEdition) {
  return { id: moduleSlug(code), edition: edition === 'member' ? undefined : edition };
}

/** Params of `src/pages/print/paths/[group]/[...kind].astro`. */
export function printPathParams(groupId: string, print: PathPrint) {
  return { group: groupId, kind: print === 'pack' ? undefined : print };
}

const rest = (segment: string | undefined) => (segment ? `${segment}/` : '');
const PRINT_ROOT = 'print/';
const SHORT_LINK_ROOT = 'q/';
const CATALOG_ROOT = 'modules/';
const PATHS_ROOT = 'paths/';
const BRANCH_PRINT = 'branch/print/';
/** The sheets `/branch/print/` prints: a sign-in sheet, the 年度学习台账, the 上报表. */
export const BRANCH_PRINT_SHEETS = ['signin', 'ledger', 'report'] as const;
export type BranchPrintSheet = (typeof BRANCH_PRINT_SHEETS)[number];
/** The folder under a long list's URL that holds its later pages (`src/pages/<list>/page/[page].astro`). */
const LATER_PAGES = 'page';

/** Every page and file of the site, relative to the site root (no leading slash). */
export const sitePaths = {
  home: () => '',
  /** Any other page, given relative to the root, e.g. `guide/`. */
  page: (path: string) => path,
  module: (code: string, anchor?: ModuleAnchor) =>
    `${CATALOG_ROOT}${moduleSlug(code)}/${anchor ? `#${anchor}` : ''}`,
  catalog: () => CATALOG_ROOT,
  studyPaths: () => PATHS_ROOT,
  /** A study path page, or one stage's section of it. */
  path: (groupId: string, stageId?: string) =>
    `${PATHS_ROOT}${groupId}/${stageId ? `#${stageAnchor(stageId)}` : ''}`,
  pathSchedule: (groupId: string) => `${PATHS_ROOT}${groupId}/schedule/`,
  pathRecord: (groupId: string) => `${PATHS_ROOT}${groupId}/record/`,
  pathCalendar: (groupId: string, cadence: string) => `${PATHS_ROOT}${groupId}/${cadence}.ics`,
  /** The small JSON file the verify page reads to check a completion code. */
  pathData: (groupId: string) => `${PATHS_ROOT}${groupId}/path.json`,
  /** Browse page of a taxonomy kind; `segment` is `TAXONOMY_KINDS[kind].segment`. */
  facet: (segment: string) => `${segment}/`,
  term: (segment: string, termId: string) => `${segment}/${termId}/`,
  /** List page of a registry kind (外训名录, 师资库, 培训班次); `segment` is `REGISTRY_KINDS[kind].segment`. */
  registryList: (segment: string) => `${segment}/`,
  /** One registry entry's page: `venues/jinggangshan/`. */
  registryEntry: (segment: string, id: string) => `${segment}/${id}/`,
  overview: () => 'overview/',
  packs: () => 'packs/',
  maintainers: () => 'maintainers/',
  verify: () => 'verify/',
  /** 培训需求调研: the member ticks the topics they want next year; kept on the device, carried by the code. */
  survey: () => 'survey/',
  /** 支部学习台账: the branch secretary's ledger, kept in the browser only. */
  branch: () => 'branch/',
  /** What the ledger page needs to run offline: the plan year, groups, sessions and published plans. */
  branchData: () => 'branch/data.json',
  /** What the ledger page stores for offline use on a secretary's first visit (write-offline.ts). */
  branchOffline: () => 'branch/offline.json',
  /** 组织部汇总: report files rolled up in the organizer's browser only. */
  rollup: () => 'rollup/',
  /** What the rollup page needs: plan versions, topics beside the plan, module titles, targets. */
  rollupData: () => 'rollup/data.json',
  /** What the rollup page stores for offline use on the organizer's first visit. */
  rollupOffline: () => 'rollup/offline.json',
  /** The page a host serves for a missing path; Astro writes src/pages/404.astro there. */
  notFound: () => '404.html',
  shortLink: (code: string) => `${SHORT_LINK_ROOT}${shortLinkSlug(code)}/`,
  /** The folder of every short link; the service worker reads printed codes under it offline. */
  shortLinks: () => SHORT_LINK_ROOT,
  /** The QR code of a module or path as an image file: pages load it lazily, not inline. */
  qrImage: (code: string) => `qr/${shortLinkSlug(code)}.svg`,
  pagefind: () => 'pagefind/',
  /** The Chinese offline page, also precached as the fallback for any page not saved. */
  offline: () => 'offline/',
  /** The per-page revisions the build writes for saving paths offline. */
  offlineManifest: () => 'offline-manifest.json',
  /** Short-link slug → page, precached by the service worker to open printed codes offline. */
  offlineLinks: () => 'offline-links.json',
  /** The service worker; its scope is the whole site under the base path. */
  serviceWorker: () => 'sw.js',
  /**
   * The web app manifest (public/), so the site can be added to the home screen. Its URLs are
   * relative to itself, so one static file holds under any base path.
   */
  webManifest: () => 'manifest.webmanifest',
  /** The icon iOS puts on the home screen; it reads no manifest icons. */
  appleTouchIcon: () => 'icons/apple-touch-icon.png',
  printModule: (code: string, edition: ModuleEdition) => {
    const { id, edition: segment } = printModuleParams(code, edition);
    return `${PRINT_ROOT}modules/${id}/${rest(segment)}`;
  },
  printPath: (groupId: string, print: PathPrint) => {
    const { group, kind } = printPathParams(groupId, print);
    return `${PRINT_ROOT}paths/${group}/${rest(kind)}`;
  },
  modulePdf: (code: string, edition: ModuleEdition) =>
    `packs/modules/${moduleSlug(code)}${edition === 'member' ? '' : `-${edition}`}.pdf`,
  pathPdf: (groupId: string, print: PathPrint) =>
    `packs/paths/${groupId}${print === 'pack' ? '' : `-${print}`}.pdf`,
  /** A training class's print page and pack (content/classes/<id>.yaml). */
  printClass: (classId: string) => `${PRINT_ROOT}classes/${classId}/`,
  classPdf: (classId: string) => `packs/classes/${classId}.pdf`,
  /** A class's sessions as an iCalendar file, one event per half-day. */
  classCalendar: (classId: string) => `classes/${classId}/calendar.ics`,
  /** The plan year's 外训名录 as a print page and a PDF, one QR code per venue. */
  printVenueList: (year: number | string) => `${PRINT_ROOT}venues/${year}/`,
  venueListPdf: (year: number | string) => `packs/venues-${year}.pdf`,
  /** The folder of every print page; the packs integration removes it once the PDFs exist. */
  printRoot: () => PRINT_ROOT,
  /** The static list `plan.json` the packs integration reads after the build. */
  packPlan: () => `${PRINT_ROOT}plan.json`,
  /**
   * A sheet printed from the branch ledger in this browser: the query names the sheet and, for a
   * sign-in sheet, the sitting (`ordinary/q1-study@b2`); nothing about people is ever in the URL.
   */
  /** The ledger's print view itself, without a sheet chosen. */
  branchPrintPage: () => BRANCH_PRINT,
  branchPrint: (sheet: BranchPrintSheet, sitting?: string) =>
    `${BRANCH_PRINT}?${new URLSearchParams({ sheet, ...(sitting ? { sitting } : {}) }).toString()}`,
} satisfies Record<string, (...args: never[]) => string>;

type SitePaths = typeof sitePaths;

/**
 * Page `pageNumber` of a long list whose first page is the list's own URL (`modules/`,
 * `/training/packs/`) and whose later pages sit under it: `modules/page/2/`. Takes the list's
 * path or its routed URL and keeps whichever it is given.
 */
export function listPagePath(list: string, pageNumber: number): string {
  return pageNumber === 1 ? list : `${list}${LATER_PAGES}/${pageNumber}/`;
}

/**
 * The lecturer guide: hand-written pages under content/pages/guide/, so not one of the generated
 * routes in `sitePaths` (see `generatedRoots`). `guidePage()` is `guide/`, `guidePage('writing')`
 * is `guide/writing/`.
 */
export function guidePage(page?: string): string {
  return page ? `guide/${page}/` : 'guide/';
}

/** The one segment under `root` that `path` names, with its slash: `modules/dx-001/` → `dx-001`. */
function segmentUnder(root: string, path: string): string | undefined {
  if (!path.startsWith(root)) return undefined;
  const segment = path.slice(root.length);
  return /^[^/#?]+\/$/.test(segment) ? segment.slice(0, -1) : undefined;
}

/**
 * The module slug of a page path relative to the site root, the inverse of `sitePaths.module`:
 * `modules/dx-001/` → `dx-001`. Undefined for any other page, the catalog's later pages included.
 */
export function moduleSlugOf(path: string): string | undefined {
  const slug = segmentUnder(sitePaths.catalog(), path);
  return slug === LATER_PAGES ? undefined : slug;
}

/** The group id of a study path page relative to the site root, the inverse of `sitePaths.path`. */
export function studyPathOf(path: string): string | undefined {
  return segmentUnder(sitePaths.studyPaths(), path);
}

/** The sheet and sitting a `/branch/print/` query names, the inverse of `sitePaths.branchPrint`. */
export function branchPrintOf(search: string): { sheet: BranchPrintSheet | undefined; sitting: string } {
  const params = new URLSearchParams(search);
  const sheet = BRANCH_PRINT_SHEETS.find((name) => name === params.get('sheet'));
  return { sheet, sitting: params.get('sitting') ?? '' };
}

/**
 * How a module's page links to another module's page: relative, so the link opens under any base
 * path (`../dx-002/#materials`). What the checker tells lecturers to write.
 */
export function moduleLinkFromModule(code: string, hash = ''): string {
  return `../${sitePaths.module(code).slice(sitePaths.catalog().length)}${hash}`;
}

/** The same builders, each returning a URL under the base path, e.g. `/training/modules/dx-001/`. */
export type Routes = { [K in keyof SitePaths]: (...args: Parameters<SitePaths[K]>) => string } & {
  /** The absolute short link a QR code encodes: `https://host/base/q/dx-001/`. */
  shortLinkUrl(origin: string, code: string): string;
};

/** URL builders for a site served under `base` (`/`, `/training/`, or `training`). */
export function createRoutes(base: string): Routes {
  const root = normalizeBase(base);
  const prefixed =
    (build: (...args: never[]) => string) =>
    (...args: never[]) =>
      root + build(...args);
  // Each builder keeps its parameters; only the return value gains the base, which the mapped
  // type above states and the object built here cannot be checked against by the compiler.
  const routes = Object.fromEntries(
    Object.entries(sitePaths).map(([name, build]) => [name, prefixed(build)]),
  ) as Omit<Routes, 'shortLinkUrl'>;
  return {
    ...routes,
    shortLinkUrl: (origin, code) => `${origin.replace(/\/+$/, '')}${routes.shortLink(code)}`,
  };
}

/** Stands in for every parameter, so a segment that holds one can be told from a fixed one. */
const PARAM = '\u0000';

/**
 * The first URL segments the site writes by itself (`modules`, `q`, `verify`, `sw.js`, `404`, a
 * browse page's segment, and `''` for the home page), read off the builders above so a new route
 * reserves its segment without a second list. A hand-written page at or under one of them would
 * replace a generated page or be replaced by it. `facetSegments` are the browse pages' segments
 * (`TAXONOMY_KINDS[kind].segment`), the one builder whose first segment is a parameter.
 */
export function generatedRoots(facetSegments: readonly string[]): string[] {
  const builders = sitePaths as Record<string, (...args: string[]) => string>;
  const firstSegments = [
    ...Object.values(builders).map((build) => build(PARAM, PARAM, PARAM)),
    ...facetSegments.map((segment) => sitePaths.facet(segment)),
  ].map((path) => path.split(/[/#]/)[0]!);
  // Astro writes the route `/404` as `404.html`: a page at `/404/` is the same route.
  const roots = firstSegments
    .filter((segment) => !segment.includes(PARAM))
    .map((s) => s.replace(/\.html$/, ''));
  return [...new Set(roots)];
}
