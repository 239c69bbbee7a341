import { isIsoDay } from '@/lib/calendar/day';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';

export type CalendarCheck = { ok: true; calendar: TermCalendar } | { ok: false; error: string };

const DAY_FIELDS = ['start', 'end', 'halfTermStart', 'halfTermEnd'] as const;

/** Reads a term calendar in the JSON format of term-calendar.md, saying plainly what is wrong. */
export function parseTermCalendar(text: string): CalendarCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the term calendar is not valid JSON.' };
  }
  const terms = (json as { terms?: unknown })?.terms;
  if (!Array.isArray(terms) || terms.length === 0) return { ok: false, error: 'the term calendar needs a "terms" list.' };
  const checked: Term[] = [];
  for (const [i, term] of terms.entries()) {
    const t = term as Record<string, unknown>;
    for (const field of DAY_FIELDS) {
      if (!isIsoDay(t?.[field])) return { ok: false, error: `term ${i + 1} needs "${field}" as YYYY-MM-DD.` };
    }
    const { start, end, halfTermStart, halfTermEnd } = t as unknown as Term;
    if (!(start <= halfTermStart && halfTermStart <= halfTermEnd && halfTermEnd <= end)) {
      return { ok: false, error: `term ${i + 1}: its half term must fall between its start and end.` };
    }
    checked.push({ name: typeof t.name === 'string' ? t.name : `Term ${i + 1}`, start, end, halfTermStart, halfTermEnd });
  }
  checked.sort((a, b) => a.start.localeCompare(b.start));
  const closures = (json as { closures?: unknown }).closures;
  return {
    ok: true,
    calendar: {
      name: typeof (json as { name?: unknown }).name === 'string' ? (json as { name: string }).name : 'School calendar',
      terms: checked,
      closures: Array.isArray(closures) ? closures.filter(isIsoDay) : [],
    },
  };
}
