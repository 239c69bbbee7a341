import { describe, expect, it } from 'vitest';
import { detectConcerns } from '@/lib/analysis/concerns/detect-concerns';
import { createContext } from '@/lib/analysis/context';

function found(body: string): string[] {
  const ctx = createContext({ sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Patel <p@school.sch.uk>', subject: 'Update', body });
  return detectConcerns(ctx, []).map((f) => `${f.type}: ${f.text}`);
}

// Guidelines §4: a warning sign is marked only when it happens to, or is proposed for, this child.
const ABOUT_THIS_CHILD: [string, string][] = [
  ['Following this morning’s incident, Reuben has been suspended for two days.', 'exclusion: suspended'],
  ['We are proposing a reduced timetable for the next three weeks.', 'reduced-timetable: reduced timetable'],
  ['We have had to send Tilly home at lunchtime again today.', 'exclusion: send Tilly home'],
  ['As agreed at the meeting, he will come in just mornings for now.', 'reduced-timetable: just mornings'],
  ['My son has been on a part-time timetable since October.', 'reduced-timetable: part-time timetable'],
  ['The school says they won’t have him in for full days until after Easter.', 'reduced-timetable: won’t have him in for full days'],
  ['They told us he has to be diagnosed with autism before they will even consider a referral.', 'diagnosis-gatekeeping: diagnosed with autism before they will even consider'],
  ['I am writing to confirm my decision to exclude [pupil name] for three school days.', 'exclusion: exclude'],
  ['The school keeps ringing me to pick him up before lunch.', 'early-pickup: ringing me to pick him up'],
  ['We had to phone you to collect him after he kicked a member of staff.', 'exclusion: phone you to collect him'],
  ['Could you collect him early? He is a bit upset about losing his tooth.', 'early-pickup: collect him early'],
  ['The deputy head told us not to bring her in on Monday.', 'exclusion: told us not to bring her in'],
  ['He is only allowed in for three hours a day.', 'reduced-timetable: allowed in for three hours a day'],
  ['Mr Bell says my son doesn’t need to be on the SEN register now.', 'sen-register-removal: doesn’t need to be on the SEN register'],
];

const GENERAL_POLICY: [string, string][] = [
  ['a council page', 'A pupil may be suspended for up to 45 school days in a single academic year.'],
  ['children may', 'Children may be removed from the SEN register when they make good progress.'],
  ['if a pupil', 'If a pupil is excluded, his or her parents must be told in writing without delay.'],
  ['a policy heading', 'Our policy on the use of part-time timetables'],
  ['a generic your child', 'If your child is excluded, you have the right to ask the governors to review the decision.'],
  ['any pupil', 'Any student on a reduced timetable should have a plan to return to full-time education.'],
  ['a list of documents', 'Please bring: school reports, exclusion letters and any medical reports.'],
  ['a whole-school closure', 'Because of the strike, the school will close early and all pupils must be collected at 1pm.'],
];

const NEGATIONS: [string, string][] = [
  ['no diagnosis needed', 'Your child does not need a diagnosis to get support from us.'],
  ['not suspended', 'The headteacher has decided that Marcus will not be suspended.'],
  ['no plans', 'There are no plans to put Esme on a reduced timetable.'],
  ['avoiding exclusion', 'We want to do everything we can to avoid an exclusion for him.'],
  ['not needed after', 'We discussed whether a reduced timetable would help, but for Ivy a reduced timetable is not needed.'],
  ['no need to wait', 'We don’t need to wait for a diagnosis before putting support in place for her.'],
];

describe('warning signs: about this child', () => {
  for (const [body, expected] of ABOUT_THIS_CHILD) {
    it(body, () => {
      expect(found(body)).toEqual([expected]);
    });
  }
});

describe('warning signs: general information or policy is not one', () => {
  for (const [why, body] of GENERAL_POLICY) {
    it(`${why}: ${body}`, () => {
      expect(found(body)).toEqual([]);
    });
  }
});

describe('warning signs: negations are not one', () => {
  for (const [why, body] of NEGATIONS) {
    it(`${why}: ${body}`, () => {
      expect(found(body)).toEqual([]);
    });
  }
});

describe('warning signs: once per type per email', () => {
  it('marks a letter about one exclusion once, at its first mention', () => {
    const body =
      'Dear Mr Ahmed,\n\nI am writing to tell you that Sami has been excluded for a fixed period of two days. ' +
      'The exclusion begins tomorrow. Work will be set for the days of the exclusion. ' +
      'You may ask the governors to consider the exclusion.\n\nYours sincerely,\nMrs Patel';
    expect(found(body)).toEqual(['exclusion: excluded']);
  });

  it('keeps one of each type, in text order', () => {
    const body =
      'Dear Ms Lowe,\n\nLeah was sent home on Friday after the incident. From Monday we are proposing a reduced timetable. ' +
      'She was sent home again today, and the reduced timetable will be reviewed in two weeks.';
    expect(found(body)).toEqual(['exclusion: Leah was sent home', 'reduced-timetable: reduced timetable']);
  });

  it('skips a general mention and marks the first one about the child', () => {
    const body =
      'Children may be placed on a part-time timetable only in exceptional circumstances. ' +
      'We feel that for Oscar a part-time timetable is the right step for the next fortnight.';
    const result = found(body);
    expect(result).toEqual(['reduced-timetable: part-time timetable']);
    const ctx = createContext({ sentAt: '2025-03-03T09:00:00+00:00', from: '', subject: '', body });
    expect(detectConcerns(ctx, [])[0]!.start).toBeGreaterThan(body.indexOf('We feel'));
  });
});

describe('warning signs: long general texts stay fast', () => {
  const cases: [string, string][] = [
    ['one endless policy sentence', 'pupils who are excluded, '.repeat(20_000)],
    ['many policy sentences', 'Pupils may be suspended. '.repeat(20_000)],
    ['many capitalised words', Array.from({ length: 20_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}x was excluded. `).join('')],
  ];
  for (const [name, body] of cases) {
    it(`${name}: half a megabyte in under a second`, () => {
      const t0 = performance.now();
      const result = found(body);
      expect(performance.now() - t0).toBeLessThan(30_000); // a hang check only: speed is measured by npm run bench
      expect(result.length).toBeLessThanOrEqual(5);
    });
  }
});
