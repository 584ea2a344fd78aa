import { hash16 } from './checksums.ts';
import type { DecodedCode } from './completion-code.ts';

/** What the verify page knows about each group before loading its path. */
export interface GroupKey {
  id: string;
  name: string;
}

/** A path as published in /paths/<group>/path.json. */
export interface PublishedPath {
  groupId: string;
  groupName: string;
  version: number;
  modules: { code: string; title: string; hours: number }[];
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
      /** Present when the code was made for the path as it is now. */
      modules?: (PublishedPath['modules'][number] & { studied: boolean })[];
      /** Set when the path changed since the code was made. */
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

/** Compares a decoded code with the group's current path. */
export function verifyAgainstPath(
  decoded: Extract<DecodedCode, { ok: true }>,
  group: GroupKey,
  path: PublishedPath,
): Verification {
  const summary = {
    ok: true as const,
    group,
    date: decoded.date,
    hours: decoded.hours,
    studiedCount: decoded.studiedIndexes.length,
    total: decoded.count,
  };
  if (path.version !== decoded.pathVersion || path.modules.length !== decoded.count) {
    return {
      ...summary,
      notice:
        '生成这个完成码之后，该类别的学习路径调整过课程，无法逐个核对模块；学时和模块数以完成码记录为准。',
    };
  }
  const studied = new Set(decoded.studiedIndexes);
  return { ...summary, modules: path.modules.map((module, i) => ({ ...module, studied: studied.has(i) })) };
}

export const UNKNOWN_GROUP = '完成码对应的党员类别在本站找不到，可能已被调整。请联系组织部门。';
