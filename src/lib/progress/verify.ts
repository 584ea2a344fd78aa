import { planTitle } from '../paths/plan-labels.ts';
import { hash16 } from './checksums.ts';
import type { DecodedCode } from './completion-code.ts';

/** What the verify page knows about each group before loading its path. */
export interface GroupKey {
  id: string;
  name: string;
}

/** One version of a group's required modules that completion codes may have been made for. */
export interface PublishedPlan {
  /** Plan version, e.g. `2027-4F2A`; `path-4F2A` for the study path before yearly plans. */
  version: string;
  /** The plan year; undefined for the study path before yearly plans (format-1 codes). */
  year?: number | undefined;
  /** `pathFingerprint` of the codes below, which a completion code carries. */
  fingerprint: number;
  /** The required modules, in the order the code's bits follow. */
  modules: { code: string; title: string; hours: number }[];
}

/** What /paths/<group>/path.json publishes: the current plan and every earlier one still known. */
export interface PublishedPath {
  groupId: string;
  groupName: string;
  /** Version of the plan members get codes for now. */
  current: string;
  plans: PublishedPlan[];
}

export type Verification =
  | { ok: false; message: string }
  | {
      ok: true;
      group: GroupKey;
      date: Date;
      hours: number;
      studiedCount: number;
      total: number;
      /** The plan the code was made for, e.g. `2027年度学习计划（版本 2027-4F2A）`. */
      plan: string;
      /** Present when the code's plan version is still known. */
      modules?: (PublishedPlan['modules'][number] & { studied: boolean })[];
      /** Set when the code is not for the current plan, or its plan changed since. */
      notice?: string;
    };

const FAILURES: Record<Extract<DecodedCode, { ok: false }>['reason'], string> = {
  empty: '请输入完成码。',
  characters: '完成码中有无法识别的字符。完成码只包含数字和字母（没有 I、L、O、U），请对照原件重新输入。',
  length: '完成码的长度不对，可能少输或多输了字符，请对照原件重新输入。',
  checksum: '完成码校验失败：有字符输错，或内容被改动过。请对照原件重新输入。',
  version: '这个完成码由更新版本的系统生成，请刷新页面后再试。',
};

/** The failure message for a code that did not decode. */
export function describeFailure(decoded: Extract<DecodedCode, { ok: false }>): string {
  return FAILURES[decoded.reason];
}

/** Finds which group a decoded code belongs to. */
export function findGroup(
  decoded: Extract<DecodedCode, { ok: true }>,
  groups: readonly GroupKey[],
): GroupKey | undefined {
  return groups.find((group) => hash16(group.id) === decoded.groupHash);
}

/** The study path before yearly plans, which format-1 codes were made for. */
const LEGACY_PLAN = '年度学习计划实行前的学习路径';

/**
 * Compares a decoded code with the plans the group published: the version it was made for lists
 * the modules studied; a version no longer known still shows the code's own totals and its year.
 */
export function verifyAgainstPath(
  decoded: Extract<DecodedCode, { ok: true }>,
  group: GroupKey,
  path: PublishedPath,
): Verification {
  const match = path.plans.find(
    (plan) =>
      plan.year === decoded.planYear &&
      plan.fingerprint === decoded.pathVersion &&
      plan.modules.length === decoded.count,
  );
  const name = decoded.planYear === undefined ? LEGACY_PLAN : planTitle(decoded.planYear);
  const summary = {
    ok: true as const,
    group,
    date: decoded.date,
    hours: decoded.hours,
    studiedCount: decoded.studiedIndexes.length,
    total: decoded.count,
    plan: match && decoded.planYear !== undefined ? `${name}（版本 ${match.version}）` : name,
  };
  if (!match) {
    const changed = decoded.planYear === undefined ? '该类别的学习路径' : `${name}`;
    return {
      ...summary,
      notice: `生成这个完成码之后，${changed}调整过课程，无法逐个核对模块；学时和模块数以完成码记录为准。`,
    };
  }
  const studied = new Set(decoded.studiedIndexes);
  const modules = match.modules.map((module, i) => ({ ...module, studied: studied.has(i) }));
  if (match.version === path.current) return { ...summary, modules };
  return { ...summary, modules, notice: `这个完成码属于${summary.plan}，不是当前的学习计划。` };
}

export const UNKNOWN_GROUP = '完成码对应的党员类别在本站找不到，可能已被调整。请联系组织部门。';
