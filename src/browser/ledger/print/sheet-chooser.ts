/**
 * When the address names no sheet, or a sitting the ledger no longer has: the list of what can
 * be printed, a link each, so the page is useful when opened by hand or from an old bookmark.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { sittingsOf } from '../../../lib/ledger/sessions.ts';
import { routes } from '../../../site-routes.ts';
import { element } from './dom.ts';
import { chineseDate } from './sheet-parts.ts';

const link = (href: string, text: string) => element('li', {}, [element('a', { href }, [text])]);

export function renderChooser(ledger: Ledger, notice: string | undefined): { title: string; nodes: Node[] } {
  const byGroup = Object.values(ledger.groups).map((group) => {
    const sessions = ledger.sessions.filter((session) => session.groupId === group.id);
    const items = sessions.flatMap((session) =>
      sittingsOf(session).map((sitting) =>
        link(routes.branchPrint('signin', sitting.id), `${chineseDate(session.date)} ${sitting.label}`),
      ),
    );
    return items.length ? [element('h3', {}, [`签到表：${group.name}`]), element('ul', {}, items)] : [];
  });
  return {
    title: '选择要打印的表',
    nodes: [
      ...(notice ? [element('p', { className: 'cm-print__notice', role: 'status' }, [notice])] : []),
      element('ul', {}, [
        link(routes.branchPrint('ledger'), `${ledger.year} 年度党员学习台账（A4）`),
        link(routes.branchPrint('report'), '上报表（一页）'),
      ]),
      ...byGroup.flat(),
    ],
  };
}
