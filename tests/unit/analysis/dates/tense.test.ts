// A weekday alone follows the tense of its clause (annotation-guidelines.md, section 1): in a
// past-tense clause it is the most recent such day on or before sentAt; otherwise the next one after.
import { describe, expect, it } from 'vitest';
import { dates, dayOf } from './helpers';

// 2025-03-06 is a Thursday.
const THU = '2025-03-06';

describe('a weekday in a past-tense clause looks back', () => {
  it('reads past verbs and auxiliaries', () => {
    expect(dayOf('Thank you for coming in on Tuesday to meet Mrs Lane.', THU)).toBe('2025-03-04');
    expect(dayOf('The cake sale on Friday was a great success.', THU)).toBe('2025-02-28');
    expect(dayOf('As we discussed on Monday, Ava will start with a shorter day.', THU)).toBe('2025-03-03');
    expect(dayOf('Sam had a wobbly start on Wednesday but settled quickly.', THU)).toBe('2025-03-05');
    expect(dayOf('On Monday, Year 3 visited the museum.', THU)).toBe('2025-03-03');
  });
  it('reads phrases that look back with no verb', () => {
    expect(dayOf('Further to our phone call on Monday, I attach the notes.', THU)).toBe('2025-03-03');
    expect(dayOf('In response to your email on Tuesday, here is the form.', THU)).toBe('2025-03-04');
  });
  it('counts sentAt itself as on or before', () => {
    expect(dayOf('We spoke on Thursday morning about his reading.', THU)).toBe('2025-03-06');
  });
  it('finds the verb across an apposition', () => {
    expect(dayOf('Our receptionist, who started in the office, on Monday, brought cakes.', THU)).toBe('2025-03-03');
  });
  it('reads "since Monday" as the last Monday', () => {
    expect(dayOf('He has been much calmer since Monday.', THU)).toBe('2025-03-03');
  });
  it('reads "this Friday" by its clause too', () => {
    expect(dayOf('This Friday was our first forest school session.', '2025-03-08')).toBe('2025-03-07');
    expect(dayOf('This Friday is our first forest school session.', THU)).toBe('2025-03-07');
  });
});

describe('a weekday in a present or future clause, or with no verb, looks ahead', () => {
  it('reads will, present tense, requests and headings', () => {
    expect(dayOf('I will ring you on Tuesday.', THU)).toBe('2025-03-11');
    expect(dayOf('Parents evening is on Tuesday.', THU)).toBe('2025-03-11');
    expect(dayOf('Please could you come in on Monday?', THU)).toBe('2025-03-10');
    expect(dayOf('Swimming kit: Friday', THU)).toBe('2025-03-07');
  });
  it('reads an arrangement already made as ahead', () => {
    expect(dayOf('The review has been booked for Wednesday.', THU)).toBe('2025-03-12');
    expect(dayOf('I have arranged for him to see the nurse on Monday.', THU)).toBe('2025-03-10');
  });
  it('reads thanks for a promise, and polite past questions, as ahead', () => {
    expect(dayOf('Thanks for agreeing to meet on Tuesday.', THU)).toBe('2025-03-11');
    expect(dayOf('I wanted to check whether Monday works for you.', THU)).toBe('2025-03-10');
    expect(dayOf('I emailed to ask if Monday suits.', THU)).toBe('2025-03-10');
  });
  it('treats an adjective in -ed as no verb', () => {
    expect(dayOf('The rearranged meeting on Tuesday will be in the library.', THU)).toBe('2025-03-11');
  });
  it('decides each clause by itself', () => {
    const found = dates('I spoke to Mr Hale on Monday and he will call you on Friday.', THU);
    expect(found.map((d) => d.date)).toEqual(['2025-03-03', '2025-03-07']);
  });
});

describe('"the 14th" follows the tense of its clause when no month is named', () => {
  it('looks for a weekday written with it backwards in a past clause', () => {
    // 2025-10-08 is a Wednesday: the last Monday 6th is October's, the next one April 2026.
    expect(dayOf('Flu vaccinations took place on Monday 6th.', '2025-10-08')).toBe('2025-10-06');
    expect(dayOf('Flu vaccinations will take place on Monday 6th.', '2025-10-08')).toBe('2026-04-06');
  });
  it('looks back in a past clause and ahead otherwise', () => {
    expect(dayOf('The letter was sent home on the 3rd.', THU)).toBe('2025-03-03');
    expect(dayOf('The trip is on the 3rd.', THU)).toBe('2025-04-03');
  });
});
