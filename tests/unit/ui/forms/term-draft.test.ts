import { describe, expect, it } from 'vitest';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { blankTerm, blankTermsFor, calendarDraftProblems, calendarFromDraft, draftFromCalendar, termKey } from '@/lib/ui/forms/term-draft';

const calendar: TermCalendar & { id: string } = {
  id: 'cal1',
  name: 'St Mary’s term dates',
  terms: [
    { name: 'Spring 2027', start: '2027-01-05', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19', end: '2027-03-26' },
    { name: 'Autumn 2026', start: '2026-09-03', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30', end: '2026-12-18' },
  ],
  closures: ['2026-11-20', '2026-09-02'],
};

describe('term dates draft', () => {
  it('round-trips a calendar, in date order', () => {
    const draft = draftFromCalendar(calendar, 'ics');
    expect(draft.id).toBe('cal1');
    expect(draft.source).toBe('ics');
    expect(draft.terms.map((t) => t.name)).toEqual(['Autumn 2026', 'Spring 2027']);
    expect(calendarFromDraft(draft)).toEqual({
      ...calendar,
      terms: [calendar.terms[1], calendar.terms[0]],
      closures: ['2026-09-02', '2026-11-20'],
    });
  });

  it('gives every row its own key', () => {
    const keys = [...blankTermsFor('2026-05-13'), blankTerm()].map((t) => t.key);
    expect(new Set(keys).size).toBe(4);
  });

  it('offers three terms named for the school year, to fill in by hand', () => {
    expect(blankTermsFor('2026-05-13').map((t) => t.name)).toEqual(['Autumn 2025', 'Spring 2026', 'Summer 2026']);
    expect(blankTermsFor('2026-10-01').map((t) => t.name)).toEqual(['Autumn 2026', 'Spring 2027', 'Summer 2027']);
  });

  it('names unnamed terms by season, leaves half-filled rows out, and tidies closure days', () => {
    const draft = draftFromCalendar(calendar, 'manual');
    draft.terms[0]!.name = ' ';
    draft.terms.push({ ...blankTerm('Summer 2027'), start: '2027-04-12' });
    draft.closures.push({ key: 'x', day: '2026-09-02' }, { key: 'y', day: '' });
    const made = calendarFromDraft(draft);
    expect(made.terms.map((t) => t.name)).toEqual(['Autumn 2026', 'Spring 2027']);
    expect(made.closures).toEqual(['2026-09-02', '2026-11-20']);
  });

  it('has no id for new dates', () => {
    const draft = { ...draftFromCalendar(calendar, 'default'), id: null };
    expect(calendarFromDraft(draft)).not.toHaveProperty('id');
  });

  it('says field by field what is missing or out of order', () => {
    const draft = draftFromCalendar(calendar, 'manual');
    const [autumn, spring] = draft.terms;
    autumn!.halfTermStart = '';
    spring!.halfTermStart = '2027-01-01';
    spring!.end = '2027-02-16';
    const problems = calendarDraftProblems(draft);
    expect(problems).toEqual([
      { key: termKey(autumn!.key, 'halfTermStart'), message: 'Autumn 2026: enter the first day of the half-term break.' },
      { key: termKey(spring!.key, 'halfTermStart'), message: 'Spring 2027: half term starts before the term does.' },
      { key: termKey(spring!.key, 'end'), message: 'Spring 2027: the term ends before half term is over.' },
    ]);
    expect(calendarDraftProblems(draftFromCalendar(calendar, 'ics'))).toEqual([]);
    expect(calendarDraftProblems({ ...draft, terms: [] })).toEqual([{ key: 'terms', message: 'Add at least one term.' }]);
    expect(calendarDraftProblems({ ...draft, terms: [blankTerm()] }).map((p) => p.message)).toEqual([
      'Term 1: enter the first day of term.',
      'Term 1: enter the first day of the half-term break.',
      'Term 1: enter the last day of the half-term break.',
      'Term 1: enter the last day of term.',
    ]);
  });
});
