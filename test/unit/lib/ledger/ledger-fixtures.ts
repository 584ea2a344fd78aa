// Shared fixtures for the ledger tests: three groups, their 2027 plans as path.json publishes
// them, and a helper that makes a member's completion code with the site's own encoder.
import { pathFingerprint } from '../../../../src/lib/plans/checksums.ts';
import { encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import { personKey } from '../../../../src/lib/progress/person-key.ts';
import type { PublishedPath } from '../../../../src/lib/progress/verify.ts';
import type { LedgerGroupPlan } from '../../../../src/lib/ledger/ledger-state.ts';

export const YEAR = 2027;
export const TODAY = new Date('2027-06-01T00:00:00Z');

const modules = (prefix: string, hours: number[]) =>
  hours.map((h, i) => ({ code: `${prefix}-00${i + 1}`, title: `${prefix} 模块 ${i + 1}`, hours: h }));

export const PLAN_MODULES = {
  ordinary: modules('LL', [8, 8, 8, 8]),
  activist: modules('DX', [4, 4, 4, 4]),
  probationary: modules('XS', [8, 8, 8, 8]),
};

export const GROUPS: LedgerGroupPlan[] = [
  { id: 'ordinary', name: '普通党员', requiredHours: 32, planVersion: '' },
  { id: 'activist', name: '入党积极分子', requiredHours: 16, planVersion: '' },
  { id: 'probationary', name: '预备党员·新进毕业生', requiredHours: 32, planVersion: '' },
].map((group) => {
  const list = PLAN_MODULES[group.id as keyof typeof PLAN_MODULES];
  const fingerprint = pathFingerprint(list.map((m) => m.code));
  return { ...group, planVersion: `${YEAR}-${fingerprint.toString(16).toUpperCase().padStart(4, '0')}` };
});

export const PATHS: Record<string, PublishedPath> = Object.fromEntries(
  GROUPS.map((group) => {
    const list = PLAN_MODULES[group.id as keyof typeof PLAN_MODULES];
    const plan = {
      version: group.planVersion,
      year: YEAR,
      fingerprint: pathFingerprint(list.map((m) => m.code)),
      modules: list,
    };
    return [group.id, { groupId: group.id, groupName: group.name, current: plan.version, plans: [plan] }];
  }),
);

/** A format-3 code for a member of `groupId` who studied the first `studied` modules. */
export function makeCode(
  groupId: keyof typeof PLAN_MODULES,
  name: string,
  options: { number?: string; studied?: number; date?: string; year?: number; codes?: string[] } = {},
): string {
  const list = options.codes ?? PLAN_MODULES[groupId].map((m) => m.code);
  return encodeCompletionCode({
    groupId,
    planYear: options.year ?? YEAR,
    pathCodes: list,
    studied: new Set(list.slice(0, options.studied ?? list.length)),
    person: personKey(name, options.number),
    date: new Date(`${options.date ?? '2027-05-01'}T00:00:00Z`),
  });
}
