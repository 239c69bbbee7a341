import { detectCommitments } from '@/lib/analysis/commitments/detect-commitments';
import { detectConcerns } from '@/lib/analysis/concerns/detect-concerns';
import { createContext } from '@/lib/analysis/context';
import { detectDates } from '@/lib/analysis/dates/detect-dates';
import type { Analysis, AnalyseOptions, EmailInput } from '@/lib/analysis/types';
import { detectVague } from '@/lib/analysis/vague/detect-vague';

/**
 * Finds the dates, commitments, vague wording and warnings in the new text of one email. Pure and
 * synchronous: the same in the service worker, a page and Node. Offsets index into `email.body`.
 */
export function analyse(email: EmailInput, options: AnalyseOptions = {}): Analysis {
  const ctx = createContext(email, options);
  const dates = detectDates(ctx);
  const commitments = detectCommitments(ctx, dates);
  // Vague wording counts only in what the school's side will do: its commitments say where that is.
  const vague = detectVague(ctx, commitments);
  const concerns = detectConcerns(ctx, dates);
  return { dates, commitments, vague, concerns, analysed: { start: ctx.region.start, end: ctx.region.end } };
}
