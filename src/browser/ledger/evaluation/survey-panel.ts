/**
 * 需求调研: the secretary tallies the paper needs-survey forms (how many came back, how many chose
 * each topic; a member may choose several) and saves the counts. Answers given on the phone travel
 * in the completion codes and are counted without typing; the panel says how many there are.
 */
import { changeLedger, type Ledger } from '../../../lib/ledger/ledger-state.ts';
import type { LedgerPageData } from '../../../lib/ledger/page-data.ts';
import { checkSurveyTally, codeSurvey, paperSurvey } from '../../../lib/ledger/survey-forms.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { CONFLICT, countField, readCount, showBody, showProblems } from './form-parts.ts';

export function startSurveyPanel(
  panel: HTMLElement,
  controller: LedgerController,
  data: LedgerPageData,
): void {
  const body = panel.querySelector<HTMLElement>('[data-ledger-body]')!;
  body.innerHTML = `
<p>制定下一年度学习计划前，请党员填写纸质《培训需求调研表》，勾选想学的专题（可多选）。收回后填入交回份数和每个专题的选择人数（空着算 0）。党员在手机上填写的调研随完成码带回，自动计入，不用在这里填。</p>
<form class="cm-eval__form" data-survey-form novalidate>
  <p class="cm-ledger-field">${countField('survey-respondents', 'respondents', '交回调研表份数')}</p>
  <fieldset class="cm-eval__line"><legend>各专题选择人数</legend>
  ${data.topics.map((topic, i) => countField(`survey-topic-${i}`, `topic-${i}`, topic.name)).join('')}
  </fieldset>
  <p class="cm-ledger-actions"><button type="submit">保存调研表统计</button></p>
</form>
<div class="cm-ledger-problems" data-survey-problems role="alert" hidden></div>
<p class="cm-ledger-status" data-survey-status aria-live="polite"></p>
<p data-survey-phone></p>`;
  const $ = <T extends HTMLElement>(selector: string) => body.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-survey-form]');
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const problems = $('[data-survey-problems]');
  const status = $('[data-survey-status]');
  let shown: Ledger['survey'] | undefined;

  function render(ledger: Ledger | undefined) {
    if (!showBody(panel, ledger)) return;
    // Refill only when the stored tally changed, so typing is not undone by another panel's save.
    if (ledger.survey !== shown) {
      shown = ledger.survey;
      const show = (n: number) => (n ? String(n) : '');
      input('respondents').value = show(ledger.survey.respondents);
      data.topics.forEach((topic, i) => {
        input(`topic-${i}`).value = show(ledger.survey.topics.find((t) => t.topic === topic.id)?.count ?? 0);
      });
    }
    const phone = codeSurvey(ledger.codes).respondents;
    $('[data-survey-phone]').textContent = `手机调研：${phone} 人（随完成码带回，已自动计入）。`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!controller.ledger) return;
    const survey = {
      respondents: readCount(input('respondents')),
      topics: data.topics.map((topic, i) => ({ topic: topic.id, count: readCount(input(`topic-${i}`)) })),
    };
    const found = checkSurveyTally(survey, data.topics);
    showProblems(problems, found);
    if (found.length) {
      status.textContent = '';
      return;
    }
    void controller
      .update((current) => changeLedger(current, { survey: paperSurvey(survey) }))
      .then((saved) => {
        status.textContent = saved ? `已保存 ${survey.respondents} 份调研表的统计。` : CONFLICT;
      });
  });

  controller.subscribe(render);
}
