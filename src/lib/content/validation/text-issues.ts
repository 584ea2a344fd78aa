import { REFUSED_CHARACTER, type TextFieldProblem } from '../../../schemas/text-field.ts';
import { describeCharacter } from './character-names.ts';
import { createIssue, type ContentIssue, type IssueLocation } from './issue.ts';

/** What turning a text problem into a located issue needs besides the problem itself. */
export interface TextProblemContext {
  path: readonly PropertyKey[];
  value: unknown;
  /** The field's `(允许: …)`, for a blank value. */
  hint: string | undefined;
  positionIn?:
    | ((path: readonly PropertyKey[], needle: string) => { line: number; column: number } | undefined)
    | undefined;
}

/** Direction controls reorder what is shown; the other refused characters only hide. */
const BIDI_CONTROL = /\p{Bidi_Control}/u;

/**
 * The issue for a text field that failed `textField` (src/schemas/text-field.ts): an invisible or
 * direction-changing character named by code point at its column, a blank text, or a long one.
 */
export function fromTextProblem(
  problem: TextFieldProblem,
  at: IssueLocation,
  context: TextProblemContext,
): ContentIssue {
  if (problem.kind === 'too-long') return createIssue('text-too-long', at, problem);
  if (problem.kind === 'blank') {
    if (problem.codePoint === undefined)
      return createIssue('text-blank', at, { character: undefined, hint: context.hint });
    const where = context.positionIn?.(context.path, String.fromCodePoint(problem.codePoint));
    const character = describeCharacter(problem.codePoint);
    return createIssue('text-blank', { ...at, ...where }, { character, hint: context.hint });
  }
  const text = typeof context.value === 'string' ? context.value : '';
  const character = String.fromCodePoint(problem.codePoint);
  // Position among the characters of the value as written, before trimming.
  const position = [...text].indexOf(character) + 1 || problem.index + 1;
  return createIssue(
    'text-invisible',
    { ...at, ...context.positionIn?.(context.path, character) },
    {
      character: describeCharacter(problem.codePoint),
      position,
      bidi: BIDI_CONTROL.test(character),
    },
  );
}

/**
 * A value that failed a format or enum check because it holds an invisible character (a
 * zero-width space pasted into `DX-001`): the message names the character, or undefined when
 * the value has none.
 */
export function hiddenCharacterIssue(
  at: IssueLocation,
  { path, value, hint, positionIn }: TextProblemContext,
): ContentIssue | undefined {
  if (typeof value !== 'string') return undefined;
  const characters = [...value];
  const index = characters.findIndex((character) => REFUSED_CHARACTER.test(character));
  if (index < 0) return undefined;
  const character = characters[index]!;
  const visible = characters.filter((c) => !REFUSED_CHARACTER.test(c)).join('');
  return createIssue(
    'field-invisible',
    { ...at, ...positionIn?.(path, character) },
    {
      value: visible,
      character: describeCharacter(character.codePointAt(0)!),
      position: index + 1,
      hint,
    },
  );
}
