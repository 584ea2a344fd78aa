/**
 * A verdict as HTML for the verify page: the status first and large, then what the code is for,
 * the 学时 recomputed from the plan, every reason it is not valid, the name binding, the member's
 * ratings and the topics of their needs survey.
 */
import { isoDay } from '../../lib/platform/calendar.ts';
import { escapeHtml as escape } from '../../lib/security/escape/html.ts';
import { ratingLabel } from '../../lib/progress/ratings.ts';
import { PERSON_CHECKS, STATUS_LABELS } from '../../lib/progress/verify-messages.ts';
import { personLabel, type Verdict } from '../../lib/progress/verify.ts';
import { surveyText, type SurveyTopic } from '../survey/survey-topics.ts';

const STATUS_CLASS = { valid: 'cm-ok', unverifiable: 'cm-short', refused: 'cm-short' } as const;

export function renderVerdict(
  verdict: Verdict,
  person: { name: string; number: string },
  topics: readonly SurveyTopic[] = [],
): string {
  const facts = [
    `格式：${escape(verdict.formatLabel)}`,
    verdict.group && `党员类别：${escape(verdict.group.name)}`,
    `学习计划：${escape(verdict.planLabel)}`,
    `生成日期：${isoDay(verdict.date)}`,
    verdict.hours !== undefined &&
      `已学 ${verdict.studiedCount} / ${verdict.total} 个模块，共 ${verdict.hours} 学时（按学习计划计算）`,
  ].filter(Boolean);
  const reasons = verdict.reasons.map((r) => `<li>${escape(r.message)}</li>`).join('');
  const modules = (verdict.modules ?? [])
    .map(
      (m) =>
        `<li class="${m.studied ? 'cm-ok' : ''}">${m.studied ? '✓ 已学' : '○ 未学'} ${escape(m.code)} ${escape(m.title)}（${m.hours} 学时）${m.rating ? `，评价：${ratingLabel(m.rating)}` : ''}</li>`,
    )
    .join('');
  return (
    `<p class="cm-verify__status ${STATUS_CLASS[verdict.status]}" data-status="${verdict.status}"><strong>${STATUS_LABELS[verdict.status]}</strong></p>` +
    (reasons ? `<ul class="cm-verify__reasons">${reasons}</ul>` : '') +
    personLine(verdict, person) +
    facts.map((fact) => `<p>${fact}</p>`).join('') +
    (verdict.notice ? `<p class="cm-short">${escape(verdict.notice)}</p>` : '') +
    (modules ? `<ul class="cm-verify__list">${modules}</ul>` : '') +
    surveyLine(verdict, topics)
  );
}

function surveyLine(verdict: Verdict, topics: readonly SurveyTopic[]): string {
  if (!verdict.survey.length && !verdict.surveyUnknown) return '';
  const named = surveyText(topics, verdict.survey);
  const unknown = verdict.surveyUnknown ? `另有 ${verdict.surveyUnknown} 个本站未列出的专题` : '';
  const text = [named, unknown].filter(Boolean).join('；');
  return `<p data-survey>培训需求调研：希望学习 ${escape(text)}</p>`;
}

function personLine(verdict: Verdict, person: { name: string; number: string }): string {
  if (!verdict.personCheck || verdict.personCheck === 'mismatch') return '';
  const text =
    verdict.personCheck === 'match'
      ? `✓ ${PERSON_CHECKS.match(personLabel(person))}`
      : PERSON_CHECKS.unbound();
  return `<p class="cm-verify__person ${verdict.personCheck === 'match' ? 'cm-ok' : 'cm-short'}" data-person="${verdict.personCheck}">${escape(text)}</p>`;
}
