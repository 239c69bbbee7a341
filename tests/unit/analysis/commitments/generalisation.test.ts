// Worked examples for the second round of issue 10: rules that carry from one school's wording to the
// next (long and joined subjects, what a pronoun stands for, wrapped lines, relative clauses, beliefs),
// and the term year a commitment's due day waits for.
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { EXAMPLE_TERM_CALENDAR } from '../../../support/term-calendar';
import { commitments, email, one, texts } from './helpers';

describe('lines the splitter breaks mid-sentence', () => {
  it('a promise wrapped over a blank line is read whole', () => {
    const c = one('Our staff value every family; we\n\nwill do our best to keep his routine the same.');
    expect(c.text).toBe('we\n\nwill do our best to keep his routine the same');
    expect(c.actor).toBe('school');
  });

  it('a marker that opens a list promises its first item', () => {
    const found = commitments('Once Ayo joins the nurture group, he will:\n- Be given a quiet space at lunchtime.\n- Have a named adult to go to.');
    expect(texts(found)).toEqual(['he will:\n- Be given a quiet space at lunchtime']);
  });

  it('a line that ends a sentence is not joined to the next', () => {
    expect(commitments('Thank you for coming in\nWe will send the minutes on Friday.').map((c) => c.text)).toEqual(['We will send the minutes on Friday']);
  });
});

describe('long and joined subjects', () => {
  it('a person named by a participle phrase ("the teacher leading the group")', () => {
    expect(one('The teacher leading the group will send you the timetable.').actor).toBe('The teacher leading the group');
    expect(one('The person running the club will ring you on Monday.').actor).toBe('The person running the club');
  });

  it('a role with an "of" phrase read past the short window', () => {
    expect(one('The headteacher/principal of your son’s secondary school will arrange the review.').actor).toBe('The headteacher/principal of your son’s secondary school');
  });

  it('one pupil with a post-modifier stands for every such pupil', () => {
    const c = one('A pupil on the SEN register will have a support plan that is reviewed each term.');
    expect(c.actor).toBe('school');
  });

  it('a bare singular pupil noun is no one in particular', () => {
    expect(commitments('Sixth form student will continue to have lunch in the hall.')).toEqual([]);
  });

  it('joined staff subjects act together, as written', () => {
    const c = one('Her class teacher, the SENCo and the speech therapist will meet you on Thursday.');
    expect(c.actor).toBe('Her class teacher, the SENCo and the speech therapist');
    expect(c.text.startsWith('Her class teacher')).toBe(true);
  });

  it('a bracketed aside between the subject and the marker', () => {
    const c = one('Mrs Adeyemi and Mr Cole (who both know him well from his time in the juniors) will run the sessions.');
    expect(c.actor).toBe('Mrs Adeyemi and Mr Cole');
  });

  it('a relative clause between commas, itself holding commas', () => {
    const c = one('Progress meetings, which include you, his teacher and the SENCo, will be held each term.');
    expect(c.text.startsWith('Progress meetings')).toBe(true);
  });

  it('first names joined in a list are staff when they will be in touch', () => {
    expect(one('Priya, Tom or Hannah will be in touch next week.').actor).toBe('Priya, Tom or Hannah');
  });

  it('two clauses joined by "and" are not one list of subjects', () => {
    const found = commitments('I will ring Mrs Jones and the SENCo will send the form.');
    expect(found.map((c) => c.actor)).toEqual(['Mrs Patel', 'the SENCo']);
  });

  it('the parent named first among the agents of a passive is not who acts', () => {
    expect(one('His new targets will be agreed by you, the class teacher and the SENCo.').actor).toBe('the class teacher');
  });
});

