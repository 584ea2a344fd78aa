/**
 * What /verify/, the record page and the ledger say about a completion code, in one place, so
 * that a secretary reads the same sentence wherever the same thing is wrong.
 */
import { isoDay } from '../platform/calendar.ts';
import { planTitle } from '../plans/paths/plan-labels.ts';
import type { FailureReason } from './completion-code.ts';

export const FAILURES: Record<FailureReason, string> = {
  empty: '请输入完成码。',
  characters: '完成码中有无法识别的字符。完成码只包含数字和字母（没有 I、L、O、U），请对照原件重新输入。',
  length: '完成码的长度不对，可能少输或多输了字符，请对照原件重新输入。',
  checksum: '完成码校验失败：有字符输错，或内容被改动过。请对照原件重新输入。',
  version: '这个完成码由更新版本的系统生成，请刷新页面后再试。',
  layout: '完成码的内容不符合格式（评价的写法不对），可能被改动过。',
};

export const FORMAT_LABELS = {
  1: '旧版完成码（年度学习计划实行前，未绑定姓名）',
  2: '旧版完成码（未绑定姓名）',
  3: '完成码（已绑定姓名）',
} as const;

/** The study path before yearly plans, which format-1 codes were made for. */
export const LEGACY_PLAN = '年度学习计划实行前的学习路径';

const day = (date: Date) => isoDay(date);
const named = (year: number | undefined) => (year === undefined ? LEGACY_PLAN : planTitle(year));

export const REASONS = {
  unknownGroup: () => '完成码对应的党员类别在本站找不到，可能已被调整。请联系组织部门。',
  otherGroup: (code: string, page: string | undefined) =>
    `这是「${code}」的完成码${page ? `，不是「${page}」的` : ''}，不能计入本类别。`,
  unknownYear: (year: number) => `本站没有发布过${planTitle(year)}，无法核对这个完成码。`,
  unknownVersion: (year: number | undefined) =>
    `本站发布的${named(year)}中没有这个版本（可能从未发布，或后来调整过课程），无法核对学了哪些模块和多少学时。`,
  count: (code: number, plan: number) =>
    `完成码记录的模块数（${code} 个）与该计划的必修模块数（${plan} 个）不符，可能被改动过。`,
  strayBits: (plan: number) => `完成码标记了计划之外的模块（该计划只有 ${plan} 个必修模块），可能被改动过。`,
  hours: (code: number, plan: number) =>
    `完成码记录的学时（${code} 学时）与所学模块按计划计算的学时（${plan} 学时）不符，可能被改动过。`,
  future: (date: Date, today: Date) =>
    `完成码的生成日期 ${day(date)} 晚于今天（${day(today)}），不可能是真实的完成码。`,
  tooEarly: (date: Date, earliest: Date, year: number | undefined) =>
    `完成码的生成日期 ${day(date)} 早于${named(year)}可能使用的时间（${day(earliest)} 起），不可能是真实的完成码。`,
  otherPerson: (who: string) =>
    `这个完成码不属于「${who}」：姓名或编号与完成码绑定的不一致。请核对姓名的写法和编号。`,
};

export const PERSON_CHECKS = {
  match: (who: string) => `完成码属于「${who}」。`,
  mismatch: (who: string) => `完成码不属于「${who}」。`,
  unbound: () => '旧版完成码没有绑定姓名，无法核对是否本人。',
};

export const STATUS_LABELS = {
  valid: '完成码有效',
  unverifiable: '无法核对',
  refused: '完成码不能认可',
} as const;

export const notCurrentPlan = (plan: string) => `这个完成码属于${plan}，不是当前的学习计划。`;
