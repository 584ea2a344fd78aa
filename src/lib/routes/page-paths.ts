/**
 * The `getStaticPaths` results of routes that share params, built once from the curriculum so
 * pages stay one line each and infer their props (`InferGetStaticPropsType`). Items flow through
 * untouched: a page gets the entry or path it renders, never a code to look up again. Params come
 * from routes.ts, so a page is written exactly where links point.
 */
import type { PaginateFunction } from 'astro';
import type { ModuleFrontmatter } from '../../schemas/module.ts';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS, termIdsOf, type Taxonomy } from '../../schemas/taxonomy-kinds.ts';
import { sumHours } from '../modules/hours.ts';
import { moduleSlug, shortLinkSlug } from './routes.ts';
import { CADENCES } from '../plans/schedule/create-schedule.ts';
import type { Cadence } from '../plans/schedule/types.ts';

/** `/modules/<code>/`, with the module's place in curriculum order for sorting search results. */
export function modulePages<T extends { data: Pick<ModuleFrontmatter, 'code'> }>(modules: readonly T[]) {
  return modules.map((module, order) => ({
    params: { id: moduleSlug(module.data.code) },
    props: { module, order },
  }));
}

/** `/paths/<group>/` and the pages under it (schedule, record, path.json). */
export function studyPathPages<P extends { group: { id: string } }>(paths: readonly P[]) {
  return paths.map((path) => ({ params: { group: path.group.id }, props: { path } }));
}

/**
 * `/qr/<code>.svg`: the QR image of every module and path page that shows one, for each code
 * whose short link may be printed (none while the site origin is local or a placeholder).
 */
export function qrImagePages(codes: readonly { code: string; link: string | undefined }[]) {
  return codes.flatMap(({ code, link }) =>
    link ? [{ params: { code: shortLinkSlug(code) }, props: { link } }] : [],
  );
}

/** `/paths/<group>/<cadence>.ics`: one calendar per path and cadence. */
export function studyPathCalendarPages<P extends { group: { id: string } }>(paths: readonly P[]) {
  const cadences = Object.keys(CADENCES) as Cadence[];
  return paths.flatMap((path) =>
    cadences.map((cadence) => ({ params: { group: path.group.id, cadence }, props: { path, cadence } })),
  );
}

/** `/<segment>/`: the browse page of each taxonomy kind. */
export function facetPages() {
  return TAXONOMY_KIND_IDS.map((facet) => ({
    params: { facet: TAXONOMY_KINDS[facet].segment },
    props: { facet },
  }));
}

/**
 * `/<segment>/<term>/` and its later pages: each term's modules, paginated so that no landing page
 * grows without bound as the curriculum does.
 */
export function termPages<T extends { data: ModuleFrontmatter }>(
  modules: readonly T[],
  taxonomy: Taxonomy,
  paginate: PaginateFunction,
  pageSize: number,
) {
  return TAXONOMY_KIND_IDS.flatMap((facet) =>
    taxonomy[facet].flatMap(({ id, name, description }) => {
      const tagged = modules.filter((module) => termIdsOf(module.data, facet).includes(id));
      return paginate(tagged, {
        pageSize,
        params: { facet: TAXONOMY_KINDS[facet].segment, term: id },
        props: {
          facet,
          term: { id, name, description },
          totalHours: sumHours(tagged.map(({ data }) => data)),
        },
      });
    }),
  );
}
