// Worked examples of the British resolution rules (annotation-guidelines.md, section 1).
import { describe, expect, it } from 'vitest';
import { dates, dayOf, only } from './helpers';

// 2025-03-04 is a Tuesday.
const TUE = '2025-03-04';

describe('numeric dates are day-first', () => {
  it('reads 3/4 as 3 April and 03/04/2025 as 3 April 2025', () => {
    expect(dayOf('Can we meet on 3/4 please?', TUE)).toBe('2025-04-03');
    expect(dayOf('The meeting is on 03/04/2025.', TUE)).toBe('2025-04-03');
    expect(dayOf('The training is on 10.03.2025.', TUE)).toBe('2025-03-10');
    expect(dayOf('Please send it back by 14/05/2026.', TUE)).toBe('2026-05-14');
  });
  it('reads a two-digit year', () => {
    expect(dayOf('It was sent on 12/02/25.', TUE)).toBe('2025-02-12');
  });
  it('keeps a date of birth', () => {
    expect(dayOf('His date of birth is 12/05/2016.', TUE)).toBe('2016-05-12');
  });
});

describe('a weekday alone is the next such day after sentAt', () => {
  it('goes forward from a Tuesday', () => {
    expect(dayOf('I will ring you on Friday.', TUE)).toBe('2025-03-07');
    expect(dayOf('We can start from Monday.', TUE)).toBe('2025-03-10');
    expect(dayOf('Can we talk this Friday?', TUE)).toBe('2025-03-07');
  });
  it('skips a whole week when sentAt is that weekday', () => {
    expect(dayOf('He will see the therapist on Tuesday.', TUE)).toBe('2025-03-11');
  });
  it('includes a part of the day in the span', () => {
    expect(only('I will call you on Thursday afternoon about it.', TUE)).toEqual(['on Thursday afternoon', '2025-03-06']);
    expect(only('I will call you on Friday after school.', TUE)).toEqual(['on Friday after school', '2025-03-07']);
  });
  it('crosses a month and a year end', () => {
    expect(dayOf('The group restarts on Monday.', '2025-12-31')).toBe('2026-01-05');
    expect(dayOf('See you on Friday.', '2025-01-31')).toBe('2025-02-07');
  });
  it('reads "last Friday" as the one before sentAt', () => {
    expect(dayOf('Last Friday he had a difficult day.', TUE)).toBe('2025-02-28');
  });
});

describe('"next Tuesday" is the Tuesday of the following calendar week', () => {
  it('from early in the week', () => {
    expect(dayOf('I will ring you next Tuesday.', TUE)).toBe('2025-03-11');
    // sent Monday 3 March: next Friday is 14 March, not 7 March
    expect(dayOf('She will visit next Friday.', '2025-03-03')).toBe('2025-03-14');
  });
  it('from a Sunday, the week is Monday to Sunday', () => {
    expect(dayOf('We start next Monday.', '2025-03-09')).toBe('2025-03-10');
  });
  it('across a month end and a year end', () => {
    expect(dayOf('We will meet next Wednesday.', '2025-01-30')).toBe('2025-02-05');
    expect(dayOf('We will meet next Thursday.', '2025-12-30')).toBe('2026-01-08');
  });
});

describe('a day and month with no year is the occurrence nearest sentAt', () => {
  it('may be in the past', () => {
    expect(dayOf('Thank you for meeting us on 3rd March.', TUE)).toBe('2025-03-03');
    expect(dayOf('Thank you for your letter of 10th February.', TUE)).toBe('2025-02-10');
  });
  it('is in the future when that is nearer', () => {
    expect(dayOf('The review is on 25th March.', TUE)).toBe('2025-03-25');
  });
  it('crosses the year end both ways', () => {
    expect(dayOf('The panel meets on 14th January.', '2025-12-20')).toBe('2026-01-14');
    expect(dayOf('As agreed at the meeting on 15th December, here is the plan.', '2026-01-08')).toBe('2025-12-15');
  });
  it('includes the preposition and the time', () => {
    expect(only('The meeting will be on Thursday 6th March at 3.15pm in the hall.', TUE)).toEqual([
      'on Thursday 6th March at 3.15pm',
      '2025-03-06',
    ]);
    expect(only('We will meet on the morning of Friday 7th March.', TUE)).toEqual(['on the morning of Friday 7th March', '2025-03-07']);
  });
  it('reads "Monday the 10th of March"', () => {
    expect(only('He will start on Monday the 10th of March.', TUE)).toEqual(['on Monday the 10th of March', '2025-03-10']);
  });
});

