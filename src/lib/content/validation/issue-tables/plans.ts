import {
  type PlanGroupFacts,
  type PlanPrerequisite,
  type PlanShort,
  type RotationYear,
} from '../issue-facts.ts';
import type { IssueDefinition } from './definition.ts';

/** Problems in the yearly plans (content/plans/<year>.yaml). */
export const PLANS_ISSUES = {
  'plan-file-name': {
    severity: 'error',
    message: () => '计划文件名应为计划年份，如 2027.yaml',
    hint: 'content/plans/<年份>.yaml',
    guide: 'plans#计划文件',
  },
  'plan-year-range': {
    severity: 'error',
    message: ({ year, planYear }: { year: number; planYear: number; first: number; last: number }) =>
      `计划年份 ${year} 离当前计划年份 ${planYear}（content/settings.yaml 的 plan.year）太远，这个文件不会发布`,
    hint: ({ first, last }: { first: number; last: number }) =>
      `${first}–${last} 年的计划文件（plan.year 之前 10 年到之后 5 年）；多余的文件请删除`,
    guide: 'plans#计划文件',
  },
  'plan-list-too-long': {
    severity: 'error',
    message: ({ count, limit }: { count: number; limit: number }) =>
      `这里列了 ${count} 项，超过上限 ${limit} 项：一年的计划用不了这么多，检查程序不再逐项检查这个文件`,
    hint: ({ limit }: { count: number; limit: number }) => `每个列表最多 ${limit} 项`,
    guide: 'plans#计划文件',
  },
  'plan-group-unknown': {
    severity: 'error',
    message: ({ groupLabel, id }: { groupLabel: string; id: string; allowed: string }) =>
      `计划中的${groupLabel}「${id}」不存在`,
    hint: ({ allowed }: { allowed: string }) => allowed,
    guide: 'plans#计划文件',
  },
  'plan-module-unknown': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `计划中的模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'plans#计划文件',
  },
  'plan-module-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `计划中的模块「${code}」仍是草稿（draft），党员看不到它`,
    hint: '已发布（published）的模块，或先发布这个模块',
    guide: 'plans#计划文件',
  },
  'plan-module-not-for-group': {
    severity: 'error',
    message: ({ code, groupLabel, group }: PlanGroupFacts & { code: string }) =>
      `模块「${code}」不面向${groupLabel}「${group}」，不能列入这个类别的计划`,
    hint: ({ groupId }: PlanGroupFacts) => `在该模块的 groups 中加入 ${groupId}，或从这个类别的计划中删除`,
    guide: 'plans#计划文件',
  },
  'plan-module-both': {
    severity: 'error',
    message: ({ code }: { code: string }) => `模块「${code}」同时列为必修和选修`,
    hint: '每个模块只列一次：必修（required）或选修（electives）',
    guide: 'plans#计划文件',
  },
  'plan-module-repeated': {
    severity: 'error',
    message: ({ code, list }: { code: string; list: string }) => `模块「${code}」在${list}中列了两次`,
    hint: '删除重复的一行',
    guide: 'plans#计划文件',
  },
  'plan-hours-short': {
    severity: 'error',
    message: ({ groupLabel, group, year, total, required, missing }: PlanShort) =>
      `${groupLabel}「${group}」${year} 年计划的必修共 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
    hint: '增加必修模块，或把选修模块移到必修',
    guide: 'plans#计划文件',
  },
  'default-plan-short': {
    severity: 'warning',
    message: ({
      groupLabel,
      group,
      year,
      total,
      required,
      missing,
      index,
      years,
    }: PlanShort & RotationYear) =>
      `${groupLabel}「${group}」${year} 年（${years} 年轮训的第 ${index} 年）的默认计划只有 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
    hint: '为该类别增加模块、缩短 rotation.years，或用 npm run plan 写出并调整这一年的计划',
    guide: 'plans#轮训',
  },
  'plan-prerequisite-later': {
    severity: 'error',
    message: ({ code, prerequisite, when }: PlanPrerequisite & { when: string }) =>
      `先修模块「${prerequisite}」${when}，晚于需要它的「${code}」`,
    hint: ({ code, prerequisite }: PlanPrerequisite) => `把 ${prerequisite} 排在 ${code} 之前`,
    guide: 'plans#计划文件',
  },
  'plan-prerequisite-unplanned': {
    severity: 'error',
    message: ({ code, prerequisite }: PlanPrerequisite) =>
      `「${code}」的先修模块「${prerequisite}」不在必修中，本轮训周期更早的年度也没有学过`,
    hint: ({ code, prerequisite }: PlanPrerequisite) => `把 ${prerequisite} 加入必修，排在 ${code} 之前`,
    guide: 'plans#计划文件',
  },
  'plan-when-range': {
    severity: 'error',
    message: ({ unit, value, max }: { unit: '季度' | '月份'; value: number; max: number }) =>
      `${unit}应为 1–${max}，实际是 ${value}`,
    hint: ({ unit, max }: { unit: '季度' | '月份'; max: number }) => `1 到 ${max} 之间的整数（${unit}）`,
    guide: 'plans#计划文件',
  },
  'plan-when-conflict': {
    severity: 'error',
    message: ({ month, quarter }: { month: number; quarter: number }) => `${month} 月不在第 ${quarter} 季度`,
    hint: ({ month }: { month: number; quarter: number }) =>
      `只写 month: ${month}，或改为 quarter: ${Math.ceil(month / 3)}`,
    guide: 'plans#计划文件',
  },
  // Public holidays and 调休 (content/holidays/<year>.yaml), checked in ../holiday-checks.ts.
  'holiday-file-name': {
    severity: 'error',
    message: () => '放假安排文件名应为年份，如 2027.yaml',
    hint: 'content/holidays/<年份>.yaml',
    guide: 'plans#节假日和调休',
  },
  'holiday-file-field': {
    severity: 'error',
    message: () => '放假安排写法不对',
    hint: 'source: 通知名称；holidays: 每项 { name: 国庆节, from: 2027-10-01, to: 2027-10-07 }；workdays: 调休上班的日期列表，日期写成 YYYY-MM-DD',
    guide: 'plans#节假日和调休',
  },
  'schedule-date-holiday': {
    severity: 'warning',
    message: ({ date, holiday }: { date: string; holiday: string; next: string }) =>
      `日期 ${date} 在${holiday}假期中，这一天的学习安排会顺延`,
    hint: ({ next }: { next: string }) => `工作日，如 ${next}；调休上班日也算工作日`,
    guide: 'plans#节假日和调休',
  },
} as const satisfies Record<string, IssueDefinition>;
