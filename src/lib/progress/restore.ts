/**
 * Restoring a member's progress on a new phone from their own latest completion code. Only a code
 * that verifies, for a plan the site knows, and that belongs to the name typed on the record page
 * may change anything; otherwise the member reads why and the device keeps what it had.
 */
import type { Rating } from './ratings.ts';
import type { Verdict } from './verify.ts';

export type RestorePlan =
  | {
      ok: true;
      /** Codes of the modules the code marks as studied. */
      studied: string[];
      ratings: Map<string, Rating>;
      /** The topics ticked in the needs survey the code carries (empty when none). */
      survey: string[];
      /** The day the code was made, recorded as the day those modules were studied. */
      date: Date;
      message: string;
    }
  | { ok: false; message: string };

/** What to restore from a verdict reached with the member's own name (`verifyCode` context.person). */
export function planRestore(verdict: Verdict, groupId: string): RestorePlan {
  if (verdict.format !== 3)
    return {
      ok: false,
      message: '旧版完成码没有绑定姓名，不能用来恢复学习进度。请使用新版学习记录页生成的完成码。',
    };
  if (verdict.reasons.some((r) => r.code === 'unknown-group'))
    return { ok: false, message: '这个完成码不属于本页的党员类别，请在对应类别的学习记录页恢复。' };
  if (verdict.group && verdict.group.id !== groupId)
    return { ok: false, message: `这是「${verdict.group.name}」的完成码，请在该类别的学习记录页恢复。` };
  if (verdict.personCheck === undefined) return { ok: false, message: '请先填写本人姓名，再恢复学习进度。' };
  if (verdict.personCheck === 'mismatch')
    return { ok: false, message: '完成码绑定的姓名或编号与填写的不一致，未恢复。请核对姓名的写法和编号。' };
  if (verdict.status !== 'valid' || !verdict.modules)
    return { ok: false, message: `无法用这个完成码恢复：${verdict.reasons.map((r) => r.message).join('')}` };
  const studied = verdict.modules.filter((m) => m.studied);
  const ratings = new Map(studied.flatMap((m) => (m.rating ? [[m.code, m.rating] as const] : [])));
  const rated = ratings.size ? `和 ${ratings.size} 条评价` : '';
  const surveyed = verdict.survey.length ? '，以及培训需求调研的选择' : '';
  return {
    ok: true,
    studied: studied.map((m) => m.code),
    ratings,
    survey: verdict.survey,
    date: verdict.date,
    message: `已恢复 ${studied.length} 个已学模块${rated}${surveyed}（${verdict.planLabel}）。`,
  };
}
