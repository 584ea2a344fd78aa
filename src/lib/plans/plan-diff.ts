import type { GroupPlanInput, Plan } from '../../schemas/plan.ts';
import type { Group } from '../../schemas/taxonomy.ts';
import { codeOf } from './group-cycle.ts';

/**
 * What an organizer's plan file changes against the proposal, in Chinese, one line per group
 * that differs (plus themes); empty when they agree. `npm run plan` prints it instead of
 * overwriting an edited plan.
 */
export function describePlanDifferences(written: Plan, proposed: Plan, groups: readonly Group[]): string[] {
  const lines: string[] = [];
  const name = (id: string) => {
    const group = groups.find((candidate) => candidate.id === id);
    return group ? `${group.name}（${id}）` : id;
  };
  const ids = [...new Set([...Object.keys(proposed.groups), ...Object.keys(written.groups)])];
  for (const id of ids) {
    const mine = written.groups[id];
    const theirs = proposed.groups[id];
    if (!mine) lines.push(`${name(id)}：计划文件中没有，按默认计划学习`);
    else if (!theirs) lines.push(`${name(id)}：计划文件中有，但没有这个类别`);
    else lines.push(...groupDifferences(mine, theirs).map((difference) => `${name(id)}：${difference}`));
  }
  const themes = (plan: Plan) => JSON.stringify([...plan.themes].sort((a, b) => a.quarter - b.quarter));
  if (themes(written) !== themes(proposed)) lines.push('研讨主题：计划文件已填写或修改');
  return lines;
}

function groupDifferences(mine: GroupPlanInput, theirs: GroupPlanInput): string[] {
  const differences: string[] = [];
  const required = (entry: GroupPlanInput) => entry.required.map(codeOf);
  const compare = (label: string, a: readonly string[], b: readonly string[]) => {
    const added = a.filter((code) => !b.includes(code));
    const removed = b.filter((code) => !a.includes(code));
    if (added.length) differences.push(`${label}多了 ${added.join(', ')}`);
    if (removed.length) differences.push(`${label}少了 ${removed.join(', ')}（默认计划中有）`);
    return added.length + removed.length === 0;
  };
  if (
    compare('必修', required(mine), required(theirs)) &&
    required(mine).join() !== required(theirs).join()
  ) {
    differences.push('必修的顺序不同');
  }
  if (mine.required.some((item) => typeof item !== 'string')) differences.push('必修指定了季度或月份');
  if (mine.electives) compare('选修', mine.electives, theirs.electives ?? []);
  return differences;
}
