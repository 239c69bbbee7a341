// What a parent typing term dates by hand should be told before saving: dates that cannot be right
// (a term ending before it starts) and dates that are probably a typo (a 20-week term). Each problem
// is one plain sentence naming the term, so the list can be shown as it is.

import { daysBetween, isIsoDay, isWeekend, type IsoDay } from '@/lib/calendar/day';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';
import { dayRange, longDay, weekdayName } from '@/lib/calendar/day-words';

/** An autumn term from the first days of September to just before Christmas is about 16 weeks. */
const LONGEST_TERM_DAYS = 16 * 7;
/** The summer holiday is about 6 weeks; more than 8 between two terms means a term or a date is missing. */
const LONGEST_HOLIDAY_DAYS = 8 * 7;

const FIELD_WORDS: Record<'start' | 'end' | 'halfTermStart' | 'halfTermEnd', string> = {
  start: 'first day',
  end: 'last day',
  halfTermStart: 'first day of half term',
  halfTermEnd: 'last day of half term',
};

export function checkCalendar(calendar: TermCalendar): string[] {
  const terms: unknown[] = Array.isArray(calendar?.terms) ? calendar.terms : [];
  if (terms.length === 0) return ['There are no terms yet. Add the first term to get started.'];
  const problems: string[] = [];
  const usable: Term[] = [];
  terms.forEach((raw, i) => {
    const term = (raw ?? {}) as Partial<Term>;
    const label = termLabel(term, i);
    const before = problems.length;
    for (const field of Object.keys(FIELD_WORDS) as (keyof typeof FIELD_WORDS)[]) {
      if (!isIsoDay(term[field])) problems.push(`${label}: the ${FIELD_WORDS[field]} is missing or is not a real date.`);
    }
    if (problems.length > before) return;
    if (!(typeof term.name === 'string' && term.name.trim())) problems.push(`${label} has no name.`);
    problems.push(...checkTerm(term as Term, label));
    usable.push({ ...(term as Term), name: label });
  });
  problems.push(...checkNames(terms), ...checkSequence(usable));
  return problems;
}

function checkTerm(term: Term, label: string): string[] {
  const { start, end, halfTermStart, halfTermEnd } = term;
  const problems: string[] = [];
  if (end < start) problems.push(`${label} ends (${longDay(end)}) before it starts (${longDay(start)}).`);
  for (const [day, verb] of [[start, 'starts'], [end, 'ends']] as const) {
    if (isWeekend(day)) problems.push(`${label} ${verb} on a ${weekdayName(day)} (${longDay(day)}). Terms ${verb === 'starts' ? 'start' : 'end'} on a school day, so please check this date.`);
  }
  if (halfTermEnd < halfTermStart) {
    problems.push(`${label}: half term ends (${longDay(halfTermEnd)}) before it starts (${longDay(halfTermStart)}).`);
  } else if (start <= end && (halfTermStart < start || halfTermEnd > end)) {
    problems.push(`${label}: half term (${dayRange(halfTermStart, halfTermEnd)}) is not inside the term (${dayRange(start, end)}).`);
  }
  const days = daysBetween(start, end) + 1;
  if (days > LONGEST_TERM_DAYS) {
    problems.push(`${label} is about ${Math.ceil(days / 7)} weeks long. A term is rarely more than 16 weeks, so please check its dates.`);
  }
  return problems;
}

function checkNames(terms: unknown[]): string[] {
  const seen = new Map<string, number>();
  for (const raw of terms) {
    const name = typeof (raw as Partial<Term> | null)?.name === 'string' ? (raw as Term).name.trim() : '';
    if (name) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const raw of terms) {
    const name = typeof (raw as Partial<Term> | null)?.name === 'string' ? (raw as Term).name.trim() : '';
    const count = seen.get(name.toLowerCase()) ?? 0;
    if (count > 1) {
      problems.push(`${count === 2 ? 'Two' : 'Several'} terms are called "${name}". Please give each term its own name.`);
      seen.delete(name.toLowerCase());
    }
  }
  return problems;
}

/** Overlaps and long gaps, looking at the terms in date order whatever order they were typed in. */
function checkSequence(terms: Term[]): string[] {
  const sorted = terms.filter((t) => t.start <= t.end).sort((a, b) => a.start.localeCompare(b.start));
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (after.start <= before.end) {
      problems.push(`${before.name} and ${after.name} overlap: ${after.name} starts (${longDay(after.start)}) before ${before.name} ends (${longDay(before.end)}).`);
      continue;
    }
    const holiday = daysBetween(before.end, after.start) - 1;
    if (holiday > LONGEST_HOLIDAY_DAYS) {
      problems.push(
        `There are ${Math.round(holiday / 7)} weeks between ${before.name} and ${after.name}. The longest school holiday, in the summer, is about 6 weeks, so a term may be missing or a date may be wrong.`,
      );
    }
  }
  return problems;
}

/** The term's name, or where it sits when it has none: "The term starting 2 September 2026", "Term 3". */
function termLabel(term: Partial<Term>, index: number): string {
  const name = typeof term.name === 'string' ? term.name.trim() : '';
  if (name) return name;
  return isIsoDay(term.start) ? `The term starting ${longDay(term.start as IsoDay)}` : `Term ${index + 1}`;
}
