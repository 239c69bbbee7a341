import { describe, expect, it } from 'vitest';
import { suggestLinks, type LinkInput, type LinkSuggestion } from '@/lib/plan/linking/suggest-links';
import type { Provision, SupportPlan } from '@/lib/model/plan';
import { plan, provision, target } from '../provision/plan-builders';

function support(id: string, what: string, who: string, more: Partial<Provision> = {}): Provision {
  return provision({ id, what, who, frequency: { times: 1, per: 'week' }, minutes: 30, from: null, to: null, ...more });
}

const autumn: SupportPlan = plan({
  id: 'autumn',
  title: 'SEN Support plan, autumn 2026',
  startsOn: '2026-09-07',
  provisions: [
    support('lexia', 'Lexia reading programme', 'Mrs Khan (TA)', { frequency: { times: 3, per: 'week' }, minutes: 20 }),
    support('salt', 'Speech and language therapy', 'NHS SaLT', { frequency: { times: 6, per: 'term' } }),
    support('zones', 'Zones of Regulation check-in', 'Mr Obi', { frequency: { times: 1, per: 'day' }, minutes: 10 }),
    support('talk', 'Time to Talk group', 'Sarah Bell (HLTA)'),
    support('motor', 'Fine motor group (Funky Fingers)', 'Mrs Patel (TA)'),
    support('visual', 'Now and next board and visual timetable', 'class teacher'),
    support('one', '1:1 reading with an adult', 'Mrs Khan (TA)', { frequency: { times: 2, per: 'week' }, minutes: 15 }),
  ],
  targets: [
    target('cew', 'Read 30 common exception words', 'cognition-learning'),
    target('calm', 'Use a calm-down strategy when upset', 'semh'),
    target('turns', 'Take turns in a conversation with a friend', 'communication-interaction'),
    target('sentence', 'Write a sentence with a capital letter and a full stop', 'cognition-learning'),
  ],
});

const summer: SupportPlan = plan({
  id: 'summer',
  title: 'SEN Support plan, summer 2026',
  startsOn: '2026-04-13',
  reviewOn: '2026-07-10',
  provisions: [
    support('lexia-old', 'Lexia reading programme', 'Mrs Khan (TA)'),
    support('pt', 'Precision Teaching of high-frequency words', 'Mrs Khan (TA)', { to: '2026-07-17' }),
  ],
  targets: [target('cew-old', 'Read 20 common exception words')],
});

const TODAY = '2026-10-14';

function ask(sentence: string, more: Partial<LinkInput> = {}, plans: SupportPlan[] = [autumn, summer], today = TODAY): LinkSuggestion[] {
  return suggestLinks({ findingText: sentence, sentence, recordSubject: 'Update', senderName: 'Mrs Hughes', ...more }, plans, today);
}

function ids(found: LinkSuggestion[]): string[] {
  return found.map((s) => `${s.item.planId}/${s.item.itemKind}/${s.item.itemId}`);
}

