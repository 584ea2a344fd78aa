import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Group, Stage } from '../../schemas/taxonomy.ts';
import { sumHours } from '../facets.ts';
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

/**
 * A member group's study path: its modules by stage, then by prerequisites, then by code,
 * with 学时 per stage and in total against the group's yearly requirement.
 */
export function createStudyPath<T extends ModuleFrontmatter>(
  group: Group,
  modules: readonly T[],
  stages: readonly Stage[],
): StudyPath<T> {
  const mine = modules.filter((module) => module.groups.includes(group.id));
  const sections = [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const inStage = orderByPrerequisites(mine.filter((module) => module.stage === stage.id));
      return { stage, modules: inStage, hours: sumHours(inStage) };
    })
    .filter((section) => section.modules.length > 0);
  const ordered = sections.flatMap((section) => section.modules);
  const totalHours = sumHours(ordered);
  const shortfall = Math.max(0, Math.round((group.requiredHours - totalHours) * 100) / 100);
  return { group, sections, modules: ordered, totalHours, requiredHours: group.requiredHours, shortfall };
}
