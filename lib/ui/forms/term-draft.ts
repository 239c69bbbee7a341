// The term dates editor's state: rows of date inputs, checked field by field, and the calendar
// they make.
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';
import type { IsoDay, SchoolCalendar } from '@/lib/model/plan';
import { fromDateInput, schoolYearStart, termNameFor, toDateInput } from '@/lib/ui/forms/dates';
import type { FieldProblem } from '@/lib/ui/forms/problems';

export interface TermDraft {
  /** For React and for field keys; not saved. */
  key: string;
  name: string;
  /** Date input values: '' or YYYY-MM-DD. */
  start: string;
  halfTermStart: string;
  halfTermEnd: string;
  end: string;
}

export interface ClosureDraft {
  key: string;
  day: string;
}

export interface CalendarDraft {
  /** The stored calendar being edited; null for new term dates. */
  id: string | null;
  name: string;
  terms: TermDraft[];
  closures: ClosureDraft[];
  source: SchoolCalendar['source'];
}

export type TermField = 'name' | 'start' | 'halfTermStart' | 'halfTermEnd' | 'end';

let nextKey = 0;
/** A key for a new row, unique for this page. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export function blankTerm(name = ''): TermDraft {
  return { key: rowKey(), name, start: '', halfTermStart: '', halfTermEnd: '', end: '' };
}

/** Three empty terms, named for the school year that holds today, for entering dates by hand. */
export function blankTermsFor(today: IsoDay): TermDraft[] {
  const y = schoolYearStart(today);
  return [blankTerm(`Autumn ${y}`), blankTerm(`Spring ${y + 1}`), blankTerm(`Summer ${y + 1}`)];
}

export function draftFromCalendar(calendar: TermCalendar & { id?: string }, source: SchoolCalendar['source']): CalendarDraft {
  return {
    id: calendar.id ?? null,
    name: calendar.name,
    terms: [...calendar.terms]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((t) => ({
        key: rowKey(),
        name: t.name,
        start: toDateInput(t.start),
        halfTermStart: toDateInput(t.halfTermStart),
        halfTermEnd: toDateInput(t.halfTermEnd),
        end: toDateInput(t.end),
      })),
    closures: [...(calendar.closures ?? [])].sort().map((day) => ({ key: rowKey(), day: toDateInput(day) })),
    source,
  };
}

export function termKey(key: string, field: TermField): string {
  return `term:${key}:${field}`;
}

function termLabel(t: TermDraft, i: number): string {
  return t.name.trim() || `Term ${i + 1}`;
}

/** What stops the dates being saved, field by field, in the order the form shows them. */
export function calendarDraftProblems(draft: CalendarDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.terms.length) problems.push({ key: 'terms', message: 'Add at least one term.' });
  draft.terms.forEach((t, i) => {
    const label = termLabel(t, i);
    const start = fromDateInput(t.start);
    const hs = fromDateInput(t.halfTermStart);
    const he = fromDateInput(t.halfTermEnd);
    const end = fromDateInput(t.end);
    const add = (field: TermField, message: string) => problems.push({ key: termKey(t.key, field), message: `${label}: ${message}` });
    if (!start) add('start', 'enter the first day of term.');
    if (!hs) add('halfTermStart', 'enter the first day of the half-term break.');
    else if (start && hs < start) add('halfTermStart', 'half term starts before the term does.');
    if (!he) add('halfTermEnd', 'enter the last day of the half-term break.');
    else if (hs && he < hs) add('halfTermEnd', 'half term ends before it starts.');
    if (!end) add('end', 'enter the last day of term.');
    else if (start && end < start) add('end', 'the term ends before it starts.');
    else if (he && end < he) add('end', 'the term ends before half term is over.');
  });
  return problems;
}

function termFromDraft(t: TermDraft, i: number): Term | null {
  const start = fromDateInput(t.start);
  const halfTermStart = fromDateInput(t.halfTermStart);
  const halfTermEnd = fromDateInput(t.halfTermEnd);
  const end = fromDateInput(t.end);
  if (!start || !halfTermStart || !halfTermEnd || !end) return null;
  return { name: t.name.trim() || termNameFor(start) || `Term ${i + 1}`, start, halfTermStart, halfTermEnd, end };
}

/**
 * The calendar the draft makes, from the rows with all four days filled in (so it can be checked
 * live while the parent is still typing): unnamed terms named by season, terms in date order,
 * closure days sorted without repeats. Save only once calendarDraftProblems is empty.
 */
export function calendarFromDraft(draft: CalendarDraft): TermCalendar & { id?: string } {
  const terms = draft.terms.map(termFromDraft).filter((t): t is Term => t !== null);
  terms.sort((a, b) => a.start.localeCompare(b.start));
  const closures = [...new Set(draft.closures.map((c) => fromDateInput(c.day)).filter((d): d is IsoDay => d !== null))].sort();
  return { ...(draft.id ? { id: draft.id } : {}), name: draft.name.trim(), terms, closures };
}
