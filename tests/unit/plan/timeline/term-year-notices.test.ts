import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '@/lib/model/finding';
import { coveredSchoolYears, schoolYearStart, termYearNotices } from '@/lib/plan/timeline/term-year-notices';
import { CALENDAR, commitment, dateFinding } from './make-set';

let n = 0;
/** A term word the calendar could not place, in email `recordId`. */
function unplaced(recordId: string, text: string, year: string): StoredFinding {
  const start = n++ * 10;
  return { id: `${recordId}:date:${start}-${start + text.length}`, recordId, childId: 'child-1', kind: 'date', start, end: start + text.length, text, date: null, missingTermYear: year };
}

describe('the school years a calendar covers', () => {
  it('reads the first year of a school year however it is written', () => {
    expect(schoolYearStart('2022–23')).toBe(2022);
    expect(schoolYearStart('2022-23')).toBe(2022);
    expect(schoolYearStart('2022/2023')).toBe(2022);
    expect(schoolYearStart('last year')).toBeNull();
  });

  it('lists the school years holding a term, by the year they start', () => {
    // The example calendar runs from September 2024 to July 2027.
    expect([...coveredSchoolYears(CALENDAR)].sort()).toEqual([2024, 2025, 2026]);
    expect(coveredSchoolYears(null).size).toBe(0);
  });
});

describe('notices for missing term dates on the timeline', () => {
  it('gives one notice per missing year, not one per finding, counting the emails', () => {
    const findings = [
      unplaced('r1', 'after half term', '2022–23'),
      unplaced('r1', 'end of term', '2022–23'),
      unplaced('r2', 'after half term', '2022–23'),
      unplaced('r3', 'by half term', '2022–23'),
    ];
    const notices = termYearNotices(findings, CALENDAR);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ year: '2022–23', recordIds: ['r1', 'r2', 'r3'] });
    expect(notices[0]!.findingIds).toEqual(findings.map((f) => f.id));
    // The words each once, the most used first, then in the order they were met.
    expect(notices[0]!.words).toEqual(['after half term', 'end of term', 'by half term']);
  });

  it('keeps the years apart, newest first', () => {
    const notices = termYearNotices(
      [unplaced('r1', 'after half term', '2021–22'), unplaced('r2', 'next term', '2023–24'), unplaced('r3', 'end of term', '2022–23')],
      CALENDAR,
    );
    expect(notices.map((x) => x.year)).toEqual(['2023–24', '2022–23', '2021–22']);
    expect(notices.map((x) => x.words)).toEqual([['next term'], ['end of term'], ['after half term']]);
  });

  it('counts the same words once whatever their case or spacing, shown as first written', () => {
    const notices = termYearNotices([unplaced('r1', 'After half term', '2022–23'), unplaced('r2', 'after  half\nterm', '2022–23')], CALENDAR);
    expect(notices[0]!.words).toEqual(['After half term']);
    expect(notices[0]!.recordIds).toEqual(['r1', 'r2']);
  });

  it('treats a hyphen and an en dash as the same year', () => {
    const notices = termYearNotices([unplaced('r1', 'after half term', '2022–23'), unplaced('r2', 'end of term', '2022-23')], CALENDAR);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.year).toBe('2022–23');
    expect(notices[0]!.words).toEqual(['after half term', 'end of term']);
  });

  it('drops a year the calendar now covers: those findings are being read again', () => {
    const notices = termYearNotices([unplaced('r1', 'after half term', '2025–26'), unplaced('r2', 'after half term', '2022–23')], CALENDAR);
    expect(notices.map((x) => x.year)).toEqual(['2022–23']);
    // With no calendar at all, nothing is covered.
    expect(termYearNotices([unplaced('r1', 'after half term', '2025–26')], null).map((x) => x.year)).toEqual(['2025–26']);
  });

  it('ignores placed dates and other kinds of finding', () => {
    expect(termYearNotices([dateFinding('r1', '2025-11-03'), commitment('r1', null)], CALENDAR)).toEqual([]);
    expect(termYearNotices([], CALENDAR)).toEqual([]);
  });
});
