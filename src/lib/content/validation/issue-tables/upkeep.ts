import { historyGapFix, historyGapMessage, qrBrokenMessage } from '../issue-facts.ts';
import type { HistoryGap } from '../../qr/registry-history.ts';
import type { IssueDefinition } from './definition.ts';

/** Problems that come with time: content due for review, and the add-only QR registry. */
export const UPKEEP_ISSUES = {
  'review-due': {
    severity: 'warning',
    message: ({ date, days }: { date: string; days: number }) =>
      `复核日期 ${date} 已过 ${days} 天，内容需要复核`,
    hint: '复核内容后，把 updated 改为复核当天，并把 reviewBy 改为下一次复核日期',
    guide: 'writing#草稿发布与复核',
  },
  'content-old': {
    severity: 'warning',
    message: ({
      months,
      updated,
      due,
      days,
    }: {
      months: number;
      updated: string;
      due: string;
      days: number;
    }) => `内容已超过 ${months} 个月未更新（上次更新 ${updated}），应在 ${due} 前复核，已过 ${days} 天`,
    hint: '复核内容后把 updated 改为复核当天；期限由 content/settings.yaml 的 review.maxAgeMonths 设定',
    guide: 'writing#草稿发布与复核',
  },
  'qr-duplicate': {
    severity: 'error',
    message: ({ code }: { code: string }) => `二维码 ${code} 登记了两次`,
    guide: 'writing#草稿发布与复核',
  },
  'qr-broken': {
    severity: 'error',
    message: qrBrokenMessage,
    hint: '在这一行加上 supersededBy: 接替它的模块编号，或 retired: 给扫码党员看的说明',
    guide: 'writing#草稿发布与复核',
  },
  'qr-unregistered': {
    severity: 'warning',
    message: ({ code }: { code: string }) =>
      `${code} 还没有登记到 content/qr-registry.yaml，印发它的二维码之前请先登记`,
    hint: '运行 npm run qr:register 自动登记',
    guide: 'writing#草稿发布与复核',
  },
  'qr-history-missing': {
    severity: 'warning',
    message: ({ gap }: { gap: HistoryGap }) => historyGapMessage(gap),
    hint: ({ gap }: { gap: HistoryGap }) => historyGapFix(gap),
    guide: 'check-and-preview',
  },
  'qr-history-required': {
    severity: 'error',
    message: ({ gap }: { gap: HistoryGap }) => `${historyGapMessage(gap)}；CI 中不允许跳过这项检查`,
    hint: ({ gap }: { gap: HistoryGap }) => historyGapFix(gap),
    guide: 'check-and-preview',
  },
  'qr-deleted': {
    severity: 'error',
    message: ({ code }: { code: string }) =>
      `content/qr-registry.yaml 删除了已印发的二维码 ${code}：登记表只能增加，不能删除`,
    hint: '恢复这一行；模块下线时改写为 supersededBy 或 retired',
    guide: 'writing#草稿发布与复核',
  },
  'qr-changed': {
    severity: 'error',
    message: ({
      code,
      key,
      was,
      now,
    }: {
      code: string;
      key: string;
      was: string;
      now: string | undefined;
    }) =>
      now === undefined
        ? `已印发的二维码 ${code} 删除了 ${key}（登记时是「${was}」）：登记表已有的内容不能改动`
        : `已印发的二维码 ${code} 的 ${key} 被改动：登记时是「${was}」，现在是「${now}」；登记表已有的内容不能改动`,
    hint: ({ key, was }: { key: string; was: string }) =>
      `把 ${key} 恢复为「${was}」；模块下线时只能在这一行加上 supersededBy 或 retired`,
    guide: 'writing#草稿发布与复核',
  },
} as const satisfies Record<string, IssueDefinition>;
