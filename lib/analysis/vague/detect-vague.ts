import type { AnalysisContext } from '../context';
import type { VagueFinding } from '../types';

/** Wording that sounds like support but leaves out what, who, how often or by when. */
export function detectVague(_ctx: AnalysisContext): VagueFinding[] {
  return [];
}
