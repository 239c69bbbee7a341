import type { CommitmentFinding, ConcernFinding, DateFinding, VagueFinding } from '../analysis/types';

interface Stored {
  /** `${recordId}:${kind}:${start}-${end}`: the same words keep the same id when re-analysed. */
  id: string;
  recordId: string;
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
  analysedAt: string;
}
