// How much support a provision promises over a school year, so two versions of it can be compared
// even when one says "twice a week" and the other "6 times a term".
import type { Frequency, FrequencyPer, Provision } from '@/lib/model/plan';

// An English school year: 190 school days, about 38 teaching weeks, three terms of two halves.
const PER_YEAR: Record<FrequencyPer, number> = {
  day: 190,
  week: 38,
  fortnight: 19,
  'half-term': 6,
  term: 3,
  year: 1,
};

export function sessionsPerYear(f: Frequency): number {
  return f.times * PER_YEAR[f.per];
}

/**
 * Minutes a year when the plan gives both how often and how long; sessions a year when it gives
 * only how often (then both sides must lack minutes to be compared); null when it says neither.
 */
export function yearlyLoad(p: Pick<Provision, 'frequency' | 'minutes'>): { amount: number; unit: 'minutes' | 'sessions' } | null {
  if (!p.frequency) return null;
  const sessions = sessionsPerYear(p.frequency);
  return p.minutes === null ? { amount: sessions, unit: 'sessions' } : { amount: sessions * p.minutes, unit: 'minutes' };
}

/** 'reduced', 'increased', 'same', or null when the two cannot be compared. */
export function compareLoad(
  before: Pick<Provision, 'frequency' | 'minutes'>,
  after: Pick<Provision, 'frequency' | 'minutes'>,
): 'reduced' | 'increased' | 'same' | null {
  const a = yearlyLoad(before);
  const b = yearlyLoad(after);
  if (!a || !b || a.unit !== b.unit) return null;
  // Rounding guard: 19 fortnights and 38 weeks must compare equal.
  if (Math.abs(a.amount - b.amount) < 1e-9) return 'same';
  return b.amount < a.amount ? 'reduced' : 'increased';
}
