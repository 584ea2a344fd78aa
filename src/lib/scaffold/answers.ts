import { TAXONOMY_KINDS, type Taxonomy } from '../../schemas/taxonomy-kinds.ts';
import { scaffoldMessages as say } from './messages.ts';

/** Everything `npm run new` needs to know about a new module. */
export interface ModuleAnswers {
  title: string;
  groups: string[];
  stage: string;
  topic: string;
  format: string;
  hours: number;
  /** File name after the code, e.g. `branch-election`; optional. */
  slug?: string | undefined;
}

/** The answers every new module needs, in the order they are asked. */
export const REQUIRED_ANSWERS = ['title', 'groups', 'stage', 'topic', 'format', 'hours'] as const;
export type AnswerName = (typeof REQUIRED_ANSWERS)[number] | 'slug';
/** Answers as typed on the command line or into a prompt. */
export type RawAnswers = Partial<Record<AnswerName, string>>;

type TermKind = 'groups' | 'stages' | 'topics' | 'formats';

/** `id（中文名）, …`: the choices a lecturer may type for a taxonomy kind. */
export function listTerms(taxonomy: Taxonomy, kind: TermKind): string {
  return taxonomy[kind].map((term) => `${term.id}（${term.name}）`).join(', ');
}

/** Each check returns the Chinese problem, or undefined when the value is fine. */
export const checkAnswer = {
  title: (value: string) => (value.trim() ? undefined : say.titleEmpty()),
  hours: (value: string) => (parseHours(value) === undefined ? say.hoursInvalid(value) : undefined),
  slug: (value: string) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? undefined : say.slugInvalid(value)),
  term: (taxonomy: Taxonomy, kind: TermKind, value: string) =>
    taxonomy[kind].some((term) => term.id === value)
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
  const answers: Partial<ModuleAnswers> = {};
  const errors: string[] = [];
  const problem = (flag: AnswerName, message: string | undefined) => {
    if (message) errors.push(say.forFlag(flag, message));
    return !message;
  };
  if (raw.title !== undefined && problem('title', checkAnswer.title(raw.title)))
    answers.title = raw.title.trim();
  if (raw.groups !== undefined) {
    const groups = [...new Set(raw.groups.split(/[,，\s]+/).filter(Boolean))];
    if (groups.length === 0) problem('groups', say.groupsEmpty());
    const bad = groups.map((id) => checkAnswer.term(taxonomy, 'groups', id)).filter(Boolean);
    bad.forEach((message) => problem('groups', message));
    if (groups.length > 0 && bad.length === 0) answers.groups = groups;
  }
  const single = [
    ['stage', 'stages'],
    ['topic', 'topics'],
    ['format', 'formats'],
  ] as const;
  for (const [flag, kind] of single) {
    const value = raw[flag]?.trim();
    if (value !== undefined && problem(flag, checkAnswer.term(taxonomy, kind, value))) answers[flag] = value;
  }
  if (raw.hours !== undefined && problem('hours', checkAnswer.hours(raw.hours))) {
    answers.hours = parseHours(raw.hours)!;
  }
  if (raw.slug !== undefined && raw.slug !== '' && problem('slug', checkAnswer.slug(raw.slug))) {
    answers.slug = raw.slug;
  }
  return { answers, errors };
}

/** The required answers still missing, in asking order. */
export function missingAnswers(answers: Partial<ModuleAnswers>): (typeof REQUIRED_ANSWERS)[number][] {
  return REQUIRED_ANSWERS.filter((name) => answers[name] === undefined);
}
