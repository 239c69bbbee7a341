import type { CommitmentFinding, ConcernFinding, DateFinding, VagueFinding } from '@/lib/analysis/types';

interface Stored {
  /** `${recordId}:${kind}:${start}-${end}`: the same words keep the same id when re-analysed. */
  id: string;
  recordId: string;
  /** The record's child, copied so a child's timeline reads its findings by one index. */
  childId: string | null;
  /**
   * Set on a finding the current rules no longer find, kept only because the parent marked or
   * linked it (lib/findings/retired-finding.ts keeps it). Views say the rules would not flag these
   * words now; the flags leave it out except where the parent's own mark says to chase it.
   * Absent on every finding the current rules found.
   */
  retired?: Retirement;
}

/** When the rules stopped finding a kept finding: the first analysis that did not, kept through later ones. */
export interface Retirement {
  /** The ANALYSIS_VERSION whose rules first no longer found it. */
  version: number;
  /** When that analysis ran (ISO 8601). */
  at: string;
}

/** One finding as stored with its record; offsets index into the record's `text`. */
export type StoredFinding =
  | (Stored & { kind: 'date' } & DateFinding)
  | (Stored & { kind: 'commitment' } & CommitmentFinding)
  | (Stored & { kind: 'vague' } & VagueFinding)
  | (Stored & { kind: 'concern' } & ConcernFinding);

export type FindingKind = StoredFinding['kind'];

/** Which version of the rules last read a record; records read by older rules are read again. */
export interface AnalysisStamp {
  recordId: string;
  version: number;
  /** The term calendar it was read against (see calendar-lookup.ts); '' for none. */
  calendarKey?: string;
  analysedAt: string;
}
