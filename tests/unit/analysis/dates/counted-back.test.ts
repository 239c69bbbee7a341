// Worked examples: periods counted back from the sent day, the start of a span, and a weekday that
// only glosses "today" (sent Friday 20 March 2020).
import { describe, expect, it } from 'vitest';
import { dates, only } from './helpers';

const SENT = '2020-03-20';

describe('counted back from the sent day', () => {
  it('reads "N days / weeks / months ago" as the sent day minus that many', () => {
    expect(only('Two weeks ago we met to talk about Sam.', SENT)).toEqual(['Two weeks ago', '2020-03-06']);
    expect(only('We spoke 3 days ago about the plan.', SENT)).toEqual(['3 days ago', '2020-03-17']);
    expect(only('The referral was made a month ago.', SENT)).toEqual(['a month ago', '2020-02-20']);
  });

  it('reads "since the beginning of the year" as a span with no single day', () => {
    expect(only('He has made real progress since the beginning of the year.', SENT)).toEqual(['since the beginning of the year', null]);
  });

  it('does not count a weekday in brackets after "today" as a second date', () => {
    expect(dates('Please reply by the end of today (Friday) if you can.', SENT).map((d) => [d.text, d.date])).toEqual([['today', '2020-03-20']]);
    expect(dates('We will see you on Friday (after school).', SENT).map((d) => d.date)).toEqual(['2020-03-27']);
  });
});
