/**
 * The HTML of the lesson components (`<KeyPoints>`, `<SelfCheck>`…), one function each. Module
 * bodies are rendered to HTML when the content is loaded (render-lesson.ts), and the `.astro`
 * components that guide pages and any MDX-rendered body use are thin wrappers over these same
 * functions, so a box looks the same whichever way its body was rendered.
 */
import type { MdxComponentName } from '../content/mdx-components.ts';
import { optionLetter, type SelfCheckQuestion } from '../packs/print/self-check.ts';
import type { ModuleEdition } from '../routes/routes.ts';
import { escapeHtml } from '../security/escape/html.ts';
import { SEARCH_WEIGHTS } from '../search/weights.ts';

/** Where a body is shown: the member's web page, or one of the two printed editions. */
export type LessonEdition = 'page' | ModuleEdition;

/**
 * A component's props as a body writes them (constants only: the body policy refuses the rest),
 * or as a guide page passes them; read field by field, since nothing else checks their types.
 */
export type LessonProps = object;

/** Renders one component from its props and the HTML of what it encloses. */
export type ComponentHtml = (props: LessonProps, children: string) => string;

interface BoxFrame {
  kind: string;
  label: string;
  title?: string | undefined;
  /** Search weight of the box's text (`SEARCH_WEIGHTS`); body text weight when left out. */
  searchWeight?: number | undefined;
}

/** The shared frame of the lesson components: a titled box with a colour per kind. */
export function boxHtml({ kind, label, title, searchWeight }: BoxFrame, children: string): string {
  const weight = searchWeight === undefined ? '' : ` data-pagefind-weight="${searchWeight}"`;
  const titled = title ? `<span class="cm-box__title">：${escapeHtml(title)}</span>` : '';
  return (
    `<section class="cm-box cm-box--${kind}"${weight}>` +
    `<p class="cm-box__label">${escapeHtml(label)}${titled}</p>` +
    `<div class="cm-box__body">${children}</div></section>`
  );
}

const titleOf = ({ title }: { title?: unknown }) => (typeof title === 'string' ? title : undefined);

/**
 * A one-question self-test that works without JavaScript: choosing an option marks it right or
 * wrong through CSS alone, and the explanation sits in a <details> element. The marking hangs on
 * `input:checked + span`, not on :has(), so old phones (iOS 15, Android WebView 90) mark it too.
 * Paper has no such control: print packs use `selfCheckOnPaperHtml` and end with an answer key.
 */
export function selfCheckHtml({ question, options, answer, explanation }: SelfCheckQuestion): string {
  const name = selfCheckName(question);
  const choices = options
    .map(
      (option, index) =>
        `<label class="cm-selfcheck__option" data-correct="${index + 1 === answer ? 'true' : 'false'}">` +
        `<input type="radio" name="${name}" value="${index + 1}">` +
        `<span class="cm-selfcheck__text">${escapeHtml(option)}</span></label>`,
    )
    .join('');
  const because = explanation ? `。${escapeHtml(explanation)}` : '';
  return (
    `<fieldset class="cm-box cm-box--selfcheck cm-selfcheck">` +
    `<legend class="cm-box__label">自测：${escapeHtml(question)}</legend>${choices}` +
    `<details><summary>查看答案</summary><p>正确答案：${escapeHtml(options[answer - 1] ?? '')}${because}</p></details>` +
    `</fieldset>`
  );
}

/** The radio group's name: stable for a question, so two self-checks on a page never share one. */
function selfCheckName(question: string): string {
  const hash = [...question].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
  return `selfcheck-${question.length}-${Math.abs(hash)}`;
}

/**
 * A self-check in a printed pack: the question with lettered options to tick, and no answer. A
 * "查看答案" would be dead on paper; the answer stands in the key at the end of the lecturer
 * edition and of the path pack (AnswerKey.astro).
 */
export function selfCheckOnPaperHtml({ question, options }: SelfCheckQuestion): string {
  const choices = options
    .map(
      (option, index) => `<p class="cm-selfcheck__option">${optionLetter(index)}. ${escapeHtml(option)}</p>`,
    )
    .join('');
  return (
    `<div class="cm-box cm-box--selfcheck cm-selfcheck">` +
    `<p class="cm-box__label">自测：${escapeHtml(question)}</p>${choices}</div>`
  );
}

/**
 * The props of `<SelfCheck>` as the body policy lets a lecturer write them. Without a question or
 * a list of options there is nothing to show: rendering stops, and the build names the module.
 */
export function selfCheckQuestion(written: LessonProps): SelfCheckQuestion {
  const props = written as Partial<Record<keyof SelfCheckQuestion, unknown>>;
  if (typeof props.question !== 'string' || !Array.isArray(props.options))
    throw new Error('<SelfCheck> needs a question and a list of options');
  return {
    question: props.question,
    options: Array.isArray(props.options) ? props.options.map(String) : [],
    answer: Number(props.answer),
    explanation: typeof props.explanation === 'string' ? props.explanation : undefined,
  };
}

const box =
  (kind: string, label: string, searchWeight?: number): ComponentHtml =>
  (props, children) =>
    boxHtml({ kind, label, title: titleOf(props), searchWeight }, children);

/** The member's web page: notes for the lecturer are not in the HTML a member downloads. */
const onPage: Record<MdxComponentName, ComponentHtml> = {
  Objectives: box('objectives', '学习目标', SEARCH_WEIGHTS.objectives),
  KeyPoints: box('keypoints', '要点', SEARCH_WEIGHTS.keyPoints),
  Case: box('case', '案例'),
  Discussion: box('discussion', '研讨题'),
  Activity: box('activity', '实践活动'),
  SelfCheck: (props) => selfCheckHtml(selfCheckQuestion(props)),
  LecturerNote: () => '',
};

const onPaper: Record<MdxComponentName, ComponentHtml> = {
  ...onPage,
  SelfCheck: (props) => selfCheckOnPaperHtml(selfCheckQuestion(props)),
};

/** The lecturer edition's LecturerNote: the notes members never see. */
export const lecturerNoteHtml = box('lecturer', '授课提示');

/**
 * Each component's HTML per edition: `satisfies` keeps every edition in step with the checker's
 * list of components (MDX_COMPONENTS).
 */
export const LESSON_COMPONENTS = {
  page: onPage,
  member: onPaper,
  lecturer: { ...onPaper, LecturerNote: lecturerNoteHtml },
} satisfies Record<LessonEdition, Record<MdxComponentName, ComponentHtml>>;
