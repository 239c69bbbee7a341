import { describe, expect, it } from 'vitest';
import { provisionGaps, type ProvisionGap } from '@/lib/plan/provision/unquantified';
import { provision } from './plan-builders';

function fields(gaps: ProvisionGap[]): string[] {
  return gaps.map((g) => (g.phrase ? `${g.field}: ${g.phrase}` : g.field));
}

describe('provisionGaps', () => {
  it('finds nothing to ask about a provision that says what, who, how often and how long', () => {
    expect(provisionGaps(provision())).toEqual([]);
    expect(provisionGaps(provision({ what: 'Speech and language therapy', who: 'NHS speech and language therapist', frequency: { times: 6, per: 'term' }, minutes: 30 }))).toEqual([]);
    expect(provisionGaps(provision({ what: 'Zones of Regulation check-in', who: 'Mr Obi', frequency: { times: 1, per: 'day' }, minutes: 10 }))).toEqual([]);
  });

  it('flags a provision with no one named to deliver it', () => {
    const [gap] = provisionGaps(provision({ who: '' }));
    expect(gap).toEqual({
      field: 'who',
      why: 'No one is named to deliver this, so you cannot check it happened or know whom to ask.',
      ask: 'Who will deliver “Lexia”, and what is their role?',
    });
  });

  it('treats "staff" or "an adult" as no one named', () => {
    for (const who of ['staff', 'An adult', ' school staff ', 'TBC']) {
      const gaps = provisionGaps(provision({ who }));
      expect(fields(gaps)).toEqual([`who: ${who.trim()}`]);
      expect(gaps[0]!.why).toContain('does not name anyone');
    }
  });

  it('does not flag a named role or profession as no one named', () => {
    for (const who of ['a TA', 'class teacher', 'speech and language therapist', 'the SENCo']) {
      expect(provisionGaps(provision({ who }))).toEqual([]);
    }
  });

  it('flags a missing frequency and a missing length, with a question for each', () => {
    const gaps = provisionGaps(provision({ what: 'Time to Talk group', frequency: null, minutes: null }));
    expect(fields(gaps)).toEqual(['frequency', 'minutes']);
    expect(gaps[0]!.ask).toBe('How often will “Time to Talk group” happen: how many times a week, and on which days?');
    expect(gaps[1]!.ask).toBe('How long will each session of “Time to Talk group” last?');
    expect(gaps[1]!.why).toContain('a five-minute session would count the same as a forty-minute one');
  });

  it('treats a zero or negative number as missing', () => {
    expect(fields(provisionGaps(provision({ frequency: { times: 0, per: 'week' }, minutes: 0 })))).toEqual(['frequency', 'minutes']);
  });

  it('puts who first, then how often, then how long, then vague wording', () => {
    const gaps = provisionGaps(provision({ what: 'Regular reading with an adult', who: '', frequency: null, minutes: null }));
    expect(fields(gaps)).toEqual(['who', 'frequency', 'minutes', 'wording: Regular']);
  });

  it.each([
    ['Access to a quiet space when upset', 'Access to', 'How often will my child actually use a quiet space, and who will make sure it happens?'],
    ['Movement breaks as needed', 'as needed', 'Who decides when my child has “Movement breaks as needed”, how will they decide, and how will I know how often it has happened?'],
    ['Regular phonics practice', 'Regular', 'How often exactly will “Regular phonics practice” happen: how many times a week, and for how long each time?'],
    ['Support from the speech and language therapist', 'Support from', 'What exactly will “Support from the speech and language therapist” involve: what will be done, how often, and for how long each time?'],
    ['Opportunities to practise turn-taking in small groups', 'Opportunities to', 'How often will my child have the chance to practise turn-taking, and who will make sure it happens?'],
    ['Sensory circuits when appropriate', 'when appropriate', 'Who decides when my child has “Sensory circuits when appropriate”, how will they decide, and how will I know how often it has happened?'],
    ['Up to 3 sessions of 1:1 reading', 'Up to', 'What is the least my child will get of “Up to 3 sessions of 1:1 reading” each week, and how will I know how much was actually given?'],
  ])('flags the wording of “%s”', (what, phrase, ask) => {
    const gaps = provisionGaps(provision({ what })).filter((g) => g.field === 'wording');
    expect(gaps.map((g) => g.phrase)).toEqual([phrase]);
    expect(gaps[0]!.ask).toBe(ask);
    expect(gaps[0]!.why).not.toMatch(/\{|\}/);
  });

  it('reads the "who" too: "support from" a service names no task', () => {
    const gaps = provisionGaps(provision({ what: 'Speech and language therapy', who: 'Advice from NHS SaLT as required' }));
    expect(fields(gaps)).toEqual(['wording: Advice from', 'wording: as required']);
  });

  it('quotes the wording as written, capitalised at the start of the reason', () => {
    const [gap] = provisionGaps(provision({ what: 'Lego therapy, as and when' }));
    expect(gap!.why).toBe('“As and when” leaves it to someone’s judgement without saying whose, or how they will decide, so it may happen rarely or not at all.');
  });

  it('flags each kind of vague wording once', () => {
    const gaps = provisionGaps(provision({ what: 'Regular check-ins and regular reading' }));
    expect(fields(gaps)).toEqual(['wording: Regular']);
  });

  it('does not find vague words inside other words', () => {
    // "irregular", "someone", "Mayfield" and "accessible" hold the letters of cues but are not them.
    expect(provisionGaps(provision({ what: 'Accessible reading books for irregular words', who: 'Mrs Mayfield (someone from Year 2 team)' }))).toEqual([]);
  });
});
