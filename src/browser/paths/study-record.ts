/**
 * The study record page in the browser: fills the table from the progress saved on this device,
 * keeps the member's name and number as they type them, and makes the completion code and its QR
 * code, bound to that person and carrying their ratings and needs survey. Returns a function that draws the page again (after a restore).
 */
import { calendarToday } from '../../lib/platform/calendar.ts';
import { roundHours } from '../../lib/modules/hours.ts';
import { encodeCompletionCode } from '../../lib/progress/completion-code.ts';
import type { SurveyAnswer } from '../../lib/progress/survey-bytes.ts';
import { personKey } from '../../lib/progress/person-key.ts';
import { qrSvg } from '../../lib/content/qr/qr-svg.ts';
import { readPerson, readProgress, readRatings, readSurvey, setPerson } from '../progress/progress-store.ts';
import { readSurveyTopics, surveyText } from '../survey/survey-topics.ts';

export function startStudyRecord(root: HTMLElement): () => void {
  const name = root.querySelector<HTMLInputElement>('[data-record-name]')!;
  const number = root.querySelector<HTMLInputElement>('[data-record-number]')!;
  const saved = readPerson();
  name.value = saved.name;
  number.value = saved.number;

  const render = () => {
    const progress = readProgress();
    const rows = [...root.querySelectorAll<HTMLElement>('[data-progress-list] [data-code]')];
    let hours = 0;
    for (const row of rows) {
      const day = progress.get(row.dataset.code!);
      row.classList.toggle('cm-record__studied', Boolean(day));
      row.querySelector('[data-studied-on]')!.textContent = day ?? '未学';
      if (day) hours += Number(row.dataset.hours);
    }
    const pathCodes = rows.map((row) => row.dataset.code!);
    const studied = new Set(pathCodes.filter((code) => progress.has(code)));
    root.querySelector('[data-record-count]')!.textContent = String(studied.size);
    root.querySelector('[data-record-hours]')!.textContent = String(roundHours(hours));
    const topics = readSurveyTopics();
    const chosen = readSurvey();
    const named = surveyText(topics, chosen);
    root.querySelector('[data-record-survey-text]')!.textContent = named ? `已选 ${named}` : '未填写';
    const survey = { topics: topics.map((topic) => topic.id), chosen: new Set(chosen) };
    showCode(
      root,
      name.value.trim()
        ? { pathCodes, studied, person: personKey(name.value, number.value), survey }
        : undefined,
    );
  };

  const keep = () => {
    setPerson({ name: name.value.trim(), number: number.value.trim() });
    render();
  };
  name.addEventListener('input', keep);
  number.addEventListener('input', keep);
  render();

  const print = root.querySelector<HTMLButtonElement>('[data-record-print]')!;
  print.hidden = false;
  print.addEventListener('click', () => window.print());
  return render;
}

interface CodeInput {
  pathCodes: string[];
  studied: Set<string>;
  person: number;
  survey: SurveyAnswer;
}

function showCode(root: HTMLElement, input: CodeInput | undefined): void {
  const codeOut = root.querySelector('[data-record-code]')!;
  const qr = root.querySelector('[data-record-qr]')!;
  root.querySelector<HTMLElement>('[data-record-code-hint]')!.hidden = Boolean(input);
  if (!input) {
    codeOut.textContent = '—';
    qr.innerHTML = '';
    return;
  }
  const code = encodeCompletionCode({
    groupId: root.dataset.group!,
    planYear: Number(root.dataset.planYear),
    ...input,
    ratings: readRatings(),
    date: calendarToday(),
  });
  codeOut.textContent = code;
  const link = `${root.dataset.verifyUrl}?code=${code}`;
  qr.innerHTML = qrSvg(link, { label: `完成码 ${code}` });
}
