import { findCycles } from '../graph.ts';
import { codePrefix, nextCode } from '../module-codes.ts';
import { pointsAtDraft } from '../publication.ts';
import type { TaxonomyRecord } from '../content-files/taxonomy.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleRecord } from './records.ts';
import { checkTaxonomyReferences } from './reference-checks.ts';

/**
 * Rules that span entries: references into the taxonomy, unique codes and prerequisites
 * (existing, published, not in a later stage, acyclic).
 */
export function checkModuleRelations(modules: ModuleRecord[], taxonomy: TaxonomyRecord): ContentIssue[] {
  const issues = checkTaxonomyReferences(modules, taxonomy);
  const byCode = new Map<string, ModuleRecord>();
  for (const module of modules) {
    const first = byCode.get(module.data.code);
    if (!first) {
      byCode.set(module.data.code, module);
      continue;
    }
    const at = { file: module.file, line: module.lineOf(['code']), field: 'code' };
    const facts = {
      code: module.data.code,
      otherFile: first.file,
      next: nextFreeCode(module.data.code, modules),
    };
    issues.push(createIssue('duplicate-code', at, facts));
  }
  return [...issues, ...checkPrerequisites(modules, byCode, taxonomy)];
}

function checkPrerequisites(
  modules: ModuleRecord[],
  byCode: Map<string, ModuleRecord>,
  { taxonomy }: TaxonomyRecord,
): ContentIssue[] {
  const stages = new Map(taxonomy.stages.map((stage) => [stage.id, stage]));
  const stageOrder = (id: string) => stages.get(id)?.order ?? 0;
  const stageName = (id: string) => stages.get(id)?.name ?? id;
  const issues: ContentIssue[] = [];
  for (const module of modules) {
    module.data.prerequisites.forEach((code, i) => {
      const at = {
        file: module.file,
        line: module.lineOf(['prerequisites', i]),
        field: `prerequisites[${i}]`,
      };
      const target = byCode.get(code);
      if (!target) {
        issues.push(createIssue('prerequisite-missing', at, { code, known: sampleCodes(byCode) }));
      } else if (pointsAtDraft(module.data, target.data)) {
        issues.push(createIssue('prerequisite-draft', at, { code }));
      } else if (stageOrder(target.data.stage) > stageOrder(module.data.stage)) {
        const stage = stageName(target.data.stage);
        const ownStage = stageName(module.data.stage);
        issues.push(createIssue('prerequisite-later-stage', at, { code, stage, ownStage }));
      }
    });
  }
  const graph = new Map([...byCode].map(([code, module]) => [code, module.data.prerequisites]));
  for (const cycle of findCycles(graph)) {
    const module = byCode.get(cycle[0]!)!;
    const at = { file: module.file, line: module.lineOf(['prerequisites']), field: 'prerequisites' };
    issues.push(createIssue('prerequisite-cycle', at, { cycle }));
  }
  return issues;
}

/** The code to suggest instead of a duplicate (see `nextCode` for why gaps are not offered). */
export function nextFreeCode(code: string, modules: ModuleRecord[]): string {
  const codes = modules.map((module) => module.data.code);
  return nextCode(codePrefix(code), codes) ?? `${codePrefix(code)} 开头的编号已用完，请换一个前缀`;
}

/** Up to eight existing codes, for the `(允许: …)` part of a message about an unknown code. */
export function sampleCodes(byCode: ReadonlyMap<string, unknown>): string {
  const codes = [...byCode.keys()].sort();
  return codes.length > 8
    ? `${codes.slice(0, 8).join(', ')} …（共 ${codes.length} 个）`
    : codes.join(', ') || '（暂无模块）';
}
