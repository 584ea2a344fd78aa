/**
 * The 党员类别 a ledger knows, and how a roster cell names one. Secretaries type the Chinese name
 * (often with stray spaces or full-width characters from WPS), sometimes only one half of a name
 * such as 预备党员·新进毕业生, and exports from other systems carry the id; all of them must land on
 * the same group, and nothing else may (no guessing at 积极份子 for 积极分子).
 */

/** A member group as the ledger needs it: groups.yaml's id, name and yearly requirement. */
export interface LedgerGroup {
  id: string;
  name: string;
  /** 学时 a member of the group must reach in the year (`requiredHours` in groups.yaml). */
  requiredHours: number;
}

const MIDDLE_DOTS = /[·•‧・･．.]/g;

/** NFKC, no whitespace, one middle dot, lower case: how two spellings of a group are compared. */
export function normaliseGroupText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(MIDDLE_DOTS, '·').toLowerCase();
}

export interface GroupMatcher {
  /** The group a cell names, or undefined. */
  find(text: string): LedgerGroup | undefined;
  /** `正式党员、预备党员…`: what a problem lists as allowed. */
  allowed: string;
}

export function createGroupMatcher(groups: readonly LedgerGroup[]): GroupMatcher {
  const byText = new Map<string, LedgerGroup>();
  const parts = new Map<string, LedgerGroup[]>();
  for (const group of groups) {
    byText.set(normaliseGroupText(group.name), group);
    byText.set(normaliseGroupText(group.id), group);
    for (const part of normaliseGroupText(group.name).split('·'))
      if (part) parts.set(part, [...(parts.get(part) ?? []), group]);
  }
  // Half a name counts only when it names one group and is not itself another group's name.
  for (const [part, owners] of parts)
    if (owners.length === 1 && !byText.has(part)) byText.set(part, owners[0]!);
  return {
    find: (text) => byText.get(normaliseGroupText(text)),
    allowed: groups.map((group) => group.name).join('、'),
  };
}
