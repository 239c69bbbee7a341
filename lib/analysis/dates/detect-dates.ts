import type { AnalysisContext } from '../context';
import type { DateFinding } from '../types';

/** Every date in the new text, resolved against the day the email was sent. */
export function detectDates(_ctx: AnalysisContext): DateFinding[] {
  return [];
}
