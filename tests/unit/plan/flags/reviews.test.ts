import { describe, expect, it } from 'vitest';
import { fewReviewsInYear, noReviewLastTerm, reviewDatePassed } from '@/lib/plan/flags';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { CALENDAR, event, head, plan, recordSet } from '../timeline/make-set';

// Today is Monday 2 March 2026, in Spring 2026; the last complete term is Autumn 2025
// (3 September to 19 December 2025, half term from 27 October).
describe('no review last term', () => {
  const set = (overrides: Partial<ChildRecordSet> = {}) => recordSet({ plans: [plan('p1', '2025-09-01')], ...overrides });

  it('flags the current plan when the last complete term had no review', () => {
    expect(noReviewLastTerm(set())).toEqual([
      {
        kind: 'no-review-last-term',
        id: 'no-review-last-term:p1:term:2025-09-03',
        severity: 'act',
        title: 'No review last term',
        detail: 'No review is saved for Autumn 2025, while “SEN Support plan p1” was in place. You can ask the school for a review meeting, or add the review here if it happened.',
        day: '2025-12-19',
        findingId: null,
        planId: 'p1',
        provisionId: null,
        recordIds: [],
        term: 'Autumn 2025',
        from: '2025-09-03',
        to: '2025-12-19',
        approximate: false,
      },
    ]);
  });

  it('counts reviews and annual reviews in the term or the holiday after it, not meetings or this term', () => {
    expect(noReviewLastTerm(set({ events: [event('e', 'review', '2025-11-20')] }))).toEqual([]);
    expect(noReviewLastTerm(set({ events: [event('e', 'annual-review', '2025-10-01')] }))).toEqual([]);
    expect(noReviewLastTerm(set({ events: [event('e', 'review', '2025-12-22')] }))).toEqual([]);
    expect(noReviewLastTerm(set({ events: [event('e', 'meeting', '2025-11-20')] }))).toHaveLength(1);
    expect(noReviewLastTerm(set({ events: [event('e', 'review', '2026-01-20')] }))).toHaveLength(1);
    expect(noReviewLastTerm(set({ events: [event('e', 'review', '2025-09-02')] }))).toHaveLength(1);
  });

  it('expects a review only if the plan was in place by the half term', () => {
    expect(noReviewLastTerm(set({ plans: [plan('p1', '2025-10-27')] }))).toHaveLength(1);
    expect(noReviewLastTerm(set({ plans: [plan('p1', '2025-10-28')] }))).toEqual([]);
  });

  it('looks at the current plan only', () => {
    expect(noReviewLastTerm(set({ plans: [plan('p1', '2024-09-01'), plan('p2', '2026-01-10')] }))).toEqual([]);
    expect(noReviewLastTerm(set({ plans: [plan('p1', '2026-04-01')] }))).toEqual([]);
    expect(noReviewLastTerm(set({ plans: [] }))).toEqual([]);
  });

  it('in a holiday, looks at the term just ended, counting reviews up to yesterday', () => {
    expect(noReviewLastTerm(set({ today: '2025-12-28' }))).toMatchObject([{ term: 'Autumn 2025' }]);
    expect(noReviewLastTerm(set({ today: '2025-12-28', events: [event('e', 'review', '2025-12-23')] }))).toEqual([]);
    expect(noReviewLastTerm(set({ today: '2026-01-05' }))).toMatchObject([{ term: 'Autumn 2025' }]);
  });

  it('without term dates, takes terms from the months and says so', () => {
    const [flag] = noReviewLastTerm(set({ calendar: null }));
    expect(flag).toMatchObject({ id: 'no-review-last-term:p1:approx:2025-09-01', term: 'Autumn 2025', from: '2025-09-01', to: '2025-12-31', approximate: true });
    expect(flag!.detail).toContain('There are no term dates for all of this time');
    // In August the summer term (April to July) has just ended; a review in August still counts for it.
    expect(noReviewLastTerm(set({ calendar: null, today: '2026-08-10' }))).toMatchObject([{ term: 'Summer 2026', from: '2026-04-01', to: '2026-07-31' }]);
    expect(noReviewLastTerm(set({ calendar: null, today: '2026-08-10', events: [event('e', 'review', '2026-08-03')] }))).toEqual([]);
  });

  it('guesses the term before a calendar that starts this term', () => {
    const autumnOnly = { name: 'One term', terms: [CALENDAR.terms[0]!] };
    expect(noReviewLastTerm(recordSet({ calendar: autumnOnly, today: '2024-10-01', plans: [plan('p1', '2024-03-01')] }))).toMatchObject([
      { term: 'Summer 2024', from: '2024-04-01', to: '2024-07-31', approximate: true },
    ]);
  });
});

