/**
 * 列席记录: when someone from a level above attends one of the branch's 专题研讨, the secretary
 * records the discussion (or only the date), the level, the attendee's organization and, if
 * wished, the name. Each entry is saved at once; the report carries the entries (names only with
 * the member list) and, per level, whether the branch was visited.
 */
import { changeLedger, type Ledger } from '../../../lib/ledger/ledger-state.ts';
import { SESSION_KIND_LABELS } from '../../../lib/ledger/sessions.ts';
import {
  addVisit,
  checkVisit,
  discussionSessions,
  removeVisit,
  type LedgerVisit,
} from '../../../lib/ledger/visits.ts';
import type { LedgerPageData } from '../../../lib/ledger/page-data.ts';
import { VISIT_LEVEL_LABELS, VISIT_LEVELS, type VisitLevel } from '../../../lib/reports/report-schema.ts';
import { escapeHtml } from '../../../lib/security/escape/html.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { CONFLICT, showBody, showProblems } from './form-parts.ts';

const FORM = `
<p>上级党组织派人列席本支部的专题研讨时，在这里记一笔。上报文件只报列席的日期、层级和单位；勾选「附上党员名单」导出时才带列席人姓名。</p>
<form class="cm-eval__form" data-visit-form novalidate>
  <p class="cm-ledger-field"><label for="visit-session">${SESSION_KIND_LABELS.discussion}</label>
  <select id="visit-session" name="session" data-visit-session></select></p>
  <p class="cm-ledger-field"><label for="visit-date">列席日期</label>
  <input id="visit-date" name="date" type="date" /></p>
  <p class="cm-ledger-field"><label for="visit-level">列席人来自</label>
  <select id="visit-level" name="level">${VISIT_LEVELS.map((level) => `<option value="${level}">${VISIT_LEVEL_LABELS[level]}</option>`).join('')}</select></p>
  <p class="cm-ledger-field"><label for="visit-unit">列席人所在单位</label>
  <input id="visit-unit" name="unit" type="text" maxlength="100" autocomplete="off" placeholder="例如：某某公司党委" /></p>
  <p class="cm-ledger-field"><label for="visit-name">列席人姓名（可不填）</label>
  <input id="visit-name" name="name" type="text" maxlength="100" autocomplete="off" /></p>
  <p class="cm-ledger-actions"><button type="submit">记录列席</button></p>
</form>
<div class="cm-ledger-problems" data-visit-problems role="alert" hidden></div>
<p class="cm-ledger-status" data-visit-status aria-live="polite"></p>
<h3 id="visit-list-heading">已记录的列席</h3>
<p data-visit-count></p>
<ul class="cm-eval__list" aria-labelledby="visit-list-heading" data-visit-list></ul>`;

export function startVisitsPanel(
  panel: HTMLElement,
  controller: LedgerController,
  data: LedgerPageData,
): void {
  const body = panel.querySelector<HTMLElement>('[data-ledger-body]')!;
  body.innerHTML = FORM;
  const $ = <T extends HTMLElement>(selector: string) => body.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-visit-form]');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const session = $<HTMLSelectElement>('[data-visit-session]');
  const problems = $('[data-visit-problems]');
  const status = $('[data-visit-status]');
  const groupName = (id: string) => data.groups.find((g) => g.id === id)?.name ?? id;
  let sessionsKey = '';

  const sessionLabel = (ledger: Ledger, id: string) => {
    const found = ledger.sessions.find((s) => s.id === id);
    return found ? `${found.title}（${groupName(found.groupId)}）` : '未选专题研讨';
  };

  function render(ledger: Ledger | undefined) {
    if (!showBody(panel, ledger)) return;
    const sessions = discussionSessions(ledger);
    const key = sessions.map((s) => s.id).join();
    if (key !== sessionsKey) {
      sessionsKey = key;
      const chosen = session.value;
      session.innerHTML = [
        '<option value="">不选，只记日期</option>',
        ...sessions.map(
          (s) =>
            `<option value="${escapeHtml(s.id)}">${escapeHtml(`${s.date} ${sessionLabel(ledger, s.id)}`)}</option>`,
        ),
      ].join('');
      session.value = sessions.some((s) => s.id === chosen) ? chosen : '';
    }
    $('[data-visit-count]').textContent = ledger.visits.length
      ? `共 ${ledger.visits.length} 次：${VISIT_LEVELS.map((l) => `${VISIT_LEVEL_LABELS[l]} ${ledger.visits.filter((v) => v.level === l).length} 次`).join('，')}。`
      : '还没有列席记录。';
    $('[data-visit-list]').innerHTML = ledger.visits.map((visit) => visitItem(ledger, visit)).join('');
  }

  const visitItem = (ledger: Ledger, visit: LedgerVisit) => {
    const text = [
      visit.date,
      visit.sessionId ? sessionLabel(ledger, visit.sessionId) : '未选专题研讨',
      VISIT_LEVEL_LABELS[visit.level],
      visit.unit,
      visit.name,
    ].filter(Boolean);
    return `<li><span>${escapeHtml(text.join(' · '))}</span> <button type="button" data-remove-visit="${escapeHtml(visit.id)}" aria-label="${escapeHtml(`删除 ${visit.date} ${visit.unit} 的列席记录`)}">删除</button></li>`;
  };

  session.addEventListener('change', () => {
    const chosen = controller.ledger?.sessions.find((s) => s.id === session.value);
    if (chosen) field('date').value = chosen.date;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ledger = controller.ledger;
    if (!ledger) return;
    const visit = {
      sessionId: session.value,
      date: field('date').value,
      level: field('level').value as VisitLevel,
      unit: field('unit').value.trim(),
      name: field('name').value.trim(),
    };
    const found = checkVisit(visit, ledger);
    showProblems(problems, found);
    if (found.length) return;
    void controller
      .update((current) => changeLedger(current, { visits: addVisit(current.visits, visit) }))
      .then((saved) => {
        status.textContent = saved
          ? `已记录：${visit.date} ${VISIT_LEVEL_LABELS[visit.level]}（${visit.unit}）列席。`
          : CONFLICT;
        if (saved) field('name').value = '';
      });
  });

  $('[data-visit-list]').addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-remove-visit]')?.dataset.removeVisit;
    if (!id) return;
    void controller
      .update((current) => changeLedger(current, { visits: removeVisit(current.visits, id) }))
      .then((saved) => (status.textContent = saved ? '已删除这条列席记录。' : CONFLICT));
  });

  controller.subscribe(render);
}
