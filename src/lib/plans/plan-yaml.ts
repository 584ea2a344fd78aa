import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { Plan, RequiredEntry } from '../../schemas/plan.ts';
import type { Group } from '../../schemas/taxonomy.ts';
import { sumHours } from '../modules/hours.ts';
import { codeOf } from './group-cycle.ts';

interface YamlContext {
  year: number;
  groups: readonly Group[];
  /** Every module by code, for the title and 学时 comments. */
  byCode: ReadonlyMap<string, { data: Pick<ModuleFrontmatter, 'title' | 'hours'> }>;
  /** Per group id, the electives to list as comments where the plan leaves `electives` out. */
  otherModules?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The text of content/plans/<year>.yaml: the plan with comments an organizer needs while
 * editing it (what each key means, each module's title and 学时, each group's total).
 */
export function planToYaml(plan: Plan, { year, groups, byCode, otherModules }: YamlContext): string {
  const lines = [
    `# ${year} 年度学习计划。由 npm run plan 生成的建议稿，请组织者审定、修改后提交。`,
    '# required：必修，按学习顺序；写成 { code: LL-001, quarter: 2 } 或 { code: LL-001, month: 5 } 可指定季度或月份。',
    '# electives：选修，不计入年度要求；整项省略时，本类别的其他已发布模块都是选修。',
    '# 改完运行 npm run check 检查。说明见授课人指南「年度学习计划」。',
    '',
    '# 每季度集中学习之后的专题研讨主题，提前确定，例如：',
    '#   - quarter: 1',
    '#     theme: 学习贯彻党的创新理论',
    ...(plan.themes.length
      ? [
          'themes:',
          ...plan.themes.flatMap(({ quarter, theme }) => [
            `  - quarter: ${quarter}`,
            `    theme: ${yamlText(theme)}`,
          ]),
        ]
      : ['themes: []']),
    '',
    'groups:',
  ];
  const order = new Map(groups.map((group, i) => [group.id, i]));
  const ids = Object.keys(plan.groups).sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity),
  );
  for (const id of ids) {
    const entry = plan.groups[id]!;
    const group = groups.find((candidate) => candidate.id === id);
    const hours = sumHours(entry.required.flatMap((item) => byCode.get(codeOf(item))?.data ?? []));
    lines.push(
      `  # ${group?.name ?? id}：必修 ${hours} 学时，年度要求 ${group?.requiredHours ?? '?'} 学时`,
      `  ${id}:`,
    );
    lines.push(entry.required.length ? '    required:' : '    required: []');
    for (const item of entry.required)
      lines.push(`      - ${requiredText(item)}${comment(codeOf(item), byCode)}`);
    if (entry.electives) {
      lines.push(entry.electives.length ? '    electives:' : '    electives: []');
      for (const code of entry.electives) lines.push(`      - ${code}${comment(code, byCode)}`);
    } else if (otherModules?.get(id)?.length) {
      // Commented out, so modules written later still become electives; a line can be moved
      // into `required` as it is.
      lines.push('    # 未写 electives：下列模块（以及以后新增的模块）都是选修。', '    # electives:');
      for (const code of otherModules.get(id)!) lines.push(`    #   - ${code}${comment(code, byCode)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A YAML string as Prettier writes it: plain when that reads back the same, else single-quoted. */
function yamlText(text: string): string {
  const plain = /^[^\s'"[\]{}#&*!|>%@`,?:-]/.test(text) && !/: | #|\s$/.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

function requiredText(item: RequiredEntry): string {
  if (typeof item === 'string') return item;
  const when = item.month !== undefined ? `month: ${item.month}` : `quarter: ${item.quarter}`;
  return `{ code: ${item.code}, ${when} }`;
}

function comment(code: string, byCode: YamlContext['byCode']): string {
  const module = byCode.get(code);
  return module ? ` # ${module.data.title.replace(/\s+/g, ' ')}（${module.data.hours} 学时）` : '';
}
