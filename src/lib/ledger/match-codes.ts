/**
 * Credits completion codes to roster rows. Each code is verified with the same `verifyCode` as
 * /verify/ (学时 recomputed from the published plan, impossible claims refused), then matched by
 * the person key it carries and its group to exactly one row. Anything else is listed with its
 * reason and never merged: no row, two rows, another group, a plan that cannot be checked, another
 * year, refused, damaged, or an old code without a name. When one member has several codes, the
 * latest (by code date, then by place in the text, the ledger's own code counting as earliest)
 * is kept, and both sides say so.
 */
import { isoDay } from '../platform/calendar.ts';
import { personKey } from '../progress/person-key.ts';
import {
  describeFailure,
  findGroup,
  verifyCode,
  type PublishedPath,
  type Verdict,
} from '../progress/verify.ts';
import type { FoundCode } from './codes-in-text.ts';
import { MATCH_MESSAGES, type OutcomeKind } from './match-messages.ts';
import type { RosterRow } from './roster-types.ts';

export { OUTCOME_LABELS, type OutcomeKind } from './match-messages.ts';

/** A code credited to a roster row, with what it proves, ready to be stored in the ledger. */
export interface MatchedCode {
  rowId: string;
  /** `ABCD-EFGH-…`, kept so the code can be checked again. */
  code: string;
  /** The day the code was made, `YYYY-MM-DD`. */
  date: string;
  groupId: string;
  planVersion: string;
  /** The plan modules the code marks as studied, with 学时 from the published plan. */
  modules: { code: string; hours: number }[];
  /** Sum of those modules' 学时, recomputed; the code's own claim is never used. */
  hours: number;
  /** The member's ratings (1 很满意 … 4 不满意) by module code, for 培训评估. */
  ratings: Record<string, number>;
  /** The needs-survey topics (taxonomy topic ids) the member chose on the phone; empty when none. */
  survey: string[];
}

export interface CodeOutcome {
  kind: OutcomeKind;
  found: FoundCode;
  /** Why the code is not credited, or a note on a credited one; empty when there is nothing to say. */
  reason: string;
  /** The rows the outcome is about: the matched row, the ambiguous pair, the other-group row. */
  rows: RosterRow[];
  verdict?: Verdict | undefined;
  /** Set for 'matched': what goes into the ledger. */
  matched?: MatchedCode | undefined;
}

export interface MatchContext {
  rows: readonly RosterRow[];
  paths: Readonly<Record<string, PublishedPath>>;
  /** Beijing's calendar day (`calendarToday()`): codes from later days are refused. */
  today: Date;
  /** The ledger year: codes for another year's plan are listed, not credited. */
  year: number;
  /** Codes the ledger already holds, one per row at most. */
  existing?: readonly MatchedCode[] | undefined;
}

export interface MatchResult {
  outcomes: CodeOutcome[];
  /** The ledger's codes after this batch: the existing ones, replaced where a newer one came. */
  codes: MatchedCode[];
}

