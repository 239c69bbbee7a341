// "w/c 10th March", "week commencing 10 March", "the week of 10 March": that week's Monday.

import { mondayOf } from '@/lib/calendar/day';
import type { Candidate, DateEnv } from '@/lib/analysis/dates/candidate';
import { WEEK_OF_BEFORE } from '@/lib/analysis/dates/phrases';

const CUE = new RegExp(`(?:(?:in|during|for|from|on)\\s+)?${WEEK_OF_BEFORE}`, 'i');

export function applyWeekOf(env: DateEnv, candidates: Candidate[]): Candidate[] {
  for (const c of candidates) {
    if (c.known.day === undefined) continue;
    const from = Math.max(0, c.start - 40);
    const m = CUE.exec(env.body.slice(from, c.start));
    if (!m) continue;
    c.start = from + m.index;
    if (c.date) {
      c.date = mondayOf(c.date);
    }
    c.conflict = undefined;
  }
  return candidates;
}
