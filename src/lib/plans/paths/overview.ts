import type { Stage } from '../../../schemas/taxonomy.ts';
import type { StudyPath } from './study-path.ts';

export interface OverviewCell {
  stageId: string;
  count: number;
  hours: number;
}

export interface OverviewRow<T> {
  path: StudyPath<T>;
  cells: OverviewCell[];
}

/** Groups × stages: the number of modules and 学时 in each cell, zero where a stage is empty. */
export function createOverview<T>(
  paths: readonly StudyPath<T>[],
  stages: readonly Stage[],
): OverviewRow<T>[] {
  return paths.map((path) => ({
    path,
    cells: stages.map((stage) => {
      const section = path.sections.find((s) => s.stage.id === stage.id);
      return { stageId: stage.id, count: section?.modules.length ?? 0, hours: section?.hours ?? 0 };
    }),
  }));
}
