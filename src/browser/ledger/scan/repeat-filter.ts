/**
 * A phone held still in front of the camera shows the same code on every frame; the ledger should
 * get it once. A text passes the filter when it has not been in view for `quietMs`: every sighting
 * restarts that wait, so a code held up for a minute counts once, and the same code shown again
 * later (a member who stepped back in line) counts again.
 */
export interface RepeatFilter {
  /** True when `text`, seen at `now` (ms), is new or back after a quiet spell. */
  accept(text: string, now: number): boolean;
}

/** Three seconds: longer than a hand wobbling the code out of frame, shorter than the next person. */
export const REPEAT_QUIET_MS = 3000;

export function createRepeatFilter(quietMs = REPEAT_QUIET_MS): RepeatFilter {
  const lastSeen = new Map<string, number>();
  return {
    accept(text, now) {
      const previous = lastSeen.get(text);
      lastSeen.set(text, now);
      // Forget texts long out of view, so a morning of scanning does not grow the map.
      for (const [seen, at] of lastSeen) if (now - at >= quietMs) lastSeen.delete(seen);
      return previous === undefined || now - previous >= quietMs;
    },
  };
}
