import { describe, expect, it } from 'vitest';
import { guessChild, type RecordForGuess } from '@/lib/plan/assign/guess-child';
import type { Child } from '@/lib/model/plan';

function child(id: string, name: string, overrides: Partial<Child> = {}): Child {
  return {
    id,
    name,
    knownAs: [],
    school: "St Mary's C of E Primary",
    schoolSenders: ['stmarys.sch.uk'],
    yearGroup: 'Year 3',
    senStatus: 'sen-support',
    primaryNeed: 'SPLD',
    secondaryNeed: null,
    calendarId: null,
    evidenceWeeks: 4,
    createdAt: '2026-09-01T18:00:00.000Z',
    updatedAt: '2026-09-01T18:00:00.000Z',
    ...overrides,
  };
}

function email(overrides: Partial<RecordForGuess> = {}): RecordForGuess {
  return {
    from: { name: 'Mrs Anita Khan', address: 'a.khan@stmarys.sch.uk' },
    to: [{ name: 'Sarah Jones', address: 'sarah.jones@gmail.com' }],
    cc: [],
    subject: 'Reading update',
    text: 'Dear Mrs Jones,\n\nJust a quick note about reading this week.\n\nKind regards,',
    quotedText: '',
    ...overrides,
  };
}

const amelia = child('amelia', 'Amelia Jones', { knownAs: ['Millie'] });
const tom = child('tom', 'Tom Jones', { yearGroup: 'Year 6' });
const tomAtOakfield = child('tom', 'Tom Jones', { school: 'Oakfield Academy', schoolSenders: ['senco@oakfield.org.uk'] });

describe('guessChild: one child', () => {
  it('is sure when the email names the child and comes from her school', () => {
    expect(guessChild(email({ text: 'Amelia has started Lexia this week.' }), [amelia])).toEqual({
      childId: 'amelia',
      reason: 'Mentions Amelia and comes from stmarys.sch.uk',
      confidence: 'high',
    });
  });

  it('guesses from the school’s address alone, less surely', () => {
    expect(guessChild(email(), [amelia])).toEqual({
      childId: 'amelia',
      reason: 'Comes from stmarys.sch.uk, which you listed for Amelia',
      confidence: 'medium',
    });
  });

  it('counts subdomains of a listed domain, and whole addresses', () => {
    expect(guessChild(email({ from: { name: 'Office', address: 'office@mail.stmarys.sch.uk' } }), [amelia])?.childId).toBe('amelia');
    expect(guessChild(email({ from: { name: 'SENCo', address: 'SENCO@Oakfield.org.uk' } }), [tomAtOakfield])).toMatchObject({
      reason: 'Comes from senco@oakfield.org.uk, which you listed for Tom',
    });
  });

  it('does not count a domain that only ends with the same letters, or another address at a listed address’s domain', () => {
    expect(guessChild(email({ from: { name: 'Spam', address: 'x@notstmarys.sch.uk' } }), [amelia])).toBeNull();
    expect(guessChild(email({ from: { name: 'Office', address: 'office@oakfield.org.uk' } }), [tomAtOakfield])).toBeNull();
  });

  it('counts an email the parent sent to the school', () => {
    const sent = email({
      from: { name: 'Sarah Jones', address: 'sarah.jones@gmail.com' },
      to: [{ name: 'Mrs Khan', address: 'a.khan@stmarys.sch.uk' }],
      text: 'Millie said she enjoyed the Time to Talk group.',
    });
    expect(guessChild(sent, [amelia])).toEqual({ childId: 'amelia', reason: 'Mentions Millie and was sent to stmarys.sch.uk', confidence: 'high' });
  });

  it('guesses from the name alone when the sender is not a listed school', () => {
    const la = email({ from: { name: 'SEN Team', address: 'sen.team@northshire.gov.uk' }, subject: 'EHC needs assessment: Amelia Jones', text: 'Please find attached.' });
    expect(guessChild(la, [amelia])).toEqual({ childId: 'amelia', reason: 'Mentions Amelia Jones', confidence: 'medium' });
  });

  it('finds the name with a possessive and in capitals', () => {
    expect(guessChild(email({ text: 'Amelia’s reading has come on well.' }), [amelia])?.confidence).toBe('high');
    expect(guessChild(email({ from: null, text: "Amelia's reading has come on well." }), [amelia])?.reason).toBe('Mentions Amelia');
    expect(guessChild(email({ from: null, subject: 'JONES, Amelia: annual review' }), [amelia])?.reason).toBe('Mentions Amelia');
  });

  it('does not take a listed webmail domain as a school', () => {
    const careless = child('amelia', 'Amelia Jones', { schoolSenders: ['gmail.com'] });
    expect(guessChild(email({ from: { name: 'Someone', address: 'someone@gmail.com' } }), [careless])).toBeNull();
  });

  it('gives no guess with nothing to go on', () => {
    expect(guessChild(email({ from: { name: 'Brownies', address: 'leader@girlguiding.org.uk' } }), [amelia])).toBeNull();
    expect(guessChild(email(), [])).toBeNull();
  });
});

