/**
 * The verify page in the browser: decodes the code, loads the group's published plans, and shows
 * `verifyCode`'s verdict in Chinese, in large type for an older secretary. `?group=` names the
 * group the secretary is checking, so a code of another group says so.
 */
import { calendarToday } from '../../lib/platform/calendar.ts';
import { decodeCompletionCode } from '../../lib/progress/completion-code.ts';
import {
  describeFailure,
  findGroup,
  UNKNOWN_GROUP,
  verifyCode,
  type GroupKey,
  type PublishedPath,
} from '../../lib/progress/verify.ts';
import { routes } from '../../site-routes.ts';
import { readSurveyTopics } from '../survey/survey-topics.ts';
import { renderVerdict } from './verdict-view.ts';

export function startCodeVerifier(form: HTMLFormElement): void {
  const groups = JSON.parse(document.querySelector('[data-verify-groups]')!.textContent!) as GroupKey[];
  const input = form.querySelector<HTMLInputElement>('input[name="code"]')!;
  const name = form.querySelector<HTMLInputElement>('[data-verify-name]')!;
  const number = form.querySelector<HTMLInputElement>('[data-verify-number]')!;
  const output = document.querySelector<HTMLElement>('[data-verify-result]')!;
  const expectedGroupId = new URL(location.href).searchParams.get('group') ?? undefined;
  const topics = readSurveyTopics();
  const paths = new Map<string, PublishedPath>();
  const show = (html: string) => {
    output.innerHTML = html;
  };

  async function load(group: GroupKey): Promise<PublishedPath> {
    const known = paths.get(group.id);
    if (known) return known;
    const response = await fetch(routes.pathData(group.id));
    if (!response.ok) throw new Error(String(response.status));
    const path = (await response.json()) as PublishedPath;
    paths.set(group.id, path);
    return path;
  }

  async function verify(text: string) {
    const decoded = decodeCompletionCode(
      text,
      topics.map((topic) => topic.id),
    );
    if (!decoded.ok) return show(`<p class="cm-verify__status cm-short">${describeFailure(decoded)}</p>`);
    const group = findGroup(decoded, groups);
    if (!group) return show(`<p class="cm-verify__status cm-short">无法核对</p><p>${UNKNOWN_GROUP}</p>`);
    show('<p>正在读取学习计划……</p>');
    const known: Record<string, PublishedPath> = {};
    try {
      known[group.id] = await load(group);
      const expected = groups.find((g) => g.id === expectedGroupId);
      if (expected && expected.id !== group.id) known[expected.id] = await load(expected);
    } catch {
      return show('<p class="cm-short">无法读取学习计划，请检查网络后重试。</p>');
    }
    const person = { name: name.value, number: number.value };
    const verdict = verifyCode(decoded, known, calendarToday(), { expectedGroupId, person });
    show(renderVerdict(verdict, person, topics));
  }

  const run = () => void verify(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('code', input.value.trim());
    history.replaceState(null, '', url);
    run();
  });
  // The binding is checked again as the secretary types a name, without pressing 核对 again.
  for (const field of [name, number]) field.addEventListener('change', () => input.value.trim() && run());
  const fromQr = new URL(location.href).searchParams.get('code');
  if (fromQr) {
    input.value = fromQr;
    run();
  }
}
