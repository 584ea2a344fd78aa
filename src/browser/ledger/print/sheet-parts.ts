/**
 * What every printed sheet shares: the branch's place under the title, dates as Chinese readers
 * write them, 达标率 as a percentage.
 */
import { formatDate } from '../../../lib/modules/format.ts';
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { element } from './dom.ts';

/** 集团 · 二级单位 · 支部, leaving out what the secretary left blank. */
export const branchPlace = (ledger: Pick<Ledger, 'branch'>) =>
  [ledger.branch.company, ledger.branch.unit, ledger.branch.name].filter((part) => part.trim()).join(' · ');

/** `2027-01-04` → `2027年1月4日`. */
export const chineseDate = (day: string) => formatDate(new Date(`${day}T00:00:00Z`));

/** `0.853` → `85.3%`. */
export const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** The sheet's title and the line of facts under it. */
export function sheetHead(title: string, facts: readonly (string | false)[]) {
  return [
    element('h2', { className: 'cm-print__title' }, [title]),
    element(
      'p',
      { className: 'cm-print__facts' },
      facts.filter((fact): fact is string => Boolean(fact)).map((fact) => element('span', {}, [fact])),
    ),
  ];
}
