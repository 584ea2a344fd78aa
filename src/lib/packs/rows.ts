import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Pack } from './plan.ts';

export const PACK_PAGE_SIZE = 60;

/** Rows for the module-pack table: each module in curriculum order with its two editions. */
export function modulePackRows(curriculum: {
  modules: { data: Pick<ModuleFrontmatter, 'code' | 'title'> }[];
  packsOf(owner: string): Pack[];
}) {
  return curriculum.modules.map(({ data }) => ({
    code: data.code,
    title: data.title,
    packs: curriculum.packsOf(data.code),
  }));
}
