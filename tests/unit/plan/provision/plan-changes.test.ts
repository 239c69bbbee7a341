import { describe, expect, it } from 'vitest';
import { summarisePlanChanges } from '@/lib/plan/provision/plan-changes';
import { compareLoad } from '@/lib/plan/provision/yearly-load';
import { plan, provision, target } from './plan-builders';

const lexia = provision();
const salt = provision({
  id: 'salt',
  what: 'Speech and language therapy',
  who: 'NHS SaLT',
  frequency: { times: 6, per: 'term' },
  minutes: 30,
  from: null,
  to: null,
});
const cew = target('cew', 'Read 30 common exception words', 'cognition-learning');
const calm = target('calm', 'Use a calm-down strategy when upset', 'semh');
const before = plan({ provisions: [lexia, salt], targets: [cew, calm] });

function after(changes: Parameters<typeof plan>[0]) {
  return plan({ provisions: [lexia, salt], targets: [cew, calm], ...changes });
}

describe('summarisePlanChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(summarisePlanChanges(before, after({}))).toEqual([]);
  });

  it('names added and removed provisions and targets', () => {
    const zones = provision({ id: 'zones', what: 'Zones of Regulation check-in', who: 'Mr Obi', frequency: { times: 1, per: 'day' }, minutes: 10 });
    const name = target('name', 'Name three feelings using the zones colours', 'semh');
    expect(summarisePlanChanges(before, after({ provisions: [salt, zones], targets: [cew, name] }))).toEqual([
      'Removed provision: Lexia',
      'Added provision: Zones of Regulation check-in',
      'Removed target: Use a calm-down strategy when upset',
      'Added target: Name three feelings using the zones colours',
    ]);
  });

  it('says "reduced" when fewer sessions are promised', () => {
    const fewer = { ...lexia, frequency: { times: 1, per: 'week' as const } };
    expect(summarisePlanChanges(before, after({ provisions: [fewer, salt] }))).toEqual([
      'Lexia: frequency reduced from 3 times a week to once a week',
    ]);
  });

  it('says "increased" when more sessions are promised', () => {
    const more = { ...salt, frequency: { times: 1, per: 'week' as const } };
    expect(summarisePlanChanges(before, after({ provisions: [lexia, more] }))).toEqual([
      'Speech and language therapy: frequency increased from 6 times a term to once a week',
    ]);
  });

  it('says "changed" when the same amount is written another way', () => {
    const same = { ...lexia, frequency: { times: 6, per: 'fortnight' as const } };
    expect(summarisePlanChanges(before, after({ provisions: [same, salt] }))).toEqual([
      'Lexia: frequency changed from 3 times a week to 6 times a fortnight',
    ]);
  });

  it('judges a change to both how often and how long by the time in all', () => {
    // 2 × 30 = 60 minutes a week, down from 3 × 20 = 60: the same; 1 × 30 is less; 4 × 20 is more.
    const fewerLonger = { ...lexia, frequency: { times: 1, per: 'week' as const }, minutes: 30 };
    expect(summarisePlanChanges(before, after({ provisions: [fewerLonger, salt] }))).toEqual([
      'Lexia: reduced from 3 times a week, 20 minutes each, to once a week, 30 minutes each (from 60 to 30 minutes a week in all)',
    ]);
    const moreShorter = { ...lexia, frequency: { times: 5, per: 'week' as const }, minutes: 15 };
    expect(summarisePlanChanges(before, after({ provisions: [moreShorter, salt] }))).toEqual([
      'Lexia: increased from 3 times a week, 20 minutes each, to 5 times a week, 15 minutes each (from 60 to 75 minutes a week in all)',
    ]);
    // More often but much shorter: the frequency went up, the support went down.
    const moreButLess = { ...lexia, frequency: { times: 5, per: 'week' as const }, minutes: 10 };
    expect(summarisePlanChanges(before, after({ provisions: [moreButLess, salt] }))[0]).toMatch(/^Lexia: reduced from/);
  });

  it('gives no total when the two count over different stretches of time', () => {
    const termly = { ...lexia, frequency: { times: 10, per: 'term' as const }, minutes: 30 };
    expect(summarisePlanChanges(before, after({ provisions: [termly, salt] }))).toEqual([
      'Lexia: reduced from 3 times a week, 20 minutes each, to 10 times a term, 30 minutes each',
    ]);
  });

  it('reports shorter sessions as reduced', () => {
    const shorter = { ...lexia, minutes: 15 };
    expect(summarisePlanChanges(before, after({ provisions: [shorter, salt] }))).toEqual(['Lexia: sessions reduced from 20 to 15 minutes']);
  });

  it('reports a frequency, length or person taken out of the plan as a loss', () => {
    const vaguer = { ...lexia, frequency: null, minutes: null, who: '' };
    expect(summarisePlanChanges(before, after({ provisions: [vaguer, salt] }))).toEqual([
      'Lexia: no longer says how often it happens (was 3 times a week)',
      'Lexia: no longer says how long each session is (was 20 minutes)',
      'Lexia: no longer says who delivers it (was Mrs Khan (TA))',
    ]);
  });

  it('names who replaced whom', () => {
    const obi = { ...lexia, who: 'Mr Obi (TA)' };
    expect(summarisePlanChanges(before, after({ provisions: [obi, salt] }))).toEqual(['Mrs Khan (TA) replaced by Mr Obi (TA) for Lexia']);
  });

  it('does not count a change of spacing or capitals as a new person', () => {
    const same = { ...lexia, who: ' mrs khan  (TA)' };
    expect(summarisePlanChanges(before, after({ provisions: [same, salt] }))).toEqual([]);
  });

  it('says when support now ends earlier or starts later', () => {
    const cut = { ...lexia, from: '2026-09-21', to: '2026-10-23' };
    expect(summarisePlanChanges(before, after({ provisions: [cut, salt] }))).toEqual([
      'Lexia: now starts later, on 21 September 2026 instead of 7 September 2026',
      'Lexia: now ends earlier, on 23 October 2026 instead of 18 December 2026',
    ]);
    const open = { ...salt, to: '2026-12-18' };
    expect(summarisePlanChanges(before, after({ provisions: [lexia, open] }))).toEqual([
      'Speech and language therapy: now ends on 18 December 2026',
    ]);
  });

  it('reports changed plan dates', () => {
    expect(summarisePlanChanges(before, after({ reviewOn: '2027-03-26' }))).toEqual(['Review date changed from 12 March 2027 to 26 March 2027']);
    expect(summarisePlanChanges(plan({ reviewOn: null }), plan({ reviewOn: '2027-03-12' }))).toEqual(['Review date set: 12 March 2027']);
    expect(summarisePlanChanges(before, after({ reviewOn: null }))).toEqual(['Review date removed (was 12 March 2027)']);
    expect(summarisePlanChanges(before, after({ startsOn: '2026-09-14' }))).toEqual(['Start date changed from 7 September 2026 to 14 September 2026']);
  });

  it('reports a change of plan type', () => {
    expect(summarisePlanChanges(before, after({ kind: 'ehc-plan' }))).toEqual(['Plan type changed from SEN Support plan to EHC plan']);
  });

  it('reports a reworded target and a renamed provision', () => {
    const reworded = { ...cew, text: 'Read 50 common exception words' };
    const renamed = { ...lexia, what: 'Lexia Core5' };
    expect(summarisePlanChanges(before, after({ provisions: [renamed, salt], targets: [reworded, calm] }))).toEqual([
      'Provision renamed from Lexia to Lexia Core5',
      'Target changed from “Read 30 common exception words” to “Read 50 common exception words”',
    ]);
  });

  it('reads an item saved again under a new id as the same item', () => {
    const recreated = { ...lexia, id: 'lexia-2', minutes: 30 };
    expect(summarisePlanChanges(before, after({ provisions: [recreated, salt] }))).toEqual(['Lexia: sessions increased from 20 to 30 minutes']);
  });

  it('reports a provision no longer working towards a target', () => {
    const linked = plan({ provisions: [{ ...lexia, targetIds: ['cew'] }], targets: [cew] });
    const unlinked = plan({ provisions: [lexia], targets: [cew] });
    expect(summarisePlanChanges(linked, unlinked)).toEqual(['Lexia: no longer works towards “Read 30 common exception words”']);
    expect(summarisePlanChanges(unlinked, linked)).toEqual(['Lexia: now works towards “Read 30 common exception words”']);
  });

  it('lists cuts to support first', () => {
    const longer = { ...salt, minutes: 45 };
    const fewer = { ...lexia, frequency: { times: 2, per: 'week' as const } };
    expect(summarisePlanChanges(before, after({ reviewOn: '2027-04-01', provisions: [fewer, longer] }))).toEqual([
      'Lexia: frequency reduced from 3 times a week to twice a week',
      'Review date changed from 12 March 2027 to 1 April 2027',
      'Speech and language therapy: sessions increased from 30 to 45 minutes',
    ]);
  });
});

describe('compareLoad', () => {
  it('compares across units by a school year', () => {
    expect(compareLoad({ frequency: { times: 1, per: 'week' }, minutes: 30 }, { frequency: { times: 6, per: 'term' }, minutes: 30 })).toBe('reduced');
    expect(compareLoad({ frequency: { times: 2, per: 'week' }, minutes: null }, { frequency: { times: 4, per: 'fortnight' }, minutes: null })).toBe('same');
  });

  it('cannot compare when one side gives no frequency, or only one gives minutes', () => {
    expect(compareLoad({ frequency: null, minutes: 30 }, { frequency: { times: 1, per: 'week' }, minutes: 30 })).toBeNull();
    expect(compareLoad({ frequency: { times: 1, per: 'week' }, minutes: null }, { frequency: { times: 1, per: 'week' }, minutes: 30 })).toBeNull();
  });
});
