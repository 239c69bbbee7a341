// Worked examples for the third round of issue 10: who acts when a role carries an aside or a
// two-part agent, a passive with its "be" dropped, what the school needs from the parent, embedded
// "if" questions, whole-school logistics, lists with lower-case items, and a he/she acting on a
// named child's things.
import { describe, expect, it } from 'vitest';
import { commitments, one, texts } from './helpers';

describe('who acts', () => {
  it('a role with a bracketed aside keeps the role, not a school named in the aside', () => {
    const c = one('The review host (normally your child’s school) will write to you to agree a date.');
    expect(c.actor).toMatch(/^the review host$/i);
  });

  it('a later "they" stands for the host named before it', () => {
    const found = commitments('The meeting host will send you the paperwork. They will invite the speech therapist too.');
    expect(found).toHaveLength(2);
    expect(found[1]!.actor).toMatch(/^the meeting host$/i);
  });

  it('a titled name in the aside still names who acts', () => {
    expect(one('The SENCo (Mrs Bell) will ring you on Friday.').actor).toBe('Mrs Bell');
  });

  it('an agent "by our X and Y Officers" is one team, taken whole', () => {
    expect(one('Your form will be checked by our Admissions and Transport Officers before the panel meets.').actor).toBe('our Admissions and Transport Officers');
  });

  it('"and the SENCo" after an agent is a second person, not part of the first name', () => {
    expect(one('His targets will be set by the class teacher and the SENCo in October.').actor).toBe('the class teacher');
  });

  it('an indefinite agent counts when it ends in a role', () => {
    expect(one('Her referral will be reviewed by a specialist nurse.').actor).toBe('a specialist nurse');
  });

  it('a passive whose "be" was dropped by a typo is still a passive, with its agent', () => {
    const c = one('When the form arrives it’ll then checked by a specialist nurse for any urgent needs.');
    expect(c.actor).toBe('a specialist nurse');
  });

  it('a he/she acting on a named child’s things is the member of staff named before', () => {
    const found = commitments('Mr Brennan has taken over Year 4. He will move Isla’s phonics group to the afternoons from next week.');
    expect(found.map((c) => c.actor)).toEqual(['Mr Brennan']);
  });

  it('he moving to a new class is still the child', () => {
    expect(one('He will move to the nurture class after half term.').actor).toBe('school');
  });
});

describe('what is not a promise', () => {
  it('"we will need to know" asks the parent for something', () => {
    expect(commitments('If Maya would like a place, we will need to know by Friday.')).toEqual([]);
    expect(commitments('We will need to see the letter from the consultant before the review.')).toEqual([]);
  });

  it('"we will need to refer him" is still an action', () => {
    expect(commitments('We will need to refer him to the Educational Psychologist.')).toHaveLength(1);
  });

  it('"let us know (as soon as possible) if your child will…" asks, it does not promise', () => {
    expect(commitments('Please let us know as soon as possible if your son will be staying for the after-school session.')).toEqual([]);
    expect(commitments('Could you tell us if he will need a packed lunch?')).toEqual([]);
  });

  it('"if" that opens a condition still lets the promise stand', () => {
    expect(commitments('If he is unwell, we will send the work home.')).toHaveLength(1);
  });

  it('parents asked for consent are consulted; parents asked to bring a form are requested', () => {
    expect(commitments('Parents will always be asked for their consent before any referral is made.')).toHaveLength(1);
    expect(commitments('Parents will be asked to bring the signed form to the review.')).toEqual([]);
  });

  it('a breakfast club carrying on is whole-school logistics', () => {
    expect(commitments('The breakfast club will continue to run every morning next term.')).toEqual([]);
  });

  it('asking for the parent’s views is consulting them; asking them to fill in a form is a request', () => {
    expect(commitments('They will ask you to share your views and wishes before the meeting.', { greeting: 'Dear Mr Shah,' })).toHaveLength(1);
    expect(commitments('We will ask you to fill in a short questionnaire.')).toEqual([]);
  });
});

describe('letters to every family about the school closing', () => {
  const notice = (text: string) => commitments(text, { greeting: 'Dear Parents and Carers,' });

  it('letters and updates about the closure are logistics', () => {
    expect(notice('Because of the EHCP reviews this term our SENCo is busy. More details about the school closure will follow today and further updates will be sent tomorrow.')).toEqual([]);
  });

  it('a closure sentence about pupils with an EHCP still promises', () => {
    expect(texts(notice('During the school closure we will provide work packs for pupils with an EHCP.'))).toEqual(['we will provide work packs for pupils with an EHCP']);
  });

  it('infection, staffing and lunches in a letter to all are logistics, even with SEN words elsewhere', () => {
    const text =
      'Our therapists and TAs have supported every EHCP this term. We will act at once if there is a confirmed case of Covid-19 in school. ' +
      'I will keep an eye on staffing levels and will be in touch with parents and carers if we need to. We will be serving hot lunches again after half term.';
    expect(notice(text)).toEqual([]);
  });

  it('contact promised to "you" in such a sentence still counts', () => {
    expect(notice('If the school closure goes on past Friday, we will be in touch with you about his sessions.')).toHaveLength(1);
  });

  it('the same updates in a letter to one family are a promise', () => {
    expect(commitments('Further updates about his transport will be sent tomorrow.')).toHaveLength(1);
  });
});

describe('a promise that opens a list', () => {
  it('runs over lower-case items without full stops', () => {
    const c = one('When the request arrives, we will:\n- collect reports from his teachers\n- decide whether to assess him');
    expect(c.text).toBe('we will:\n- collect reports from his teachers\n- decide whether to assess him');
  });

  it('stops at a blank line after the list', () => {
    const found = commitments('When the request arrives, we will:\n- collect reports from his teachers\n\nThis usually takes a week.');
    expect(texts(found)).toEqual(['we will:\n- collect reports from his teachers']);
  });
});
