/**
 * Pasted or scanned text into the ledger: every code found is matched (match-codes.ts) and the
 * ledger's codes saved in one change. The match runs again inside the change, against the ledger
 * as stored at that moment, so a change from another tab is never overwritten; when that tab
 * saved first the controller reloads and this tries once more.
 */
import { findCodesInText } from '../../../lib/ledger/codes-in-text.ts';
import { changeLedger, type Ledger } from '../../../lib/ledger/ledger-state.ts';
import { matchCodes, type CodeOutcome } from '../../../lib/ledger/match-codes.ts';
import type { PublishedPath } from '../../../lib/progress/verify.ts';
import type { LedgerController } from '../ledger-controller.ts';

export interface CreditResult {
  outcomes: CodeOutcome[];
  /** False when the ledger could not be saved (another tab kept changing it). */
  saved: boolean;
}

export async function creditCodes(
  controller: LedgerController,
  text: string,
  paths: Readonly<Record<string, PublishedPath>>,
  /** The survey topics' ids in topics.yaml order, which name the topics a code carries. */
  topicIds: readonly string[] = [],
): Promise<CreditResult> {
  const found = findCodesInText(text, topicIds);
  const match = (ledger: Ledger) =>
    matchCodes(found, {
      rows: ledger.roster,
      paths,
      today: controller.today(),
      year: ledger.year,
      existing: ledger.codes,
    });
  const ledger = controller.ledger;
  if (!ledger || found.length === 0) return { outcomes: [], saved: true };
  let result = match(ledger);
  if (!result.outcomes.some((outcome) => outcome.kind === 'matched')) return { ...result, saved: true };
  for (let attempt = 0; attempt < 2; attempt++) {
    const saved = await controller.update((current) => {
      result = match(current);
      return changeLedger(current, { codes: result.codes });
    });
    if (saved) return { outcomes: result.outcomes, saved: true };
  }
  return { outcomes: result.outcomes, saved: false };
}

/** Roster rows with a credited code: what 「已记入 N 人」 counts. */
export function creditedCount(ledger: Ledger | undefined): number {
  if (!ledger) return 0;
  const rows = new Set(ledger.roster.map((row) => row.id));
  return new Set(ledger.codes.map((code) => code.rowId).filter((id) => rows.has(id))).size;
}
