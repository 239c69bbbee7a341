// Weekdays that name a recurring thing, habits, placeholders, approximate and procedural periods:
// none of them is a date (annotation-guidelines.md, section 1).
import { describe, expect, it } from 'vitest';
import { dates, dayOf } from './helpers';

const TUE = '2025-03-04';
const none = (body: string) => expect(dates(body, TUE).map((d) => d.text)).toEqual([]);

describe('a weekday that names a recurring thing', () => {
  it('is not a date', () => {
    none('The Friday provision will continue as before.');
    none('He really enjoys Monday club.');
    none('She has settled into our Tuesday sessions.');
    none('Typically, I am in school Monday, Tuesday and Wednesday.');
    none('We review the targets twice per half term.');
    none('Parents can meet the teacher once a term.');
  });
  it('while a day with a part of the day still is', () => {
    expect(dayOf('I will see you on Friday morning.', TUE)).toBe('2025-03-07');
    expect(dayOf('The club will not run this Monday.', TUE)).toBe('2025-03-10');
  });
});

describe('template placeholders', () => {
  it('are ignored', () => {
    none('Please return the slip by [date].');
    none('The meeting will be held on <insert date>.');
    none('Date of meeting: dd/mm/yyyy');
    none('Your review is on [Monday xx/xx] at [time].');
  });
});

describe('counted periods', () => {
  it('"within six weeks" alone is sentAt plus six weeks', () => {
    expect(dayOf('You will hear from us within six weeks.', TUE)).toBe('2025-04-15');
  });
  it('counted from another event, approximate, or in a general procedure, is no date', () => {
    none('The plan must be issued within six weeks of receiving a request.');
    none('She hopes to visit in a week or so.');
    none('Parents should contact the service within two weeks to book an appointment.');
  });
});
