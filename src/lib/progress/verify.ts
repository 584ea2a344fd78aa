/**
 * Decides what a decoded completion code proves, without believing it: 学时 and module counts are
 * recomputed from the plan the site published, a plan the site never published cannot be checked,
 * and impossible dates, counts and hours are refused. Pure, so /verify/, the record page and the
 * branch ledger reach the same verdict on the same code.
 */
import { sumHours } from '../modules/hours.ts';
import { planTitle } from '../plans/paths/plan-labels.ts';
import { hash16 } from '../plans/checksums.ts';
import { CODE_EPOCH } from './code-bytes.ts';
import type { DecodedCode, DecodedFields } from './completion-code.ts';
import { personKey } from './person-key.ts';
import type { Rating } from './ratings.ts';
import { FAILURES, FORMAT_LABELS, LEGACY_PLAN, notCurrentPlan, REASONS } from './verify-messages.ts';

export type { GroupKey, PublishedPath, PublishedPlan } from './published-types.ts';
import type { GroupKey, PublishedPath, PublishedPlan } from './published-types.ts';

export type VerdictStatus = 'valid' | 'unverifiable' | 'refused';
export type ReasonCode =
  | 'unknown-group'
  | 'other-group'
  | 'unknown-plan'
  | 'count'
  | 'stray-bits'
  | 'hours'
  | 'future'
  | 'too-early'
  | 'other-person';

export interface Reason {
  code: ReasonCode;
  /** 'unverifiable' when the site cannot check the claim; 'refused' when the claim is impossible. */
  severity: Exclude<VerdictStatus, 'valid'>;
  message: string;
}

export interface VerifyContext {
  /** The group the secretary is checking codes for (a ledger, or /verify/?group=). */
  expectedGroupId?: string | undefined;
  /** The person the secretary expects; compared with the code's person key. */
  person?: { name: string; number?: string | undefined } | undefined;
}

export interface VerifiedModule {
  code: string;
  title: string;
  hours: number;
  studied: boolean;
  rating: Rating | undefined;
}

export interface Verdict {
  status: VerdictStatus;
  /** Why the verdict is not 'valid'; empty when it is. */
  reasons: Reason[];
  format: DecodedFields['format'];
  formatLabel: string;
  group: GroupKey | undefined;
  /** The published plan the code names, when the site knows it. */
  plan: PublishedPlan | undefined;
  /** e.g. `2027年度学习计划（版本 2027-4F2A）`. */
  planLabel: string;
  date: Date;
  /** Recomputed from the plan's modules; undefined when the plan is unknown. */
  hours: number | undefined;
  studiedCount: number | undefined;
  total: number | undefined;
  modules: VerifiedModule[] | undefined;
  /** The code's `personKey`; undefined for formats 1 and 2. */
  person: number | undefined;
  /** Set when a person was given: whether the code belongs to them. */
  personCheck: 'match' | 'mismatch' | 'unbound' | undefined;
  /** Set when the code is for an earlier plan than the current one. */
  notice: string | undefined;
  /**
   * The topic ids the member ticked in the needs survey (培训需求调研), in topics.yaml order;
   * empty when the code carries no survey. Named by the topic list the code was decoded with.
   */
  survey: string[];
  /** Ticked topics the decoding site does not know (the code's site had more topics). */
  surveyUnknown: number;
}

