// What `npm run plan` does, apart from reading its flags: propose a year's plan, write it to
// content/plans/<year>.yaml unless an organizer's file is already there, and show the rotation.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS, readContentSources } from '../../src/lib/content/files/sources.ts';
import { readPlans } from '../../src/lib/content/files/plans.ts';
import { createCycleTable } from '../../src/lib/plans/cycle-table.ts';
import { formatCycleTable } from '../../src/lib/plans/cycle-text.ts';
import { describePlanDifferences } from '../../src/lib/plans/plan-diff.ts';
import { planToYaml } from '../../src/lib/plans/plan-yaml.ts';
import { planFromGroupPlans } from '../../src/lib/plans/proposal.ts';
import { resolvePlans } from '../../src/lib/plans/resolve.ts';
import { hasErrors } from '../../src/lib/content/validation/issue.ts';
import { validateContent } from '../../src/lib/content/validation/validate-content.ts';
import { planHintLines } from './plan-hint.ts';

export interface PlanCommandResult {
  lines: string[];
  /** 0 written (or already up to date), 1 an edited plan is in the way (nothing written). */
  exitCode: 0 | 1;
}

export function runPlanCommand(
  root: string,
  { year, force = false }: { year?: number | undefined; force?: boolean },
): PlanCommandResult {
  const sources = readContentSources(root);
  const report = validateContent(sources);
  const planYear = year ?? report.settings.plan.year;
  const relativePath = `${CONTENT_DIRS.plans}/${planYear}.yaml`;
  const path = join(root, relativePath);
  const lines: string[] = [];
  if (hasErrors(report.issues))
    lines.push('注意：内容检查发现错误，建议先运行 npm run check 并改正，再生成计划。');

  // The years the site reads, judged from the configured plan year as the check does.
  const files = readPlans(sources.plans ?? [], report.settings.plan.year).records;
  const others = files.filter((file) => file.year !== planYear);
  const written = files.find((file) => file.year === planYear);
  // The proposal ignores this year's own file: it is what the default rule would say.
  const input = {
    modules: report.modules,
    taxonomy: report.taxonomy.taxonomy,
    plans: others,
    settings: report.settings,
  };
  const proposed = resolvePlans(input, planYear);
  const proposal = planFromGroupPlans(proposed, written?.plan.themes);
  const groups = report.taxonomy.taxonomy.groups;
  // The survey and satisfaction hint, judged on the plan that stands once the command is done.
  const kept = existsSync(path) && !force;
  const inEffect = kept ? written?.plan : proposal;
  const hint = inEffect
    ? planHintLines({
        evaluations: sources.evaluations,
        taxonomy: report.taxonomy.taxonomy,
        settings: report.settings,
        planYear,
        plans: resolvePlans({ ...input, plans: [...others, { year: planYear, plan: inEffect }] }, planYear),
      })
    : [];

  if (kept) {
    if (!written)
      return {
        lines: [...lines, `${relativePath} 已存在但有错误，未写入。请先运行 npm run check 改正。`],
        exitCode: 1,
      };
    const differences = describePlanDifferences(written.plan, proposal, groups);
    if (!differences.length)
      return { lines: [...lines, `${relativePath} 与默认计划一致，无需改动。`, ...hint], exitCode: 0 };
    return {
      lines: [
        ...lines,
        `${relativePath} 已存在（可能已由组织者修改），未写入。与默认计划相比：`,
        ...differences.map((difference) => `  ${difference}`),
        `如确需用默认计划覆盖，运行 npm run plan -- --year ${planYear} --force（原文件备份为 ${relativePath}.bak）。`,
        ...hint,
      ],
      exitCode: 1,
    };
  }
  mkdirSync(join(root, CONTENT_DIRS.plans), { recursive: true });
  if (existsSync(path)) {
    copyFileSync(path, `${path}.bak`);
    lines.push(`原文件已备份为 ${relativePath}.bak。`);
  }
  const byCode = new Map(report.modules.map((module) => [module.data.code, module]));
  const otherModules = new Map(
    proposed.map((plan) => [plan.group.id, plan.electives.map(({ data }) => data.code)]),
  );
  writeFileSync(path, planToYaml(proposal, { year: planYear, groups, byCode, otherModules }));
  lines.push(
    `已写入 ${relativePath}：${planYear} 年度学习计划建议稿。请审定、修改后运行 npm run check，再提交。`,
  );
  const table = createCycleTable(
    { ...input, plans: [...others, { year: planYear, plan: proposal }] },
    planYear,
  );
  lines.push(
    '',
    `轮训安排（${report.settings.rotation.years} 年一轮，必修学时）：`,
    ...formatCycleTable(table),
    ...hint,
  );
  return { lines, exitCode: 0 };
}
