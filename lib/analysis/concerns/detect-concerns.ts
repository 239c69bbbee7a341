import type { AnalysisContext } from '../context';
import type { ConcernFinding, DateFinding } from '../types';

/** Things the guidance tells parents to watch for: exclusions, reduced timetables and the like. */
export function detectConcerns(_ctx: AnalysisContext, _dates: DateFinding[]): ConcernFinding[] {
  return [];
}
