// What counts as a commitment (annotation guidelines §2), one invented example per rule.
import { describe, expect, it } from 'vitest';
import { commitments, one, texts } from './helpers';

describe('first person: the sender as signed', () => {
  it('"I will" is the sender as the signature gives it', () => {
    const c = one('I will email you the new timetable tomorrow.');
    expect(c.actor).toBe('Mrs Patel');
    expect(c.text).toBe('I will email you the new timetable tomorrow');
  });

  it("\"I'll\" and \"I'm going to\" are first person too", () => {
    expect(one("I'll ring the speech therapist this afternoon.").actor).toBe('Mrs Patel');
    expect(one("I'm going to observe Maya in maths.").actor).toBe('Mrs Patel');
  });

  it('with no sign-off, the name on the last line of the email', () => {
    const c = one('I will send the form home in his book bag.', { signature: 'Mr Kowalczyk\nYear 4 teacher' });
    expect(c.actor).toBe('Mr Kowalczyk');
  });

  it('a sign-off with a role after the name keeps only the name', () => {
    expect(one('I will pop a copy in the post.', { signature: 'Thanks,\nSam (Year 1 TA)' }).actor).toBe('Sam');
  });

  it('from an organisation with no signature: the name the parent app gives', () => {
    const c = one("Mr Delaney (Class 5D) sent you a message:\n\nI'll bring his reading book to the gate.", {
      from: 'Elmwood Primary <noreply@app.example>',
      signature: null,
      greeting: 'New message from Elmwood Primary',
    });
    expect(c.actor).toBe('Mr Delaney');
  });
});

describe('"we", the school and passives: school', () => {
  it('"we will" is the school', () => {
    expect(one('We will set up a quiet space for her in the library.').actor).toBe('school');
  });

  it('"the school" as subject', () => {
    expect(one('The school will fund two extra sessions with the counsellor.').actor).toBe('school');
  });

  it('a passive with no agent', () => {
    const c = one('A referral will be made to the Educational Psychology Service.');
    expect(c.actor).toBe('school');
  });

  it('a passive with an agent names the agent', () => {
    expect(one('Her application will be reviewed by the Inclusion Panel next month.').actor).toBe('the Inclusion Panel');
    expect(one('Maya will be collected from class by Mrs Ibrahim at 2.45pm.').actor).toBe('Mrs Ibrahim');
  });

  it('a local authority or NHS sender writing "we" is "school"', () => {
    const c = one('We will write to you with the outcome.', { from: 'Westshire SEND Team <send@westshire.gov.uk>', signature: 'Yours sincerely,\n\nPriya Nair\nSEND Officer' });
    expect(c.actor).toBe('school');
  });
});

describe('named people and roles, as written', () => {
  it('a title and surname', () => {
    expect(one('Mr Brennan will contact the hearing support service.').actor).toBe('Mr Brennan');
  });

  it('a role', () => {
    expect(one('The SENCo is going to observe him in PE next week.').actor).toBe('The SENCo');
    expect(one('His key worker will meet him at the gate each morning.').actor).toBe('His key worker');
  });

  it('a name with its role between commas is the name', () => {
    expect(one('Mrs Achebe, our family support worker, will call you on Friday.').actor).toBe('Mrs Achebe');
    expect(one('Her tutor, Mr Lindqvist, will check her planner every morning.').actor).toBe('Mr Lindqvist');
  });

  it('initials in meeting minutes', () => {
    expect(one('Actions\n- DK will send the updated one-page profile to all staff.').actor).toBe('DK');
  });

  it('a professional known by first name', () => {
    const found = commitments('Carla Mendes, the occupational therapist, visited today. Carla will send her report next week.');
    expect(found.map((c) => c.actor)).toEqual(['Carla']);
  });

  it('"he" after "that" reports a named member of staff', () => {
    const c = one('Mr Abara has asked me to let you know that he will ring you after school.');
    expect(c.actor).toBe('Mr Abara');
    expect(c.text).toBe('he will ring you after school');
  });
});

describe('future provision for the child: school', () => {
  it('the child by name', () => {
    const c = one('From next week Maya will have a movement break before each lesson, as Maya asked.');
    expect(c.actor).toBe('school');
    expect(c.text.startsWith('Maya will have a movement break')).toBe(true);
  });

  it('he/she for the child', () => {
    expect(one('She will be joining the nurture group from Monday.').actor).toBe('school');
    expect(one('He will be given a laptop for longer pieces of writing.').actor).toBe('school');
  });

  it('a name the email never repeats is still the child when it is a first name', () => {
    expect(one('Oscar will sit at the front for phonics.').actor).toBe('school');
  });
});

describe('announced events the school will hold', () => {
  it('meetings and reviews that will take place', () => {
    expect(one('The annual review will take place on 2nd April in the library.').actor).toBe('school');
    expect(one('Our next meeting will be on Friday at 9am.').actor).toBe('school');
  });

  it('"there will be"', () => {
    expect(one('There will be a short settling-in session for him on Thursday.').actor).toBe('school');
  });

  it('"has been booked for"', () => {
    expect(texts(commitments('A meeting with the EP has been booked for 12th March.'))).toEqual(['A meeting with the EP has been booked for 12th March']);
  });
});

