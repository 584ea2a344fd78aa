// The help text and example command of `npm run new`, built from the answers it takes, so a
// taxonomy kind added to the kinds table gets its flag (named after its module field) listed too.
import { TAXONOMY_KINDS } from '../../../schemas/taxonomy-kinds.ts';
import { ANSWER_NAMES, REQUIRED_ANSWERS, type AnswerName } from './answers.ts';
import { CHOSEN_KINDS } from './chosen-kinds.ts';

const kindOf = (name: AnswerName) => CHOSEN_KINDS.find((kind) => TAXONOMY_KINDS[kind].field === name);

/** What each flag takes, for the help text. */
function describe(name: AnswerName): string {
  if (name === 'title') return '模块标题';
  if (name === 'hours') return '学时，大于 0 的数字';
  if (name === 'slug') return '文件名中的英文短名，如 branch-election';
  const { label, many, required } = TAXONOMY_KINDS[kindOf(name)!];
  // The topic is the one term the scaffold itself uses beyond the frontmatter.
  const role = name === 'topic' ? '（决定文件夹和编号前缀）' : '';
  return `${label} id${many ? '，多个用逗号分隔' : ''}${role}${required ? '' : '（可不写）'}`;
}

/** Values of the example command; a kind without one (a newly added kind) shows `<载体 id>`. */
const SAMPLES: Partial<Record<AnswerName, string>> = {
  title: '支部换届选举实务',
  topic: 'knowledge-skills',
  stage: 'empowerment',
  format: 'simulation',
  groups: 'branch-secretary,party-staff',
  hours: '2',
  slug: 'branch-election',
};
const sample = (name: AnswerName) => SAMPLES[name] ?? `<${TAXONOMY_KINDS[kindOf(name)!].label} id>`;

/** A full command with every required answer and a slug, shown whenever flags are wrong or missing. */
export const EXAMPLE = `示例：npm run new -- ${[...REQUIRED_ANSWERS, 'slug' as const]
  .map((name) => `--${name} ${sample(name)}`)
  .join(' ')}`;

/** `npm run new -- --help`: one line per flag, in asking order. */
export function scaffoldUsage(): string {
  const width = Math.max(...ANSWER_NAMES.map((name) => name.length)) + 4;
  const shape = (name: AnswerName) =>
    name === 'hours' ? '2' : kindOf(name) && TAXONOMY_KINDS[kindOf(name)!].many ? 'a,b' : '…';
  return [
    `用法：npm run new [-- ${ANSWER_NAMES.map((name) => `--${name} ${shape(name)}`).join(' ')}]`,
    '  按模板新建一个草稿模块，编号自动取该专题的下一个可用编号。',
    '  没给的选项会逐项询问；不在终端里运行时必须全部给出。',
    ...ANSWER_NAMES.map((name) => `  ${`--${name}`.padEnd(width)}${describe(name)}`),
    EXAMPLE,
  ].join('\n');
}