export function matchCodes(found: readonly FoundCode[], context: MatchContext): MatchResult {
  const byKey = new Map<number, RosterRow[]>();
  for (const row of context.rows) {
    if (!row.groupId || !row.name) continue;
    const key = personKey(row.name, row.number);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const groupKeys = Object.values(context.paths).map((path) => ({ id: path.groupId, name: path.groupName }));
  const outcomes = found.map((item) => classify(item, context, byKey, groupKeys));
  return keepLatest(outcomes, context.existing ?? []);
}

function classify(
  found: FoundCode,
  context: MatchContext,
  byKey: ReadonlyMap<number, RosterRow[]>,
  groupKeys: readonly { id: string; name: string }[],
): CodeOutcome {
  const decoded = found.decoded;
  const outcome = (kind: OutcomeKind, reason: string, rows: RosterRow[] = [], verdict?: Verdict) => ({
    kind,
    found,
    reason,
    rows,
    verdict,
  });
  if (!decoded.ok) return outcome('damaged', describeFailure(decoded));
  const candidates = decoded.person === undefined ? [] : (byKey.get(decoded.person) ?? []);
  const group = findGroup(decoded, groupKeys);
  const inGroup = candidates.filter((row) => row.groupId === group?.id);
  const target = inGroup.length === 1 ? inGroup[0] : candidates.length === 1 ? candidates[0] : undefined;
  const verdict = verifyCode(
    decoded,
    context.paths,
    context.today,
    target ? { expectedGroupId: target.groupId, person: target } : {},
  );
  const why = (codes: (r: Verdict['reasons'][number]) => boolean) =>
    verdict.reasons
      .filter(codes)
      .map((r) => r.message)
      .join('');
  const refused = why((r) => r.severity === 'refused' && r.code !== 'other-group');
  if (refused) return outcome('refused', refused, target ? [target] : [], verdict);
  if (decoded.person === undefined)
    return outcome('unbound', MATCH_MESSAGES.unbound(verdict.formatLabel), [], verdict);
  if (verdict.status === 'unverifiable' || !group || !verdict.plan)
    return outcome(
      'unverifiable',
      why(() => true),
      [],
      verdict,
    );
  if (inGroup.length === 0 && candidates.length > 0) {
    const names = candidates.map((row) => groupKeys.find((g) => g.id === row.groupId)?.name ?? row.group);
    return outcome(
      'other-group',
      MATCH_MESSAGES.otherGroup(group.name, candidates, names),
      candidates,
      verdict,
    );
  }
  if (verdict.plan.year !== context.year)
    return outcome('other-year', MATCH_MESSAGES.otherYear(verdict.planLabel, context.year), inGroup, verdict);
  if (inGroup.length === 0) return outcome('unmatched', MATCH_MESSAGES.unmatched(group.name), [], verdict);
  if (inGroup.length > 1) return outcome('ambiguous', MATCH_MESSAGES.ambiguous(inGroup), inGroup, verdict);
  const studied = (verdict.modules ?? []).filter((m) => m.studied);
  const matched: MatchedCode = {
    rowId: inGroup[0]!.id,
    code: found.code,
    date: isoDay(decoded.date),
    groupId: group.id,
    planVersion: verdict.plan.version,
    modules: studied.map(({ code, hours }) => ({ code, hours })),
    hours: verdict.hours ?? 0,
    ratings: Object.fromEntries(studied.flatMap((m) => (m.rating ? [[m.code, m.rating]] : []))),
    // The needs-survey topics the member ticked (issue 18); a code without the survey flag has none.
    survey: [...verdict.survey],
  };
  return { ...outcome('matched', verdict.notice ?? '', inGroup, verdict), matched };
}

/** One code per row: the latest by date, then by place; the ledger's own code counts as earliest. */
function keepLatest(outcomes: CodeOutcome[], existing: readonly MatchedCode[]): MatchResult {
  const codes = new Map(existing.map((code) => [code.rowId, code]));
  for (const outcome of outcomes) {
    const next = outcome.matched;
    if (!next) continue;
    const row = outcome.rows[0]!;
    const held = codes.get(next.rowId);
    if (held?.code === next.code) {
      Object.assign(outcome, { kind: 'already', reason: MATCH_MESSAGES.already(row), matched: undefined });
      continue;
    }
    if (held && held.date > next.date) {
      Object.assign(outcome, {
        kind: 'superseded',
        reason: MATCH_MESSAGES.superseded(row, held.date),
        matched: undefined,
      });
      continue;
    }
    if (held) {
      const earlier = outcomes.find((o) => o.matched?.code === held.code && o.matched.rowId === held.rowId);
      if (earlier)
        Object.assign(earlier, {
          kind: 'superseded',
          reason: MATCH_MESSAGES.superseded(row, next.date),
          matched: undefined,
        });
      outcome.reason = [MATCH_MESSAGES.replaced(held.date), outcome.reason].filter(Boolean).join('');
    }
    codes.set(next.rowId, next);
  }
  return { outcomes, codes: [...codes.values()] };
}