describe('guessChild: names that are also words', () => {
  const will = child('will', 'Will Patel', { schoolSenders: [] });
  const may = child('may', 'May Chen', { schoolSenders: [] });
  const grace = child('grace', 'Grace Okafor', { schoolSenders: [] });
  const summer = child('summer', 'Summer Hughes', { schoolSenders: [] });
  const outside = { from: { name: 'Office', address: 'office@example.org' } };

  it('does not take the ordinary words for names', () => {
    expect(guessChild(email({ ...outside, text: 'We will review this in May.' }), [will, may])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'Will you be able to come in? May I suggest Tuesday?' }), [will, may])).toBeNull();
    expect(guessChild(email({ ...outside, subject: 'Will you be attending?', text: 'The meeting is on 5 May.' }), [will, may])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'Thank you for your grace and patience.' }), [grace])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'The Summer term starts on 13 April. In summer we go outside more.' }), [summer])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'MAY HALF TERM: school closes at 2pm.' }), [may])).toBeNull();
  });

  it('takes them as names mid-sentence or with a possessive', () => {
    expect(guessChild(email({ ...outside, text: 'Today Will read to the class.' }), [will, may])?.childId).toBe('will');
    expect(guessChild(email({ ...outside, text: 'I spoke with May at lunch.' }), [will, may])?.childId).toBe('may');
    expect(guessChild(email({ ...outside, text: 'Will’s spelling test went well.' }), [will])?.childId).toBe('will');
    expect(guessChild(email({ ...outside, text: 'We were very proud of Summer today.' }), [summer])?.childId).toBe('summer');
  });

  it('does not count a name that belongs to someone on the email', () => {
    const fromGrace = email({ from: { name: 'Grace Thompson', address: 'g.thompson@example.org' }, text: 'Thanks, Grace' });
    expect(guessChild(fromGrace, [grace])).toBeNull();
  });
});

describe('guessChild: other children with the same name', () => {
  it('does not take a teacher with the child’s surname, or a child with another surname, for the child', () => {
    const outside = { from: { name: 'Office', address: 'office@example.org' } };
    expect(guessChild(email({ ...outside, text: 'Mrs Jones will run the session.' }), [amelia])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'Amelia Smith in Year 3 was upset today.' }), [amelia])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'Amelia-Rose has been lovely.' }), [amelia])).toBeNull();
    expect(guessChild(email({ ...outside, text: 'amelia.jones@example.org' }), [amelia])).toBeNull();
  });
});

describe('guessChild: siblings', () => {
  it('lets the name decide between siblings at the same school', () => {
    expect(guessChild(email({ text: 'Tom had a good day in maths.' }), [amelia, tom])).toEqual({
      childId: 'tom',
      reason: 'Mentions Tom and comes from stmarys.sch.uk',
      confidence: 'high',
    });
  });

  it('gives no guess for siblings at the same school when both or neither are named', () => {
    expect(guessChild(email({ text: 'Amelia and Tom both took part in the assembly.' }), [amelia, tom])).toBeNull();
    expect(guessChild(email(), [amelia, tom])).toBeNull();
  });

  it('does not decide between siblings by their shared surname', () => {
    expect(guessChild(email({ from: { name: 'Office', address: 'office@example.org' }, text: 'Jones family: parents evening slots.' }), [amelia, tom])).toBeNull();
  });

  it('lets the school’s address decide between siblings at different schools', () => {
    const fromOakfield = email({ from: { name: 'Mr Obi', address: 'senco@oakfield.org.uk' } });
    expect(guessChild(fromOakfield, [amelia, tomAtOakfield])).toEqual({
      childId: 'tom',
      reason: 'Comes from senco@oakfield.org.uk, which you listed for Tom',
      confidence: 'medium',
    });
    expect(guessChild({ ...fromOakfield, text: 'Tom and his sister Amelia came to the fair.' }, [amelia, tomAtOakfield])).toEqual({
      childId: 'tom',
      reason: 'Mentions Tom and comes from senco@oakfield.org.uk',
      confidence: 'high',
    });
  });

  it('gives no guess when the name and the school point at different children', () => {
    const fromOakfield = email({ from: { name: 'Mr Obi', address: 'senco@oakfield.org.uk' }, text: 'Amelia is welcome at the open evening.' });
    expect(guessChild(fromOakfield, [amelia, tomAtOakfield])).toBeNull();
  });

  it('uses the earlier messages only when the new text names no one', () => {
    const reply = email({ text: 'Thank you, that is noted.', quotedText: '> Could you tell me how Tom got on with his spellings?' });
    expect(guessChild(reply, [amelia, tom])).toEqual({
      childId: 'tom',
      reason: 'Comes from stmarys.sch.uk, and the earlier messages mention Tom',
      confidence: 'medium',
    });
    const named = email({ text: 'Amelia did well today.', quotedText: '> How did Tom get on?' });
    expect(guessChild(named, [amelia, tom])?.childId).toBe('amelia');
  });
});

describe('guessChild: the end of a line', () => {
  it('takes a name at the end of a line, before the sign-off, as the child', () => {
    const text = 'Thank you for letting us know about Amelia\nKind regards';
    expect(guessChild(email({ from: { name: 'Office', address: 'office@example.org' }, text }), [amelia])?.reason).toBe('Mentions Amelia');
  });

  it('does not take a date written "the 5th of May" for May', () => {
    const may = child('may', 'May Chen', { schoolSenders: [] });
    expect(guessChild(email({ from: null, text: 'The review is on the 5th of May.' }), [may])).toBeNull();
  });
});
