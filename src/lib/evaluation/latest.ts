/**
 * Which committed evaluation file the build shows. /maintainers/ judges the modules by the latest
 * year that evaluated any (a newer file holding only a needs survey does not hide them); a
 * module's lecturer edition shows the latest year that evaluated that module.
 */
import { toModuleEvaluation, type EvaluationFile } from './evaluation-file.ts';
import type { ModuleEvaluation } from './module-evaluation.ts';

/** A checked evaluation file: its project-relative path, year and content. */
export interface EvaluationYearFile {
  file: string;
  year: number;
  data: EvaluationFile;
}

/** The latest file with at least one module, or undefined. */
export function latestEvaluationFile<T extends EvaluationYearFile>(files: readonly T[]): T | undefined {
  return files
    .filter((file) => file.data.modules.length > 0)
    .reduce<T | undefined>((latest, file) => (!latest || file.year > latest.year ? file : latest), undefined);
}

/** A module's evaluation from the latest file that has it, with where it came from. */
export function latestModuleEvaluation(
  files: readonly EvaluationYearFile[],
  code: string,
): { file: string; year: number; evaluation: ModuleEvaluation } | undefined {
  let found: { file: string; year: number; evaluation: ModuleEvaluation } | undefined;
  for (const file of files) {
    const entry = file.data.modules.find((item) => item.module === code);
    if (entry && (!found || file.year > found.year))
      found = { file: file.file, year: file.year, evaluation: toModuleEvaluation(entry) };
  }
  return found;
}