describe('"on the 14th" is the next 14th on or after sentAt', () => {
  it('this month or next', () => {
    expect(dayOf('Please return the form on the 14th.', TUE)).toBe('2025-03-14');
    expect(dayOf('We will meet on the 4th.', TUE)).toBe('2025-03-04');
    expect(dayOf('We will meet on the 2nd.', TUE)).toBe('2025-04-02');
  });
  it('skips a month without that day', () => {
    expect(dayOf('The report is due by the 31st.', '2025-04-02')).toBe('2025-05-31');
  });
  it('with a weekday that agrees', () => {
    expect(dayOf('She can do Tuesday the 14th at 3.20pm.', '2025-10-01')).toBe('2025-10-14');
  });
  it('is not "the 2nd floor"', () => {
    expect(dates('The class is on the 2nd floor.', TUE)).toEqual([]);
  });
});

describe('today, tomorrow, yesterday and counted days', () => {
  it('resolves against sentAt, not the day it is read', () => {
    expect(dayOf('Thank you for coming in yesterday.', TUE)).toBe('2025-03-03');
    expect(dayOf('I will pass this on today.', TUE)).toBe('2025-03-04');
    expect(dayOf('Further to our call this afternoon, here are the notes.', TUE)).toBe('2025-03-04');
    expect(only('Work will be set by 9am tomorrow.', TUE)).toEqual(['by 9am tomorrow', '2025-03-05']);
  });
  it('uses the sender’s own day, not UTC', () => {
    // 23:30 in the UK on 10 March is 10 March, though it is later in UTC.
    expect(dayOf('I will call you tomorrow.', '2025-03-10T23:30:00+00:00')).toBe('2025-03-11');
    expect(dayOf('I will call you tomorrow.', '2025-07-10T00:30:00+01:00')).toBe('2025-07-11');
  });
  it('adds weeks, fortnights and days', () => {
    expect(dayOf('I will check in again in two weeks.', TUE)).toBe('2025-03-18');
    expect(dayOf('I will update you in a fortnight.', TUE)).toBe('2025-03-18');
    expect(dayOf('We will call you in 3 days.', TUE)).toBe('2025-03-07');
    expect(dayOf("I will review his progress in six weeks' time.", TUE)).toBe('2025-04-15');
  });
  it('reads "within six weeks" as a deadline', () => {
    expect(only('My report will follow within six weeks.', TUE)).toEqual(['within six weeks', '2025-04-15']);
  });
  it('but a period counted from another event is a duration', () => {
    expect(dates('The LA must decide within six weeks of receiving a request.', TUE)).toEqual([]);
    expect(dates('The plan must be issued within 20 weeks of the request.', TUE)).toEqual([]);
    expect(dates('Reports go out two weeks before the meeting.', TUE)).toEqual([]);
  });
});

describe('ends of weeks and months, and weeks commencing', () => {
  it('"by the end of the week" is the Friday of the week of sentAt', () => {
    expect(dayOf('I will send it by the end of the week.', TUE)).toBe('2025-03-07');
    expect(dayOf('I will send it by the end of this week.', '2025-03-07')).toBe('2025-03-07');
    expect(dayOf('I will send it by the end of next week.', TUE)).toBe('2025-03-14');
  });
  it('"by the end of the month" is the month’s last day', () => {
    expect(dayOf('Please reply by the end of the month.', TUE)).toBe('2025-03-31');
    expect(dayOf('Please reply before the end of the month.', '2024-02-10')).toBe('2024-02-29');
    expect(dayOf('We hope to finish by the end of April.', TUE)).toBe('2025-04-30');
  });
  it('"w/c", "week commencing" and "the week of" are that Monday', () => {
    expect(only('The group will start w/c 10th March.', TUE)).toEqual(['w/c 10th March', '2025-03-10']);
    expect(dayOf('We can meet week commencing 17 March.', TUE)).toBe('2025-03-17');
    expect(dayOf('I could come in the week of 24 March.', TUE)).toBe('2025-03-24');
    // a date that is not a Monday gives the Monday of its week
    expect(dayOf('Week commencing 12/03 is busy.', TUE)).toBe('2025-03-10');
  });
});

describe('spans with no single day', () => {
  it('weeks, months and years', () => {
    expect(only('I will send three dates next week.', TUE)).toEqual(['next week', null]);
    expect(only('I will speak to his teachers this week.', TUE)).toEqual(['this week', null]);
    expect(only('His review is due this month.', TUE)).toEqual(['this month', null]);
    expect(only('We discussed this in July.', TUE)).toEqual(['in July', null]);
    expect(only('The panel meets in March 2025.', TUE)).toEqual(['in March 2025', null]);
    expect(only('We are aiming for the week after, depending on staffing.', TUE)).toEqual(['for the week after', null]);
  });
});

describe('more counted and seasonal phrases', () => {
  it('"in a couple of weeks" is two weeks on; "in the spring" has no day', () => {
    expect(dayOf('We will look at it again in a couple of weeks.', '2025-10-01')).toBe('2025-10-15');
    expect(only('We will revisit this in the spring.', '2025-10-01')).toEqual(['in the spring', null]);
  });
  it('never swaps day and month: 3/25 is not a date', () => {
    expect(dates('He got 3/25 on the test.', TUE)).toEqual([]);
  });
});
