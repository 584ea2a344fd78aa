// Interactive questions for `npm run new`: asks only for what the flags did not give, offering
// every choice from the taxonomy with its Chinese name.
import type { Readable, Writable } from 'node:stream';
import { cancel, isCancel, multiselect, select, text } from '@clack/prompts';
import { checkAnswer, parseHours, type ModuleAnswers } from '../../src/lib/content/scaffold/answers.ts';
import {
  CHOSEN_KINDS,
  definitionOf,
  termsOf,
  type ChosenKind,
} from '../../src/lib/content/scaffold/chosen-kinds.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';

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
const options = (terms: readonly Term[]) =>
  terms.map((term) => ({ value: term.id, label: `${term.name}（${term.id}）`, hint: term.description }));
// The keyboard help of the prompt library is English; these lines say the same in Chinese.
const keys = { select: '（↑↓ 移动，回车确认）', multiselect: '（↑↓ 移动，空格选择，回车确认）' };

/** Where the prompts read and write; tests pass streams, the CLI the terminal. */
export interface PromptIo {
  input?: Readable;
  output?: Writable;
}

/** The question for a kind: its own from the kinds table, else built from its name. */
const questionFor = (kind: ChosenKind) => {
  const { question, label, many } = definitionOf(kind);
  return question ?? (many ? `属于哪些${label}？` : `属于哪个${label}？`);
};

/**
 * Asks for the title, every required kind the lecturer chooses (in table order) and the hours,
 * unless the flags gave them. Optional kinds are not asked: the new file names them in a comment.
 */
export async function askMissing(
  given: Partial<ModuleAnswers>,
  taxonomy: Taxonomy,
  io: PromptIo = {},
): Promise<ModuleAnswers> {
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
  const terms: Record<string, string | string[]> = {};
  for (const kind of CHOSEN_KINDS) {
    const { field, many, required } = definitionOf(kind);
    if (!required || (given as Record<string, unknown>)[field] !== undefined) continue;
    const choices = { ...io, options: options(termsOf(taxonomy, kind)), showInstructions: false };
    terms[field] = many
      ? orCancel(
          await multiselect({
            ...choices,
            message: `${questionFor(kind)}${keys.multiselect}`,
            required: true,
          }),
        )
      : orCancel(await select({ ...choices, message: `${questionFor(kind)}${keys.select}` }));
  }
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
  return { ...given, title, ...terms, hours, slug: given.slug } as ModuleAnswers;
}
