import { z } from 'astro/zod';

/**
 * Characters no title or sentence of the curriculum needs, and which make the text say something
 * other than it shows: bidirectional controls (U+202E turns a printed cover around) and
 * default-ignorable code points (zero-width spaces, joiners, soft hyphens, variation selectors),
 * which print as nothing, so a title of one U+200B is an invisible module.
 */
export const REFUSED_CHARACTER = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;

/** What is wrong with a text field, handed to the checker in the zod issue's `params.textField`. */
export type TextFieldProblem =
  | { kind: 'character'; codePoint: number; index: number }
  | { kind: 'blank'; codePoint?: number | undefined }
  | { kind: 'too-long'; length: number; max: number };

/** The first problem of `text` (already trimmed), or undefined; lengths count characters, not UTF-16 units. */
export function findTextProblem(text: string, max?: number): TextFieldProblem | undefined {
  const characters = [...text];
  const index = characters.findIndex((character) => REFUSED_CHARACTER.test(character));
  const codePoint = index < 0 ? undefined : characters[index]!.codePointAt(0)!;
  if (!characters.some((character) => !REFUSED_CHARACTER.test(character) && /\S/u.test(character)))
    return { kind: 'blank', codePoint };
  if (codePoint !== undefined) return { kind: 'character', codePoint, index };
  if (max !== undefined && characters.length > max)
    return { kind: 'too-long', length: characters.length, max };
  return undefined;
}

/**
 * A line of text members read (a title, a summary, a term's name): trimmed, not blank, free of
 * invisible and direction-changing characters, and at most `max` characters when given.
 */
export function textField({ max }: { max?: number } = {}) {
  return z
    .string()
    .trim()
    .superRefine((text, context) => {
      const problem = findTextProblem(text, max);
      if (!problem) return;
      context.addIssue({
        code: 'custom',
        input: text,
        message: '文本为空、过长，或含有不可见字符、方向控制字符',
        params: { textField: problem },
      });
    });
}

/** Length limits of the texts that print on covers and cards, in characters. */
export const TEXT_LIMITS = {
  /** Module titles: the longest shipped one has 28; the pack cover fits about 40 in two lines. */
  title: 40,
  /** Module summaries: the longest shipped one has 88; cards and covers show two to four lines. */
  summary: 200,
  /** Names of taxonomy terms, shown in headers and filters: the longest shipped one has 10. */
  termName: 20,
} as const;
