// What the guidelines say is not a date, and weekday conflicts.
import { describe, expect, it } from 'vitest';
import { dates, only } from './helpers';

const TUE = '2025-03-04';
const none = (body: string) => expect(dates(body, TUE).map((d) => d.text)).toEqual([]);

describe('not dates', () => {
  it('durations', () => {
    none('She will do this for six weeks.');
    none('The group runs for 20 minutes.');
    none('He has been off for 3 days.');
    none('The plan lasts for 12 months.');
    none('We will give it a few weeks before deciding.');
  });
  it('frequencies', () => {
    none('He has speech therapy every Tuesday.');
    none('The group meets on Wednesdays.');
    none('He reads with Mrs Ali twice a week.');
    none('Reviews happen termly.');
    none('He reads to an adult each day.');
    none('She will see him on Thursday afternoons.');
    none('He has 1:1 reading every Monday, Wednesday and Friday morning.');
    none('Mrs Greaves will meet with you each half term.');
    none('Our working days are Monday to Wednesday.');
    none('The choir, which rehearses on Tuesday, Thursday and Friday lunchtimes, is open to all.');
  });
  it('ages, years of study and times with no day', () => {
    none('He is 7 years old and aged seven.');
    none('He is in Year 6 and works with Year 4 pupils.');
    none('Please come at 3pm.');
    none('He arrives at 8.45 and goes home at 3.15.');
  });
  it('numbers that only look like dates', () => {
    none('She scored 3/4 on the test and got 7/10 in spelling.');
    none('He needs support 24/7 and has 2-3 sessions, about 12.5 hours.');
    none('Please go to room 12/3.');
    none('He sat quietly in the sun and did a march past.');
    none('We may consider it.');
  });
});

describe('weekday conflicts: the numeric date wins and the parent is told', () => {
  it('Tuesday 3/4 when 3 April 2025 is a Thursday', () => {
    const [found] = dates('We will meet on Tuesday 3/4 at 2pm.', TUE);
    expect(found).toMatchObject({ text: 'on Tuesday 3/4 at 2pm', date: '2025-04-03' });
    expect(found!.conflict).toBe('This says Tuesday 3 April, but 3 April 2025 is a Thursday. Check which day they mean.');
  });
  it('with a month name', () => {
    const [found] = dates('The review is on Monday 25th March.', TUE);
    expect(found!.date).toBe('2025-03-25');
    expect(found!.conflict).toMatch(/Monday 25 March, but 25 March 2025 is a Tuesday/);
  });
  it('no conflict when they agree', () => {
    expect(dates('The review is on Tuesday 25th March.', TUE)[0]!.conflict).toBeUndefined();
  });
});

describe('one expression, one finding', () => {
  it('a relative word restated as a date', () => {
    expect(only('He is suspended for one day, tomorrow, Wednesday 5th March.', TUE)).toEqual([
      'tomorrow, Wednesday 5th March',
      '2025-03-05',
    ]);
  });
  it('two dates joined by "and" stay two', () => {
    expect(dates('The transition days are on 2nd July and 3rd July.', TUE).map((d) => d.date)).toEqual(['2025-07-02', '2025-07-03']);
  });
});