export function verifyCode(
  decoded: DecodedFields,
  paths: Readonly<Record<string, PublishedPath>>,
  today: Date,
  context: VerifyContext = {},
): Verdict {
  const reasons: Reason[] = [];
  const refuse = (code: ReasonCode, message: string) => reasons.push({ code, severity: 'refused', message });
  const path = Object.values(paths).find((p) => hash16(p.groupId) === decoded.groupHash);
  const group = path && { id: path.groupId, name: path.groupName };
  if (!group)
    reasons.push({ code: 'unknown-group', severity: 'unverifiable', message: REASONS.unknownGroup() });
  if (group && context.expectedGroupId && context.expectedGroupId !== group.id)
    refuse('other-group', REASONS.otherGroup(group.name, paths[context.expectedGroupId]?.groupName));

  const earliest = new Date(
    decoded.planYear === undefined ? CODE_EPOCH : Date.UTC(decoded.planYear - 1, 0, 1),
  );
  if (decoded.date > today) refuse('future', REASONS.future(decoded.date, today));
  // A plan is published ahead of its year, at most a year ahead; no code can predate that.
  else if (decoded.date.getTime() < Math.max(earliest.getTime(), CODE_EPOCH))
    refuse('too-early', REASONS.tooEarly(decoded.date, earliest, decoded.planYear));

  const plan = path?.plans.find((p) => p.year === decoded.planYear && p.fingerprint === decoded.pathVersion);
  if (path && !plan) {
    const yearKnown = path.plans.some((p) => p.year === decoded.planYear);
    const message =
      decoded.planYear === undefined || yearKnown
        ? REASONS.unknownVersion(decoded.planYear)
        : REASONS.unknownYear(decoded.planYear);
    reasons.push({ code: 'unknown-plan', severity: 'unverifiable', message });
  }
  const total = plan?.modules.length;
  if (plan && total !== decoded.count) refuse('count', REASONS.count(decoded.count, total!));
  if (decoded.strayBits > 0) refuse('stray-bits', REASONS.strayBits(total ?? decoded.count));

  const studied = new Set(decoded.studiedIndexes);
  const modules =
    plan && total === decoded.count
      ? plan.modules.map((m, i) => ({ ...m, studied: studied.has(i), rating: decoded.ratings.get(i) }))
      : undefined;
  const hours = modules && sumHours(modules.filter((m) => m.studied));
  if (
    hours !== undefined &&
    decoded.hours !== undefined &&
    Math.round(hours * 2) !== Math.round(decoded.hours * 2)
  )
    refuse('hours', REASONS.hours(decoded.hours, hours));

  const personCheck = checkPerson(decoded, context.person);
  if (personCheck === 'mismatch') refuse('other-person', REASONS.otherPerson(personLabel(context.person!)));

  const name = decoded.planYear === undefined ? LEGACY_PLAN : planTitle(decoded.planYear);
  const planLabel = plan && decoded.planYear !== undefined ? `${name}（版本 ${plan.version}）` : name;
  const status = reasons.some((r) => r.severity === 'refused')
    ? 'refused'
    : reasons.length
      ? 'unverifiable'
      : 'valid';
  return {
    status,
    reasons,
    format: decoded.format,
    formatLabel: FORMAT_LABELS[decoded.format],
    group,
    plan,
    planLabel,
    date: decoded.date,
    hours,
    studiedCount: modules?.filter((m) => m.studied).length,
    total: modules?.length,
    modules,
    person: decoded.person,
    personCheck,
    notice: plan && path && plan.version !== path.current ? notCurrentPlan(planLabel) : undefined,
    survey: decoded.survey,
    surveyUnknown: decoded.surveyUnknown,
  };
}

function checkPerson(decoded: DecodedFields, person: VerifyContext['person']): Verdict['personCheck'] {
  if (!person?.name.trim()) return undefined;
  if (decoded.person === undefined) return 'unbound';
  return personKey(person.name, person.number) === decoded.person ? 'match' : 'mismatch';
}

/** `张三` or `张三（编号 0123）`, as the secretary typed it. */
export function personLabel(person: { name: string; number?: string | undefined }): string {
  const number = person.number?.trim();
  return number ? `${person.name.trim()}（编号 ${number}）` : person.name.trim();
}

/** The failure message for a code that did not decode. */
export function describeFailure(decoded: Extract<DecodedCode, { ok: false }>): string {
  return FAILURES[decoded.reason];
}

/** Finds which group a decoded code belongs to, to know which path file to load. */
export function findGroup(decoded: DecodedFields, groups: readonly GroupKey[]): GroupKey | undefined {
  return groups.find((group) => hash16(group.id) === decoded.groupHash);
}

export const UNKNOWN_GROUP = REASONS.unknownGroup();
