import { describe, expect, it } from 'vitest';
import { describeAmount, describeFrequency, describeProvision } from '@/lib/plan/provision/describe-provision';
import { longDay as formatLongDay } from '@/lib/calendar/day-words';
import { provision } from './plan-builders';

describe('describeFrequency', () => {
  it.each([
    [{ times: 1, per: 'day' }, 'once a day'],
    [{ times: 2, per: 'week' }, 'twice a week'],
    [{ times: 3, per: 'week' }, '3 times a week'],
    [{ times: 1, per: 'fortnight' }, 'once a fortnight'],
    [{ times: 2, per: 'half-term' }, 'twice each half term'],
    [{ times: 6, per: 'term' }, '6 times a term'],
    [{ times: 3, per: 'year' }, '3 times a year'],
  ] as const)('%o reads "%s"', (f, text) => {
    expect(describeFrequency(f)).toBe(text);
  });
});

describe('formatLongDay', () => {
  it('writes a day as in a letter, without a leading zero', () => {
    expect(formatLongDay('2026-09-07')).toBe('7 September 2026');
    expect(formatLongDay('2027-03-12')).toBe('12 March 2027');
  });

  it('gives back anything that is not a day as written', () => {
    expect(formatLongDay('next term')).toBe('next term');
  });
});

describe('describeProvision', () => {
  it('reads a fully described provision back in one line', () => {
    expect(describeProvision(provision())).toBe(
      'Lexia, 3 times a week, 20 minutes each, with Mrs Khan (TA), from 7 September 2026 to 18 December 2026',
    );
  });

  it('leaves out what the plan does not say', () => {
    expect(describeProvision(provision({ frequency: null, minutes: null, who: '', from: null, to: null }))).toBe('Lexia');
  });

  it('says "a session" when there is a length but no frequency', () => {
    expect(describeAmount({ frequency: null, minutes: 45 })).toBe('45 minutes a session');
  });

  it('puts an article before a role with no name', () => {
    const salt = provision({ what: 'Speech and language therapy', who: 'speech and language therapist', frequency: { times: 6, per: 'term' }, minutes: 30, from: null, to: null });
    expect(describeProvision(salt)).toBe('Speech and language therapy, 6 times a term, 30 minutes each, with a speech and language therapist');
    expect(describeProvision(provision({ who: 'occupational therapist', from: null, to: null }))).toContain('with an occupational therapist');
    expect(describeProvision(provision({ who: 'the NHS SaLT', from: null, to: null }))).toContain('with the NHS SaLT');
  });

  it('gives an open start or end as "from" or "until"', () => {
    expect(describeProvision(provision({ to: null }))).toMatch(/, from 7 September 2026$/);
    expect(describeProvision(provision({ from: null }))).toMatch(/, until 18 December 2026$/);
  });

  it('names an unnamed provision rather than printing nothing', () => {
    expect(describeProvision(provision({ what: '  ' }))).toMatch(/^Unnamed provision, /);
  });
});