describe('what a pronoun stands for', () => {
  it('"it" after a clause whose subject is the local authority', () => {
    const found = commitments('If the local authority agrees to assess, it will ask the school for advice, or will seek an updated report.');
    expect(found.map((c) => c.actor)).toEqual(['the local authority', 'the local authority']);
  });

  it('"they" for a headteacher named in the sentence before', () => {
    const found = commitments('Before the review the headteacher will chair a short planning meeting. At that meeting they will ask his teachers for reports.');
    expect(found.map((c) => c.actor)).toEqual(['the headteacher', 'the headteacher']);
  });

  it('"they" with no one in reach, doing an errand only staff run', () => {
    expect(commitments('This is called a support plan. They will explain the targets to you at the meeting.').map((c) => c.actor)).toEqual(['school']);
  });

  it('an unexplained "they" stands for the group of staff that promised something earlier', () => {
    const found = commitments(
      'Her teacher and the SENCo will meet you in the first week of term. This is called a support plan.\n\nIt can last for a term or for several years.\n\nThey will explain the targets and review them with you each term.',
    );
    expect(found.map((c) => c.actor)).toEqual(['Her teacher and the SENCo', 'Her teacher and the SENCo']);
  });

  it('"she" after a person the parent is asked to contact is that person', () => {
    expect(one('If the app will not open, please contact Joanne in the office and she will reset your login.').actor).toBe('Joanne');
  });

  it('"they" after parents is the parents: not a promise', () => {
    expect(commitments('If parents have a worry about homework, they will contact the office.')).toEqual([]);
  });
});

describe('a "that"-clause after a noun', () => {
  it('after a meeting or a letter named as a time or place, it still holds a promise', () => {
    expect(texts(commitments('We agreed at the meeting that Maya will start the group on Monday.'))).toEqual(['Maya will start the group on Monday']);
    expect(texts(commitments('I can confirm in this letter that Leo will have a TA.'))).toEqual(['Leo will have a TA']);
  });
});

describe('relative and embedded clauses without "that"', () => {
  it('a contact clause after the noun it describes, and an embedded question', () => {
    expect(commitments('The plan lists the help your son will get and how his needs will be met at school.')).toEqual([]);
    expect(commitments('Section F says what support will be provided.')).toEqual([]);
  });

  it('a meeting named as a time is not a noun described', () => {
    expect(texts(commitments('At the review meeting we will decide on any new targets.'))).toEqual(['we will decide on any new targets']);
  });

  it('a plan named in a clause before the subject does not make a contact clause', () => {
    const c = one('Where a pupil has an EHC Plan the local authority, with advice from the school, will set the level of funding.');
    expect(c.actor).toBe('the local authority');
  });
});

describe('more of section 2', () => {
  it('families of pupils on the SEN register are not every family', () => {
    expect(one('Mrs Khan will write to all parents of children on the SEN register before the review week.').actor).toBe('Mrs Khan');
  });

  it('a proposal is not an arrangement; a negated need is not an action', () => {
    expect(commitments('We are proposing to end his extra sessions next term.')).toEqual([]);
    expect(commitments('We will no longer need to shorten his lunch break.')).toEqual([]);
  });

  it("parents' evenings are whole-school events", () => {
    expect(commitments("Parents' evenings will be held on Tuesday and Wednesday.")).toEqual([]);
  });

  it('"has also agreed to" is a marker', () => {
    expect(one('Mr Grant has also agreed to meet Leo before the visit.').actor).toBe('Mr Grant');
  });

  it('pupils who will have something done by a named role', () => {
    expect(one('Pupils with an EHC plan who join mid-year will have their first targets set by the class teacher.').actor).toBe('the class teacher');
  });
});

describe('things that set off an action', () => {
  it('"will trigger a review" is what the school will then do', () => {
    expect(one('Any concern a parent raises will trigger a review of the pupil’s needs.').actor).toBe('school');
  });

  it('"will give us a clearer picture" after results is no errand', () => {
    expect(commitments('The results came back this week. They will give us a clearer picture.')).toEqual([]);
  });
});

