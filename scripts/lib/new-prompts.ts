// Interactive questions for `npm run new`: asks only for what the flags did not give, offering
// every choice from the taxonomy with its Chinese name.
import type { Readable, Writable } from 'node:stream';
import { cancel, isCancel, multiselect, select, text } from '@clack/prompts';
import { checkAnswer, parseHours, type ModuleAnswers } from '../../src/lib/scaffold/answers.ts';
import { TAXONOMY_KINDS, type Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';

/** Thrown when the lecturer presses Ctrl+C or Esc; nothing has been written yet. */
export class PromptCancelled extends Error {}

const orCancel = <T>(value: T): Exclude<T, symbol> => {
  if (isCancel(value)) {
    cancel('已取消，没有创建任何文件。');
    throw new PromptCancelled();
  }
  return value as Exclude<T, symbol>;
};

type Term = { id: string; name: string; description: string };
const options = (terms: Term[]) =>
  terms.map((term) => ({ value: term.id, label: `${term.name}（${term.id}）`, hint: term.description }));
// The keyboard help of the prompt library is English; these lines say the same in Chinese.
const keys = { select: '（↑↓ 移动，回车确认）', multiselect: '（↑↓ 移动，空格选择，回车确认）' };

/** Where the prompts read and write; tests pass streams, the CLI the terminal. */
export interface PromptIo {
  input?: Readable;
  output?: Writable;
}

export async function askMissing(
  given: Partial<ModuleAnswers>,
  taxonomy: Taxonomy,
  io: PromptIo = {},
): Promise<ModuleAnswers> {
  const choose = async (message: string, terms: Term[]) =>
    orCancel(
      await select({
        ...io,
        message: `${message}${keys.select}`,
        options: options(terms),
        showInstructions: false,
      }),
    );

  const title =
    given.title ??
    orCancel(
      await text({
        ...io,
        message: '课程标题',
        placeholder: '如：支部书记如何组织好一次专题研讨',
        validate: (value) => checkAnswer.title(value ?? ''),
      }),
    ).trim();
  const groups =
    given.groups ??
    orCancel(
      await multiselect({
        ...io,
        message: `面向哪些${TAXONOMY_KINDS.groups.label}？${keys.multiselect}`,
        options: options(taxonomy.groups),
        required: true,
        showInstructions: false,
      }),
    );
  const stage = given.stage ?? (await choose(`属于哪个${TAXONOMY_KINDS.stages.label}？`, taxonomy.stages));
  const topic = given.topic ?? (await choose(`属于哪个${TAXONOMY_KINDS.topics.label}？`, taxonomy.topics));
  const format =
    given.format ?? (await choose(`采用什么${TAXONOMY_KINDS.formats.label}？`, taxonomy.formats));
  const hours =
    given.hours ??
    parseHours(
      orCancel(
        await text({
          ...io,
          message: '学时（可以是小数，如 1.5）',
          initialValue: '2',
          validate: (value) => checkAnswer.hours(value ?? ''),
        }),
      ),
    )!;
  return { title, groups, stage, topic, format, hours, slug: given.slug };
}