describe('review date passed', () => {
  const set = (overrides: Partial<ChildRecordSet> = {}) => recordSet({ plans: [plan('p1', '2025-09-01', { reviewOn: '2026-02-20' })], ...overrides });

  it('flags the current plan once its review day has passed with no review on or after it', () => {
    expect(reviewDatePassed(set())).toEqual([
      {
        kind: 'review-date-passed',
        id: 'review-date-passed:p1:2026-02-20',
        severity: 'act',
        title: 'Plan review date has passed',
        detail: '“SEN Support plan p1” was due to be reviewed on Fri 20 Feb 2026, and no review is saved since. You can ask the school when the review will be, or add it here if it happened.',
        day: '2026-02-20',
        findingId: null,
        planId: 'p1',
        provisionId: null,
        recordIds: [],
        reviewOn: '2026-02-20',
      },
    ]);
  });

  it('is satisfied by a review on the day, after it, or up to four weeks early, but not an earlier one', () => {
    expect(reviewDatePassed(set({ events: [event('e', 'review', '2026-02-20')] }))).toEqual([]);
    expect(reviewDatePassed(set({ events: [event('e', 'annual-review', '2026-02-27')] }))).toEqual([]);
    expect(reviewDatePassed(set({ events: [event('e', 'review', '2026-03-10')] }))).toEqual([]);
    // 10 days early: the review the plan promised, brought forward.
    expect(reviewDatePassed(set({ events: [event('e', 'review', '2026-02-10')] }))).toEqual([]);
    // 20 January is 31 days before: that was the review before.
    expect(reviewDatePassed(set({ events: [event('e', 'review', '2026-01-20')] }))).toHaveLength(1);
  });

  it('waits until the day after, and ignores plans already replaced', () => {
    expect(reviewDatePassed(set({ today: '2026-02-20' }))).toEqual([]);
    expect(reviewDatePassed(recordSet({ plans: [plan('p0', '2024-09-01', { reviewOn: '2025-01-01' }), plan('p1', '2025-09-01')] }))).toEqual([]);
  });
});

describe('fewer than three reviews in a school year', () => {
  // The calendar's 2024 to 2025 year runs from 3 September 2024 to 22 July 2025.
  const set = (overrides: Partial<ChildRecordSet> = {}) =>
    recordSet({
      plans: [plan('p1', '2024-09-01')],
      records: [head('r1', '2024-10-01')],
      events: [event('a', 'review', '2024-10-15'), event('b', 'review', '2025-02-10')],
      ...overrides,
    });

  it('flags a complete school year with a plan throughout and fewer than three reviews', () => {
    expect(fewReviewsInYear(set())).toEqual([
      {
        kind: 'few-reviews-in-year',
        id: 'few-reviews-in-year:2024',
        severity: 'check',
        title: 'Fewer than 3 reviews in 2024 to 2025',
        detail:
          '2 reviews are saved for the 2024 to 2025 school year. Schools are expected to meet parents at least three times a year to review their child’s support: you can ask for regular reviews, or add any that happened.',
        day: '2025-07-22',
        findingId: null,
        planId: 'p1',
        provisionId: null,
        recordIds: [],
        schoolYear: 2024,
        reviews: 2,
        approximate: false,
      },
    ]);
  });

  it('is satisfied by three reviews in term time; one in the summer holiday does not count', () => {
    const two = set().events;
    expect(fewReviewsInYear(set({ events: [...two, event('c', 'annual-review', '2025-06-10')] }))).toEqual([]);
    expect(fewReviewsInYear(set({ events: [...two, event('c', 'review', '2025-08-01')] }))).toMatchObject([{ reviews: 2 }]);
  });

  it('needs the plan in place from the start of the year, give or take four weeks', () => {
    expect(fewReviewsInYear(set({ plans: [plan('p1', '2024-10-01')] }))).toHaveLength(1);
    expect(fewReviewsInYear(set({ plans: [plan('p1', '2024-10-02')] }))).toEqual([]);
  });

  it('skips years with nothing saved, and the year not yet over', () => {
    const flags = fewReviewsInYear(recordSet({ plans: [plan('p1', '2023-09-01')], records: [head('r', '2025-01-10')] }));
    expect(flags.map((f) => f.id)).toEqual(['few-reviews-in-year:2024']);
    expect(flags[0]!.detail).toMatch(/^No reviews are saved for the 2024 to 2025 school year\./);
  });

  it('points at the plan in force at the end of the year', () => {
    expect(fewReviewsInYear(set({ plans: [plan('p1', '2024-09-01'), plan('p2', '2025-03-01')] }))).toMatchObject([{ planId: 'p2' }]);
  });

  it('without term dates, takes the year as September to July and says so', () => {
    const [flag] = fewReviewsInYear(set({ calendar: null, events: [event('a', 'review', '2024-11-01')] }));
    expect(flag).toMatchObject({ schoolYear: 2024, reviews: 1, approximate: true, day: '2025-07-31' });
    expect(flag!.detail).toMatch(/^1 review is saved for the 2024 to 2025 school year\..*no term dates/);
  });
});
