import type { ModuleFrontmatter } from '../../../schemas/module.ts';
import type { Group, Stage } from '../../../schemas/taxonomy.ts';
import { roundHours, sumHours } from '../../modules/hours.ts';
import { orderByPrerequisites } from './order.ts';

export interface PathSection<T> {
  stage: Stage;
  modules: T[];
  /** 学时 of this stage's modules. */
  hours: number;
}

export interface StudyPath<T> {
  group: Group;
  /** One section per stage that has modules for the group, in stage order. */
  sections: PathSection<T>[];
  /** Every module of the path, in study order. */
  modules: T[];
  totalHours: number;
  requiredHours: number;
  /** 学时 still missing to reach the yearly requirement; 0 when it is reached. */
  shortfall: number;
}

const hoursOf = (modules: readonly { data: ModuleFrontmatter }[]) =>
  sumHours(modules.map(({ data }) => data));

/**
 * A member group's study path: its modules by stage, then by prerequisites, then by code,
 * with 学时 per stage and in total against the group's yearly requirement. Modules are content
 * entries (or anything with `data`) and come back untouched, so pages render them directly.
 */
export function createStudyPath<T extends { data: ModuleFrontmatter }>(
  group: Group,
  modules: readonly T[],
  stages: readonly Stage[],
): StudyPath<T> {
  const mine = modules.filter((module) => module.data.groups.includes(group.id));
  const sections = [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const inStage = orderByPrerequisites(mine.filter((module) => module.data.stage === stage.id));
      return { stage, modules: inStage, hours: hoursOf(inStage) };
    })
    .filter((section) => section.modules.length > 0);
  const ordered = sections.flatMap((section) => section.modules);
  const totalHours = hoursOf(ordered);
  const shortfall = Math.max(0, roundHours(group.requiredHours - totalHours));
  return { group, sections, modules: ordered, totalHours, requiredHours: group.requiredHours, shortfall };
}
