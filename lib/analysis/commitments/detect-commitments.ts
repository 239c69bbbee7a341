import type { AnalysisContext } from '../context';
import type { CommitmentFinding, DateFinding } from '../types';

/** Every promise the school's side makes in the new text, with who and by when. */
export function detectCommitments(_ctx: AnalysisContext, _dates: DateFinding[]): CommitmentFinding[] {
  return [];
}