describe('suggestLinks: programmes and therapies', () => {
  it('links a named programme from the person who delivers it, with reasons', () => {
    const [best, ...rest] = ask('Mrs Khan will start Lexia with him on Monday.', { senderName: 'Anita Khan' });
    expect(best).toEqual({
      item: { planId: 'autumn', itemKind: 'provision', itemId: 'lexia' },
      label: 'Lexia reading programme',
      score: expect.any(Number) as number,
      reasons: ['Mentions “Lexia”', 'From Mrs Khan, who delivers it'],
    });
    // Last term's Lexia is the same support under the same name: offered once, from the current plan.
    expect(ids(rest)).not.toContain('summer/provision/lexia-old');
  });

  it.each([
    'The speech therapist will see her on Thursday.',
    'SaLT are coming in next week to assess her.',
    'The SALT report will be sent to you.',
    'She has her speech and language session on Tuesday.',
  ])('knows the names of speech and language therapy: “%s”', (sentence) => {
    expect(ids(ask(sentence))[0]).toBe('autumn/provision/salt');
  });

  it('does not take ordinary words or names for abbreviations', () => {
    expect(ask('There was too much salt in the pasta at lunch.')).toEqual([]);
    const elsa = plan({ id: 'elsa-plan', provisions: [support('elsa', 'ELSA sessions', 'Mrs Patel (ELSA)')] });
    expect(ask('Elsa and Amelia played together at lunch.', {}, [elsa])).toEqual([]);
    expect(ids(ask('Her ELSA session moved to Wednesday.', {}, [elsa]))).toEqual(['elsa-plan/provision/elsa']);
  });

  it('does not take a time for one-to-one', () => {
    expect(ask('Please collect her at 11:15 on Friday.')).toEqual([]);
    expect(ids(ask('Her 1:1 reading will now be on Tuesdays.'))[0]).toBe('autumn/provision/one');
  });

  it('counts a programme named only in the subject, with less weight', () => {
    const [best] = ask('He worked really hard this week.', { recordSubject: 'Lexia' });
    expect(best?.item.itemId).toBe('lexia');
    expect(best?.reasons).toEqual(['The subject mentions “Lexia”']);
    const [inText] = ask('He worked really hard on Lexia this week.');
    expect(inText!.score).toBeGreaterThan(best!.score);
  });

  it('matches the equipment and approaches of a provision', () => {
    expect(ids(ask('We have put up a now/next board on his desk.'))[0]).toBe('autumn/provision/visual');
    expect(ids(ask('Funky Fingers has moved to Thursday afternoons.'))[0]).toBe('autumn/provision/motor');
    expect(ids(ask('The Zones check-in helped her settle this morning.'))[0]).toBe('autumn/provision/zones');
  });
});

describe('suggestLinks: staff', () => {
  it('links a general kind of support by the person who delivers it', () => {
    const [best] = ask('Mr Obi will do her check-in every morning.');
    expect(best?.item.itemId).toBe('zones');
    expect(best?.reasons).toEqual(['Mentions “check-in”', 'Mentions Mr Obi, who delivers it']);
  });

  it('never links on a person alone', () => {
    expect(ask('Mrs Khan said she was a little tired today.')).toEqual([]);
    expect(ask('Have a lovely weekend.', { senderName: 'Mrs Anita Khan' })).toEqual([]);
  });

  it('does not take Mr Khan for Mrs Khan, nor a lower-case word for a surname', () => {
    const withKhan = ask('Mrs Khan will go through his reading book with him.');
    const withMrKhan = ask('Mr Khan will go through his reading book with him.');
    expect(withKhan[0]?.reasons).toContain('Mentions Mrs Khan, who delivers it');
    expect(withMrKhan.flatMap((s) => s.reasons)).not.toContain('Mentions Mrs Khan, who delivers it');
  });

  it('takes a bare surname or a first name and surname as the person', () => {
    const [a] = ask('Khan will run his reading session after lunch.');
    expect(a?.reasons).toContain('Mentions Mrs Khan, who delivers it');
    const [b] = ask('The talk group is on Friday.', { senderName: 'Sarah Bell' });
    expect(b?.item.itemId).toBe('talk');
    expect(b?.reasons).toContain('From Sarah Bell, who delivers it');
    const [c] = ask('The talk group is on Friday.', { senderName: 'Sara Bell' });
    expect(c?.reasons ?? []).not.toContain('From Sarah Bell, who delivers it');
  });
});