describe('clauses', () => {
  it('two subjects in one sentence are two commitments', () => {
    expect(texts(commitments('I will update the plan tonight, and Mrs Osei will share it with his teachers.'))).toEqual([
      'I will update the plan tonight',
      'Mrs Osei will share it with his teachers',
    ]);
  });

  // Revised guidelines §2: each verb phrase with its own "will" is its own commitment, by the same actor;
  // verbs sharing one "will" stay one.
  it('a second "will" for the same subject is a second commitment', () => {
    const found = commitments('Mrs Osei will meet him at the gate and will walk him to class.');
    expect(texts(found)).toEqual(['Mrs Osei will meet him at the gate', 'will walk him to class']);
    expect(found.map((c) => c.actor)).toEqual(['Mrs Osei', 'Mrs Osei']);
    expect(texts(commitments('We will plan, deliver and review the sessions.'))).toEqual(['We will plan, deliver and review the sessions']);
  });

  it('a second "will" keeps the subject even when the first verb promises nothing', () => {
    expect(texts(commitments('We will not be running the club after Easter but will continue with weekly phone calls.'))).toEqual([
      'will continue with weekly phone calls',
    ]);
  });

  it('"keep an eye on" and "keep under review" are commitments', () => {
    expect(commitments("We'll keep an eye on his lunchtimes.")).toHaveLength(1);
    expect(commitments('We will keep the arrangement under review.')).toHaveLength(1);
  });

  it('"has agreed to"', () => {
    expect(one('Mrs Tran has agreed to meet you before the review.').actor).toBe('Mrs Tran');
  });

  it('"is -ing" with a future time is an arrangement', () => {
    expect(one("I'm meeting the speech therapist on Thursday to plan his targets.").actor).toBe('Mrs Patel');
  });

  it('action points in minutes: "<staff> to <verb>", never the parent', () => {
    const found = commitments('Actions\n- DK to send the one-page profile to all staff.\n- Ms Green to read with Maya each evening.\n2. SENCo to contact the EP.');
    expect(found.map((c) => c.actor)).toEqual(['DK', 'SENCo']);
  });

  it('a reported promise by a named teacher: "Mr X said he will…"', () => {
    expect(one('Mr Abara said he will bring in a spare jumper.').actor).toBe('Mr Abara');
  });

  it('"a member of staff" is the school', () => {
    expect(one('A member of staff will meet him at reception.').actor).toBe('school');
  });

  it('an aside after "will" does not hide the promise', () => {
    expect(commitments('We will, of course, keep you updated.')).toHaveLength(1);
  });

  it('a passive with a named agent: the agent acts, an appositive name first', () => {
    expect(one('Her taxi to the unit will be booked by our Travel Team.').actor).toBe('our Travel Team');
    expect(one('She will be observed in maths by our outreach teacher, Mrs Quayle.').actor).toBe('Mrs Quayle');
  });

  it("future provision with the child's things or a definite thing as subject: the school", () => {
    expect(one('His spelling level will be rechecked after Easter.').actor).toBe('school');
    expect(one("Amir's sensory circuits will carry on as usual.").actor).toBe('school');
    expect(one('Her 1:1 reading with me will move to Thursdays.').actor).toBe('school');
    expect(one("Noor's support with Mrs Kaye will continue next term.").actor).toBe('school');
    expect(one('The sentence starters from the OT will be added to his desk.').actor).toBe('school');
    expect(one('Your application will go to the funding panel next month.').actor).toBe('school');
    expect(one('The updated risk assessment will be ready for you to read on Monday.').actor).toBe('school');
  });

  it('"they" after a team stands for the team, after sessions for the school', () => {
    const team = commitments('The forms go to our Admissions Team. They will email you by the end of May.');
    expect(team.map((c) => c.actor)).toEqual(['the Admissions Team']);
    const sessions = commitments('Mr Dunn is going to start drumming sessions with Eli on Friday. They will run for eight weeks.');
    expect(sessions.map((c) => c.actor)).toEqual(['Mr Dunn', 'school']);
  });

  it('"is -ing" with today or this week is a plan for staff, and a following "will" is its own promise', () => {
    expect(one("I'm updating his passport this week.").actor).toBe('Mrs Patel');
    expect(texts(commitments('I am marking it today and will post it to you on Friday.'))).toEqual(['I am marking it today', 'will post it to you on Friday']);
  });

  it('he/she after a titled member of staff in an earlier sentence, for a staff errand', () => {
    expect(commitments('Mr Osei has looked at the data. He will call you on Monday.').map((c) => c.actor)).toEqual(['Mr Osei']);
    expect(commitments('Mrs Lowe took the group today. She is coming in on Friday as well.').map((c) => c.actor)).toEqual(['Mrs Lowe']);
    expect(commitments('Mr Ali runs the club. He will also build a model with Mr Ali.').map((c) => c.actor)).toEqual(['school']);
  });

  it('an organisation with a plural verb: "X have agreed to"', () => {
    expect(one('Brookvale have agreed to hold a place for Sami.').actor).toBe('Brookvale');
  });

  it('"Following the review I will…" is a promise, not a contact clause', () => {
    expect(one('Following the review I will update her targets.').actor).toBe('Mrs Patel');
  });
});

describe('where a promise ends', () => {
  it('runs through a time of day: the colon in "9:10" ends no clause', () => {
    expect(texts(commitments('Leo will join small group phonics three mornings a week (Monday and Friday, 9:10–9:30), starting next week.'))).toEqual([
      'Leo will join small group phonics three mornings a week (Monday and Friday, 9:10–9:30), starting next week',
    ]);
  });

  it('still stops at a colon that introduces a list', () => {
    expect(texts(commitments('We will do the following: a reading group and a check-in.'))).toEqual(['We will do the following']);
  });
});
