/**
 * What the backup schema cannot see in the records issue 18 added: 列席 ids unique and pointing at
 * a 专题研讨 of the ledger, each module's card tally once and possible, and the paper survey
 * possible. The same checks as the panels run before they save, so a restored ledger holds only
 * what the page itself could have recorded.
 */
import { checkCardTally } from './cards.ts';
import type { Ledger } from './ledger-state.ts';
import { discussionSessions } from './visits.ts';

export function checkRecords(ledger: Pick<Ledger, 'visits' | 'cards' | 'survey' | 'sessions'>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const discussions = new Set(discussionSessions(ledger).map((session) => session.id));
  for (const visit of ledger.visits) {
    if (ids.has(visit.id)) problems.push(`备份文件中列席记录 ${visit.id} 重复。`);
    ids.add(visit.id);
    if (visit.sessionId && !discussions.has(visit.sessionId))
      problems.push(`备份文件中列席记录 ${visit.id} 对应的专题研讨 ${visit.sessionId} 不存在。`);
  }
  const modules = new Set<string>();
  for (const card of ledger.cards) {
    if (modules.has(card.module)) problems.push(`备份文件中模块 ${card.module} 的评估卡统计重复。`);
    modules.add(card.module);
    problems.push(...checkCardTally(card).map((problem) => `备份文件中评估卡统计 ${problem}`));
  }
  const topics = new Set<string>();
  for (const { topic, count } of ledger.survey.topics) {
    if (topics.has(topic)) problems.push(`备份文件中调研专题 ${topic} 重复。`);
    topics.add(topic);
    if (count > ledger.survey.respondents)
      problems.push(
        `备份文件中调研专题 ${topic} 选了 ${count} 人，多于填表人数 ${ledger.survey.respondents} 人。`,
      );
  }
  return problems;
}
