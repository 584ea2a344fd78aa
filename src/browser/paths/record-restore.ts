/**
 * "换了手机？" on the record page: the member types or pastes their own latest completion code, and
 * their studied modules and ratings come back when the code verifies against the plans the site
 * published and belongs to the name they entered. Otherwise they read why, and nothing changes.
 */
import { calendarToday } from '../../lib/platform/calendar.ts';
import { decodeCompletionCode } from '../../lib/progress/completion-code.ts';
import { planRestore } from '../../lib/progress/restore.ts';
import { describeFailure, verifyCode, type PublishedPath } from '../../lib/progress/verify.ts';
import { routes } from '../../site-routes.ts';
import { mergeRestored } from '../progress/progress-store.ts';
import { readSurveyTopics } from '../survey/survey-topics.ts';

export function startRecordRestore(root: HTMLElement, render: () => void): void {
  const form = root.querySelector<HTMLFormElement>('[data-record-restore]')!;
  const input = form.querySelector<HTMLInputElement>('input')!;
  const output = form.querySelector<HTMLElement>('[data-record-restore-result]')!;
  const groupId = root.dataset.group!;
  const say = (text: string, ok = false) => {
    output.textContent = text;
    output.className = ok ? 'cm-ok' : 'cm-short';
  };
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void restore();
  });

  async function restore() {
    const topicIds = readSurveyTopics().map((topic) => topic.id);
    const decoded = decodeCompletionCode(input.value, topicIds);
    if (!decoded.ok) return say(describeFailure(decoded));
    const name = root.querySelector<HTMLInputElement>('[data-record-name]')!.value;
    const number = root.querySelector<HTMLInputElement>('[data-record-number]')!.value;
    let path: PublishedPath;
    try {
      const response = await fetch(routes.pathData(groupId));
      if (!response.ok) throw new Error(String(response.status));
      path = (await response.json()) as PublishedPath;
    } catch {
      return say('无法读取学习计划，请检查网络后重试。');
    }
    const verdict = verifyCode(decoded, { [groupId]: path }, calendarToday(), {
      expectedGroupId: groupId,
      person: { name, number },
    });
    const plan = planRestore(verdict, groupId);
    if (!plan.ok) return say(plan.message);
    mergeRestored(plan.studied, plan.ratings, plan.date, plan.survey);
    render();
    say(plan.message, true);
  }
}
