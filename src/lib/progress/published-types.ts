/** What the site publishes about each group's plans, for reading completion codes (path.json). */

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
