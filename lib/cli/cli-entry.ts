import type { Analysis } from '@/lib/analysis/types';

/** The command line's output for one email: the fields the scorer and other tools read. */
export function toCliEntry(id: string, a: Analysis) {
  return {
    id,
    dates: a.dates.map(({ start, end, text, date, conflict }) => ({ start, end, text, date, ...(conflict ? { conflict } : {}) })),
    commitments: a.commitments.map(({ start, end, text, actor, due, hedged, conditional }) => ({ start, end, text, actor, due, hedged, conditional })),
    vague: a.vague.map(({ start, end, text, category, why, ask }) => ({ start, end, text, category, why, ask })),
    concerns: a.concerns.map(({ start, end, text, type, explanation }) => ({ start, end, text, type, explanation })),
  };
}
