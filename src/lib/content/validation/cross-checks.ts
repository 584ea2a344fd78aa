import { findCycles } from '../graph.ts';
import { codePrefix, nextCode } from '../../modules/module-codes.ts';
import { isPublished, pointsAtDraft, publishedOnly } from '../../modules/publication.ts';
import type { TaxonomyRecord } from '../files/taxonomy.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleFacts } from './records.ts';
import { checkTaxonomyReferences } from './reference-checks.ts';

/**
 * Rules that span entries: references into the taxonomy, unique codes and prerequisites
 * (existing, published, not in a later stage, acyclic). Modules whose frontmatter failed take
 * part with the fields that did parse, so their other mistakes show up in the same run.
 */
export function checkModuleRelations(
  modules: readonly ModuleFacts[],
  taxonomy: TaxonomyRecord,
): ContentIssue[] {
  const issues = checkTaxonomyReferences(modules, taxonomy);
  const byCode = new Map<string, ModuleFacts>();
  // Published modules claim their code first: their code may be printed already, so a draft
  // that reuses it is the one to renumber, wherever its file sorts.
  for (const module of [...publishedOnly(modules), ...modules.filter((m) => !isPublished(m.data))]) {
    const { code } = module.data;
    if (code === undefined) continue;
    const first = byCode.get(code);
    if (!first) {
      byCode.set(code, module);
      continue;
    }
    const at = { file: module.file, line: module.lineOf(['code']), field: 'code' };
    const facts = { code, otherFile: first.file, next: nextFreeCode(code, modules) };
    issues.push(createIssue('duplicate-code', at, facts));
  }
  return [...issues, ...checkPrerequisites(modules, byCode, taxonomy)];
}

function checkPrerequisites(
  modules: readonly ModuleFacts[],
  byCode: Map<string, ModuleFacts>,
  { taxonomy }: TaxonomyRecord,
): ContentIssue[] {
  const stages = new Map(taxonomy.stages.map((stage) => [stage.id, stage]));
  // A stage that failed the schema orders as 0, so it never makes a prerequisite look later.
  const stageOrder = (id: string | undefined) => (id === undefined ? 0 : (stages.get(id)?.order ?? 0));
  const stageName = (id: string) => stages.get(id)?.name ?? id;
  const issues: ContentIssue[] = [];
  for (const module of modules) {
    (module.data.prerequisites ?? []).forEach((code, i) => {
      const at = {
        file: module.file,
        line: module.lineOf(['prerequisites', i]),
        field: `prerequisites[${i}]`,
      };
      const target = byCode.get(code);
      if (!target) {
        issues.push(createIssue('prerequisite-missing', at, { code, known: sampleCodes(byCode) }));
      } else if (target.data.status && pointsAtDraft(module.data, target.data)) {
        issues.push(createIssue('prerequisite-draft', at, { code }));
      } else if (stageOrder(target.data.stage) > stageOrder(module.data.stage)) {
        const stage = stageName(target.data.stage!);
        const ownStage = stageName(module.data.stage!);
        issues.push(createIssue('prerequisite-later-stage', at, { code, stage, ownStage }));
      }
    });
  }
  const graph = new Map([...byCode].map(([code, module]) => [code, module.data.prerequisites ?? []]));
  for (const cycle of findCycles(graph)) {
    const module = byCode.get(cycle[0]!)!;
    const at = { file: module.file, line: module.lineOf(['prerequisites']), field: 'prerequisites' };
    issues.push(createIssue('prerequisite-cycle', at, { cycle }));
  }
  return issues;
}

/** The code to suggest instead of a duplicate (see `nextCode` for why gaps are not offered). */
export function nextFreeCode(code: string, modules: readonly ModuleFacts[]): string {
  const codes = modules.flatMap((module) => module.data.code ?? []);
  return nextCode(codePrefix(code), codes) ?? `${codePrefix(code)} 开头的编号已用完，请换一个前缀`;
}

/** Up to eight existing codes, for the `(允许: …)` part of a message about an unknown code. */
export function sampleCodes(byCode: ReadonlyMap<string, unknown>): string {
  const codes = [...byCode.keys()].sort();
  return codes.length > 8
    ? `${codes.slice(0, 8).join(', ')} …（共 ${codes.length} 个）`
    : codes.join(', ') || '（暂无模块）';
}
