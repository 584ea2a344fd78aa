import { type PathShort, type TierGroupMismatch } from '../issue-facts.ts';
import type { IssueDefinition } from './definition.ts';

/** Problems between entries: references into the taxonomy, codes, prerequisites, and the study paths they add up to. */
export const RELATIONS_ISSUES = {
  'unknown-reference': {
    severity: 'error',
    message: ({ label, id }: { label: string; id: string; allowed: string }) => `未知的${label}「${id}」`,
    hint: ({ allowed }: { allowed: string }) => allowed,
    guide: 'taxonomy',
  },
  'taxonomy-dependents': {
    severity: 'warning',
    message: ({ label, count }: { label: string; count: number }) =>
      `因本文件中的${label}有错误，另有 ${count} 处依赖它的问题暂时无法判断，未逐条列出`,
    hint: '先修正本文件中上面的错误，再运行 npm run check',
    guide: 'taxonomy',
  },
  'duplicate-code': {
    severity: 'error',
    message: ({ code, otherFile }: { code: string; otherFile: string; next: string }) =>
      `编号 ${code} 已被 ${otherFile} 使用，编号不能重复`,
    hint: ({ next }: { next: string }) => `下一个可用编号 ${next}`,
    guide: 'new-module#新文件里有什么',
  },
  'duplicate-id': {
    severity: 'error',
    message: ({ label, id }: { label: string; id: string }) => `${label} id「${id}」重复`,
    guide: 'taxonomy',
  },
  'prerequisite-missing': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `先修模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'prerequisite-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `先修模块「${code}」仍是草稿（draft），发布后会找不到它`,
    hint: '已发布（published）的模块编号',
    guide: 'writing#草稿发布与复核',
  },
  'prerequisite-cycle': {
    severity: 'error',
    message: ({ cycle }: { cycle: readonly string[] }) => `先修关系形成循环：${cycle.join(' → ')}`,
    hint: '先修模块必须在本模块之前学习，不能互相依赖',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'prerequisite-later-stage': {
    severity: 'error',
    message: ({ code, stage, ownStage }: { code: string; stage: string; ownStage: string }) =>
      `先修模块「${code}」属于更晚的阶段「${stage}」，本模块在「${ownStage}」阶段`,
    hint: '同一阶段或更早阶段的模块',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'tier-group-mismatch': {
    severity: 'error',
    message: ({ groupLabel, group, tierNames }: TierGroupMismatch) =>
      `${groupLabel}「${group}」属于 ${tierNames}，但本模块的 tiers 不包含其中任何一层`,
    hint: ({ tierIds }: TierGroupMismatch) => `在 tiers 中加入 ${tierIds.join(' 或 ')}，或换一个分类`,
    guide: 'taxonomy',
  },
  'path-empty': {
    severity: 'warning',
    message: ({ groupLabel, group }: { groupLabel: string; group: string; groupId: string }) =>
      `${groupLabel}「${group}」还没有任何已发布的模块，学习路径为空`,
    hint: ({ groupId }: { groupId: string }) => `在模块的 groups 中加入 ${groupId}`,
    guide: 'taxonomy',
  },
  'path-short': {
    severity: 'warning',
    message: ({ groupLabel, group, total, required, missing }: PathShort) =>
      `${groupLabel}「${group}」的学习路径共 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
    hint: '为该类别增加模块，或调整 requiredHours',
    guide: 'taxonomy',
  },
} as const satisfies Record<string, IssueDefinition>;
