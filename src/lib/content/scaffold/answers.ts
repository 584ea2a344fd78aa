import { TAXONOMY_KINDS, type Taxonomy, type TaxonomyKind } from '../../../schemas/taxonomy-kinds.ts';
import { CHOSEN_KINDS, termsOf, type ChosenField, type ChosenKind, type TermValues } from './chosen-kinds.ts';
import { scaffoldMessages as say } from './messages.ts';

/**
 * Everything `npm run new` needs to know about a new module: a title, hours, and the terms of every
 * kind the lecturer chooses, keyed by module field (`topic`, `groups`, …).
 */
export type ModuleAnswers = {
  title: string;
  hours: number;
  /** File name after the code, e.g. `branch-election`; optional. */
  slug?: string | undefined;
} & TermValues<ChosenKind>;

export type AnswerName = 'title' | ChosenField | 'hours' | 'slug';
/** Answers as typed on the command line or into a prompt. */
export type RawAnswers = Partial<Record<AnswerName, string>>;

const chosenFields = (kinds: readonly ChosenKind[]) => kinds.map((kind) => TAXONOMY_KINDS[kind].field);
/** Every answer, in asking order (the chosen kinds in table order); each is a flag of `npm run new`. */
export const ANSWER_NAMES: readonly AnswerName[] = ['title', ...chosenFields(CHOSEN_KINDS), 'hours', 'slug'];
/** The answers every new module needs, in asking order. */
export const REQUIRED_ANSWERS: readonly AnswerName[] = [
  'title',
  ...chosenFields(CHOSEN_KINDS.filter((kind) => TAXONOMY_KINDS[kind].required)),
  'hours',
];

/** `id（中文名）, …`: the choices a lecturer may type for a taxonomy kind. */
export function listTerms(taxonomy: Taxonomy, kind: TaxonomyKind): string {
  return termsOf(taxonomy, kind)
    .map((term) => `${term.id}（${term.name}）`)
    .join(', ');
}

/** Each check returns the Chinese problem, or undefined when the value is fine. */
export const checkAnswer = {
  title: (value: string) => (value.trim() ? undefined : say.titleEmpty()),
  hours: (value: string) => (parseHours(value) === undefined ? say.hoursInvalid(value) : undefined),
  slug: (value: string) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? undefined : say.slugInvalid(value)),
  term: (taxonomy: Taxonomy, kind: TaxonomyKind, value: string) =>
    termsOf(taxonomy, kind).some((term) => term.id === value)
      ? undefined
      : say.unknownTerm(TAXONOMY_KINDS[kind].label, value, listTerms(taxonomy, kind)),
};

export function parseHours(value: string): number | undefined {
  const hours = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(hours) && hours > 0 ? hours : undefined;
}

/**
 * Validates whatever answers are given (from flags) and collects every problem at once, each
 * naming its flag and the allowed values; answers not given are simply absent from the result.
 */
export function parseAnswers(
  raw: RawAnswers,
  taxonomy: Taxonomy,
): { answers: Partial<ModuleAnswers>; errors: string[] } {
  const answers: Record<string, unknown> = {};
  const errors: string[] = [];
  const problem = (flag: AnswerName, message: string | undefined) => {
    if (message) errors.push(say.forFlag(flag, message));
    return !message;
  };
  if (raw.title !== undefined && problem('title', checkAnswer.title(raw.title)))
    answers['title'] = raw.title.trim();
  for (const kind of CHOSEN_KINDS) {
    const { field, many, label } = TAXONOMY_KINDS[kind];
    const value = raw[field];
    if (value === undefined) continue;
    // A list may be typed with Chinese commas or spaces; one id is only trimmed.
    const ids = many ? [...new Set(value.split(/[,，\s]+/).filter(Boolean))] : [value.trim()];
    const example = termsOf(taxonomy, kind)
      .slice(0, 2)
      .map((term) => term.id);
    if (ids.length === 0) problem(field, say.listEmpty(label, example.join(',')));
    const bad = ids.map((id) => checkAnswer.term(taxonomy, kind, id)).filter(Boolean);
    bad.forEach((message) => problem(field, message));
    if (ids.length > 0 && bad.length === 0) answers[field] = many ? ids : ids[0];
  }
  if (raw.hours !== undefined && problem('hours', checkAnswer.hours(raw.hours))) {
    answers['hours'] = parseHours(raw.hours)!;
  }
  if (raw.slug !== undefined && raw.slug !== '' && problem('slug', checkAnswer.slug(raw.slug))) {
    answers['slug'] = raw.slug;
  }
  return { answers: answers as Partial<ModuleAnswers>, errors };
}

/** The required answers still missing, in asking order. */
export function missingAnswers(answers: Partial<ModuleAnswers>): AnswerName[] {
  return REQUIRED_ANSWERS.filter((name) => answers[name] === undefined);
}