describe('suggestLinks: targets and shared words', () => {
  it('links a target by the words it shares with the email', () => {
    const [best] = ask('She can now read 25 of the 30 common exception words.');
    expect(best?.item).toEqual({ planId: 'autumn', itemKind: 'target', itemId: 'cew' });
    expect(best?.label).toBe('Target: Read 30 common exception words');
    expect(best?.reasons).toEqual(['Uses the same words: “Read”, “common”, “exception” and “words”']);
  });

  it('matches a target written with a hyphen against the words without it', () => {
    const found = ask('She used her calm-down strategy when she got upset at lunch.');
    expect(ids(found)[0]).toBe('autumn/target/calm');
  });

  it('does not link on one shared word', () => {
    expect(ask('His reading book is in his bag.')).toEqual([]);
    expect(ask('He took turns nicely in PE.')).toEqual([]);
  });

  it('offers nothing for an email with nothing about the plan', () => {
    expect(ask('We will keep an eye on her.')).toEqual([]);
    expect(ask('Just a reminder that Friday is non-uniform day.')).toEqual([]);
    expect(ask('')).toEqual([]);
  });

  it('prefers the provision to a target that names the same programme', () => {
    const zonesTarget = plan({
      id: 'z',
      provisions: [support('zones', 'Zones of Regulation check-in', 'Mr Obi')],
      targets: [target('feelings', 'Use the Zones of Regulation to name how she feels')],
    });
    const found = ask('We have started using the Zones of Regulation in class.', {}, [zonesTarget]);
    expect(ids(found)).toEqual(['z/provision/zones', 'z/target/feelings']);
  });
});

describe('suggestLinks: current plans first', () => {
  it('marks and ranks down support from an earlier plan', () => {
    const [best] = ask('Precision Teaching will carry on after half term.');
    expect(best?.item).toEqual({ planId: 'summer', itemKind: 'provision', itemId: 'pt' });
    expect(best?.reasons).toContain('From an earlier plan: SEN Support plan, summer 2026');
    const [now] = ask('Precision Teaching will carry on after half term.', {}, [autumn, summer], '2026-06-01');
    expect(now?.reasons).toEqual(['Mentions “Precision Teaching”']);
    expect(now!.score).toBeGreaterThan(best!.score);
  });

  it('marks a provision that has ended', () => {
    const ended = plan({ id: 'p', provisions: [support('nessy', 'Nessy', 'Mrs Khan (TA)', { to: '2026-09-30' })] });
    expect(ask('Nessy logins are in her reading record.', {}, [ended])[0]?.reasons).toEqual(['Mentions “Nessy”', 'Ended on 30 September 2026']);
  });

  it('marks a plan that has not started yet', () => {
    const next = plan({ id: 'spring', title: 'SEN Support plan, spring 2027', startsOn: '2027-01-05', provisions: [support('numicon', 'Numicon', 'Mr Obi')] });
    expect(ask('We will start Numicon with him.', {}, [autumn, next])[0]?.reasons).toContain('From a plan that starts on 5 January 2027');
  });

  it('ranks a current item above the same evidence from an earlier plan', () => {
    const found = ask('She can now read 25 of the 30 common exception words.');
    expect(ids(found)[0]).toBe('autumn/target/cew');
    const old = found.find((s) => s.item.itemId === 'cew-old');
    if (old) expect(old.score).toBeLessThan(found[0]!.score);
  });
});

describe('suggestLinks: the list', () => {
  it('gives at most three, best first, each above the bar', () => {
    const busy = 'Lexia, Numicon, SaLT, the Zones check-in, Funky Fingers and the now/next board all went well this week.';
    const found = ask(busy);
    expect(found.length).toBe(3);
    const scores = found.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(1.5);
  });

  it('gives nothing without plans', () => {
    expect(ask('Lexia went well.', {}, [])).toEqual([]);
  });
});

describe('suggestLinks: general kinds of support', () => {
  const maths = plan({ id: 'm', provisions: [support('maths', 'Small group maths', 'Mr Obi')] });

  it('needs something besides a general kind of support', () => {
    expect(ask('She sat with a small group at lunch.', {}, [maths])).toEqual([]);
    expect(ids(ask('She worked in a small group for maths today.', {}, [maths]))).toEqual(['m/provision/maths']);
    expect(ids(ask('Mr Obi took her small group today.', {}, [maths]))).toEqual(['m/provision/maths']);
  });

  it('offers the current plan’s item when an earlier plan has one of the same name with more evidence', () => {
    const before = plan({ id: 'old', startsOn: '2026-04-13', provisions: [support('maths-old', 'Small group maths', 'Mrs Khan (TA)')] });
    const found = ask('Mrs Khan worked with her small group on maths today.', { senderName: 'Anita Khan' }, [before, maths]);
    expect(ids(found)).toEqual(['m/provision/maths']);
  });
});