describe('not promises', () => {
  it('a relative clause after a noun of support or a report', () => {
    expect(commitments('The plan lists the extra help that your child will get in class.')).toEqual([]);
    expect(commitments('You will have had the notification that the plan will be amended.')).toEqual([]);
    expect(commitments('The plan sets out the provision that school will make for her.')).toEqual([]);
  });

  it('a belief or a possibility before the subject', () => {
    expect(commitments('I think we will be keeping the same seating plan into next term.')).toEqual([]);
    expect(commitments('It may be that he will be moved to the other maths set.')).toEqual([]);
  });

  it('time passing', () => {
    expect(commitments('Next month we will enter the busy exam season.')).toEqual([]);
  });

  it('an exclusion starting is a sanction, not something done for the child', () => {
    expect(commitments('The exclusion will start on Monday and end on Wednesday.')).toEqual([]);
  });
});

describe('markers and events', () => {
  it('"is scheduled to" is a marker', () => {
    const c = one('The review is scheduled to take place on 12th March.', { dates: [['on 12th March', '2025-03-12']] });
    expect(c.due).toBe('2025-03-12');
  });

  it('"are -ing" with "over the coming weeks"', () => {
    expect(one('The outreach team are visiting his class over the coming weeks.').actor).toBe('The outreach team');
  });

  it('sessions that will offer something: what the people running them will do', () => {
    expect(one('The sessions will offer parents a chance to meet the speech therapist.').actor).toBe('school');
  });
});

describe('a notice to every family', () => {
  const notice = (text: string) => commitments(text, { greeting: 'Dear Parents and Carers,' });

  it('keeps a promise to be in touch with each reader', () => {
    const found = notice('The school will be closed to most pupils until March. The family team will be in touch with you about what you would like for your child.');
    expect(found.map((c) => c.actor)).toEqual(['The family team']);
  });

  it('drops its logistics', () => {
    expect(notice('We will hand out book vouchers on Monday. Please provide your child with a packed lunch.')).toEqual([]);
  });
});

describe('due', () => {
  it('a date inside a reported clause dates what is reported, not the promise', () => {
    const c = one('We will be calling you to confirm we can offer him a place from Monday 10th March.', { dates: [['Monday 10th March', '2025-03-10']] });
    expect(c.due).toBeNull();
    expect(one('We will call you on Monday 10th March to confirm the place.', { dates: [['Monday 10th March', '2025-03-10']] }).due).toBe('2025-03-10');
  });

  it('a day in a clause about what is already done is not the due day', () => {
    expect(one('I have today spoken to the EP and we will send the referral form.', { dates: [['today', '2025-03-04']] }).due).toBeNull();
    expect(one('Today we will send the referral form.', { dates: [['Today', '2025-03-04']] }).due).toBe('2025-03-04');
  });
});

describe('missingTermYear', () => {
  const in2019 = (text: string) => ({ ...email(text), sentAt: '2019-10-08T10:00:00+01:00' });

  it('copies the school year of a term word the calendar cannot place; due stays null', () => {
    const [c] = analyse(in2019('Leo will start the reading group after half term.'), { calendar: EXAMPLE_TERM_CALENDAR }).commitments;
    expect(c?.due).toBeNull();
    expect(c?.missingTermYear).toBe('2019–20');
  });

  it('a term word earlier in the sentence, as the due logic would use it', () => {
    const [c] = analyse(in2019('After half term, Leo will join the lunchtime club.'), { calendar: EXAMPLE_TERM_CALENDAR }).commitments;
    expect(c?.missingTermYear).toBe('2019–20');
  });

  it('not set when a day fixes the due date, nor in a year the calendar holds', () => {
    const dated = analyse(in2019('I will send the plan on Friday 11th October.'), { calendar: EXAMPLE_TERM_CALENDAR }).commitments[0];
    expect(dated?.due).toBe('2019-10-11');
    expect(dated?.missingTermYear).toBeUndefined();
    const held = analyse({ ...email('Leo will start the reading group after half term.'), sentAt: '2025-01-08T10:00:00+00:00' }, { calendar: EXAMPLE_TERM_CALENDAR }).commitments[0];
    expect(held?.missingTermYear).toBeUndefined();
    expect(held?.due).not.toBeNull();
  });
});
