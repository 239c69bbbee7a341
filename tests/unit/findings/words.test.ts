import { describe, expect, it } from 'vitest';
import { formatDayBrief as formatDay } from '@/lib/calendar/format-day';
import { RETIRED_LABEL, actorLabel, addTermDatesFor, commitmentWords, countByRecord, dateWords, describeFinding, findingsSummary, groupFindings } from '@/lib/findings/words';
import type { StoredFinding } from '@/lib/model/finding';
import { markDescription, termDatesLinkText } from '@/lib/ui/term-year-notice';

describe('formatDay', () => {
  it('writes a calendar day the British way, whatever the time zone', () => {
    expect(formatDay('2024-09-25')).toBe('Wed 25 Sep 2024');
    expect(formatDay('2024-09-13')).toBe('Fri 13 Sep 2024');
    expect(formatDay('2026-03-29')).toBe('Sun 29 Mar 2026');
  });

  it('gives an empty string for anything that is not a day', () => {
    expect(formatDay(null)).toBe('');
    expect(formatDay('next week')).toBe('');
    expect(formatDay('2024-02-30')).toBe('');
  });
});

describe('actorLabel', () => {
  it('says "The school" for the school and keeps names as written', () => {
    expect(actorLabel('school')).toBe('The school');
    expect(actorLabel('the school')).toBe('The school');
    expect(actorLabel('Mrs Patel')).toBe('Mrs Patel');
    expect(actorLabel('the SENCo')).toBe('The SENCo');
    expect(actorLabel('')).toBe('Not said');
  });
});

describe('findingsSummary', () => {
  it('counts what was found in a fixed order, in words', () => {
    expect(findingsSummary({ vague: 1, commitment: 2 })).toBe('2 promises · 1 vague');
    expect(findingsSummary({ date: 1, concern: 2, commitment: 1 })).toBe('2 to watch · 1 promise · 1 date');
    expect(findingsSummary({ date: 3 })).toBe('3 dates');
  });

  it('is empty when nothing was found', () => {
    expect(findingsSummary({})).toBe('');
    expect(findingsSummary({ vague: 0 })).toBe('');
  });
});

describe('countByRecord', () => {
  it('counts index keys by record and kind, ignoring kinds it does not know', () => {
    const counts = countByRecord([
      ['a', 'commitment'],
      ['a', 'commitment'],
      ['a', 'vague'],
      ['b', 'date'],
      ['b', 'mystery'],
    ]);
    expect(counts.get('a')).toEqual({ commitment: 2, vague: 1 });
    expect(counts.get('b')).toEqual({ date: 1 });
  });
});

describe('groupFindings', () => {
  it('groups by kind, each in the order the words appear', () => {
    const base = { recordId: 'r', childId: null, text: 'x' };
    const findings: StoredFinding[] = [
      { ...base, id: '2', kind: 'vague', start: 30, end: 40, category: 'monitoring', why: '', ask: '' },
      { ...base, id: '1', kind: 'vague', start: 5, end: 9, category: 'hedge', why: '', ask: '' },
      { ...base, id: '3', kind: 'date', start: 1, end: 2, date: null },
    ];
    const groups = groupFindings(findings);
    expect(groups.vague.map((f) => f.id)).toEqual(['1', '2']);
    expect(groups.date.map((f) => f.id)).toEqual(['3']);
    expect(groups.commitment).toEqual([]);
    expect(groups.concern).toEqual([]);
  });
});

describe('describeFinding', () => {
  const base = { recordId: 'r', childId: null, id: 'x', start: 0, end: 1, text: 'x' };
  it('labels each kind briefly', () => {
    expect(describeFinding({ ...base, kind: 'commitment', actor: 'school', due: null, hedged: false, conditional: false })).toBe(
      'Promise: The school, no date given',
    );
    expect(describeFinding({ ...base, kind: 'commitment', actor: 'Mrs Patel', due: '2024-09-13', hedged: true, conditional: false })).toBe(
      'Promise: Mrs Patel, by Fri 13 Sep 2024',
    );
    expect(describeFinding({ ...base, kind: 'vague', category: 'monitoring', why: '', ask: '' })).toBe('Vague wording: Monitoring');
    expect(describeFinding({ ...base, kind: 'date', date: '2024-09-25' })).toBe('Date: Wed 25 Sep 2024');
    expect(describeFinding({ ...base, kind: 'date', date: null })).toBe('Date: no single day');
    expect(describeFinding({ ...base, kind: 'concern', type: 'exclusion', explanation: '' })).toBe('Thing to watch: Exclusion');
  });
});

describe('a term word waiting for a school year’s term dates', () => {
  const base = { recordId: 'r', childId: null, id: 'x', start: 0, end: 15, text: 'after half term' };

  it('says which year’s term dates it needs, not “no single day”, in the mark’s label', () => {
    expect(describeFinding({ ...base, kind: 'date', date: null, missingTermYear: '2022–23' })).toBe('Date: needs the term dates for 2022–23');
    expect(
      describeFinding({ ...base, kind: 'commitment', actor: 'school', due: null, missingTermYear: '2019–20', hedged: false, conditional: false }),
    ).toBe('Promise: The school, needs the term dates for 2019–20');
    // A day, when there is one, wins.
    expect(describeFinding({ ...base, kind: 'date', date: '2024-09-25', missingTermYear: '2022–23' })).toBe('Date: Wed 25 Sep 2024');
  });

  it('uses the same words as the record’s and the timeline’s notices', () => {
    expect(addTermDatesFor('2022–23')).toBe(termDatesLinkText('2022–23'));
    expect(describeFinding({ ...base, kind: 'date', date: null, missingTermYear: '2022–23' })).toBe(markDescription('Date', '2022–23'));
  });

  it('says so on the page’s card too', () => {
    const date = dateWords({ ...base, date: null, missingTermYear: '2022–23' }, true);
    expect(date.title).toBe('Date: needs the term dates for 2022–23');
    expect(date.why).toBe(
      '“after half term” depends on the school’s term dates for 2022–23, which On Record does not have yet. Add term dates for 2022–23 for your child to see which day it is.',
    );
    const promise = commitmentWords({ ...base, text: 'We will review this after half term', actor: 'Mrs Patel', due: null, missingTermYear: '2019–20', hedged: false, conditional: false });
    expect(promise.title).toBe('Promise by Mrs Patel, needs the term dates for 2019–20');
    expect(promise.why).toContain('add term dates for 2019–20');
    expect(promise.ask).toBeNull();
  });
});

describe('a finding the rules no longer find, kept for the parent’s mark or link', () => {
  it('says so in its mark’s label', () => {
    const promise = { recordId: 'r', childId: null, id: 'x', start: 0, end: 1, text: 'x', kind: 'commitment', actor: 'school', due: null, hedged: false, conditional: false } as const;
    expect(describeFinding({ ...promise, retired: { version: 3, at: '2026-11-01T09:00:00.000Z' } })).toBe(`Promise: The school, no date given${RETIRED_LABEL}`);
    expect(describeFinding(promise)).toBe('Promise: The school, no date given');
  });
});
