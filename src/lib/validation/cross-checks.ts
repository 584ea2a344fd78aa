import type { TaxonomyKind } from '../../schemas/taxonomy.ts';
import { findCycles } from '../graph.ts';
import { codePrefix, nextCode } from '../module-codes.ts';
import type { ContentIssue } from './issue.ts';
import { kindNames, messages } from './messages.ts';
import type { ModuleRecord, TaxonomyRecord } from './records.ts';

/**
 * Rules that span entries: references into the taxonomy, unique codes, prerequisites
 * (existing, published, acyclic) and the tier coverage of each group.
 * Astro's own `reference()` only logs a missing entry, so these are checked here.
 */
export function checkModuleRelations(modules: ModuleRecord[], { taxonomy }: TaxonomyRecord): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = (kind: TaxonomyKind) => new Map(taxonomy[kind].map((term) => [term.id, term.name]));
  const known = {
    tiers: ids('tiers'),
    groups: ids('groups'),
    stages: ids('stages'),
    topics: ids('topics'),
    formats: ids('formats'),
  };
  const allowedTerms = (kind: TaxonomyKind) =>
    [...known[kind]].map(([id, name]) => `${id}（${name}）`).join(', ');

  const stageRank = new Map(taxonomy.stages.map((stage) => [stage.id, stage.order]));
  const stageOrder = (id: string) => stageRank.get(id) ?? 0;

  const byCode = new Map<string, ModuleRecord>();
  for (const module of modules) {
    const { data, file, lineOf } = module;
    const issue = (path: PropertyKey[], fields: Pick<ContentIssue, 'code' | 'message' | 'allowed'>) =>
      issues.push({ file, line: lineOf(path), field: fieldName(path), severity: 'error', ...fields });

    const references: [keyof typeof known, PropertyKey[], string][] = [
      ...data.tiers.map((id, i): [TaxonomyKind, PropertyKey[], string] => ['tiers', ['tiers', i], id]),
      ...data.groups.map((id, i): [TaxonomyKind, PropertyKey[], string] => ['groups', ['groups', i], id]),
      ['stages', ['stage'], data.stage],
      ['topics', ['topic'], data.topic],
      ['formats', ['format'], data.format],
    ];
    for (const [kind, path, id] of references) {
      if (!known[kind].has(id)) {
        issue(path, {
          code: 'unknown-reference',
          message: messages.unknownReference(kindNames[kind], id),
          allowed: allowedTerms(kind),
        });
      }
    }

    data.groups.forEach((groupId, i) => {
      const group = taxonomy.groups.find((g) => g.id === groupId);
      if (!group || group.tiers.some((tier) => data.tiers.includes(tier))) return;
      const tierNames = group.tiers.map((tier) => known.tiers.get(tier) ?? tier).join('/');
      issue(['groups', i], {
        code: 'tier-group-mismatch',
        message: messages.tierGroupMismatch(group.name, tierNames),
        allowed: `在 tiers 中加入 ${group.tiers.join(' 或 ')}，或换一个分类`,
      });
    });

    const first = byCode.get(data.code);
    if (first) {
      issue(['code'], {
        code: 'duplicate-code',
        message: messages.duplicateCode(data.code, first.file),
        allowed: `下一个可用编号 ${nextFreeCode(data.code, modules)}`,
      });
    } else {
      byCode.set(data.code, module);
    }
  }

  const stageName = (id: string) => known.stages.get(id) ?? id;
  /** What is wrong with one prerequisite of `module`, if anything. */
  const prerequisiteProblem = (module: ModuleRecord, code: string) => {
    const target = byCode.get(code);
    if (!target) {
      return {
        code: 'prerequisite-missing' as const,
        message: messages.prerequisiteMissing(code),
        allowed: sampleCodes(byCode),
      };
    }
    if (target.data.status === 'draft' && module.data.status === 'published') {
      return {
        code: 'prerequisite-draft' as const,
        message: messages.prerequisiteDraft(code),
        allowed: '已发布（published）的模块编号',
      };
    }
    if (stageOrder(target.data.stage) > stageOrder(module.data.stage)) {
      const message = messages.prerequisiteLaterStage(
        code,
        stageName(target.data.stage),
        stageName(module.data.stage),
      );
      return { code: 'prerequisite-later-stage' as const, message, allowed: '同一阶段或更早阶段的模块' };
    }
    return undefined;
  };
  for (const module of modules) {
    module.data.prerequisites.forEach((code, i) => {
      const problem = prerequisiteProblem(module, code);
      if (!problem) return;
      issues.push({
        file: module.file,
        line: module.lineOf(['prerequisites', i]),
        field: `prerequisites[${i}]`,
        severity: 'error',
        ...problem,
      });
    });
  }

  const graph = new Map([...byCode].map(([code, module]) => [code, module.data.prerequisites]));
  for (const cycle of findCycles(graph)) {
    const module = byCode.get(cycle[0]!)!;
    issues.push({
      file: module.file,
      line: module.lineOf(['prerequisites']),
      field: 'prerequisites',
      code: 'prerequisite-cycle',
      message: messages.prerequisiteCycle(cycle),
      allowed: '先修模块必须在本模块之前学习，不能互相依赖',
      severity: 'error',
    });
  }
  return issues;
}

/** The code to suggest instead of a duplicate (see `nextCode` for why gaps are not offered). */
export function nextFreeCode(code: string, modules: ModuleRecord[]): string {
  const codes = modules.map((module) => module.data.code);
  return nextCode(codePrefix(code), codes) ?? `${codePrefix(code)} 开头的编号已用完，请换一个前缀`;
}

export function sampleCodes(byCode: Map<string, ModuleRecord>): string {
  const codes = [...byCode.keys()].sort();
  return codes.length > 8
    ? `${codes.slice(0, 8).join(', ')} …（共 ${codes.length} 个）`
    : codes.join(', ') || '（暂无模块）';
}

function fieldName(path: PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('')
    .replace(/^\./, '');
}
