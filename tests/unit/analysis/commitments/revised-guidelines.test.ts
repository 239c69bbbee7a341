// The revised section 2 of the annotation guidelines, one invented example per rule, in the style of
// a school's or a service's letter.
import { describe, expect, it } from 'vitest';
import { commitments, one, texts } from './helpers';

const none = (text: string, opts: Parameters<typeof commitments>[1] = {}) => expect(texts(commitments(text, opts))).toEqual([]);

describe('the parent as receiver', () => {
  it('what the parent will receive or be sent is the school acting', () => {
    expect(one('You will receive a copy of the updated plan.').actor).toBe('school');
    expect(one("You'll be sent the draft report before the meeting.").actor).toBe('school');
    expect(one('Parents/carers will be invited to the review meeting.').actor).toBe('school');
    expect(one("You'll hear from us by the end of the week.").text).toBe("You'll hear from us by the end of the week");
  });

  it('the sender after "from" is who acts', () => {
    expect(one('You will receive a letter from the Local Authority with their decision.').actor).toBe('the Local Authority');
  });

  it('what the parent is asked or needs to do stays a request', () => {
    none('You will need to complete the consent form.');
    none('You will be expected to bring his medication on the day.');
    none('You will be able to book a slot online.');
  });
});

describe('process and policy statements for pupils with SEN', () => {
  it('pupils as a group, acted on or provided for', () => {
    expect(one('Pupils on the SEN register will have their targets reviewed three times a year.').actor).toBe('school');
    expect(one('Children with an EHC plan will continue to be reviewed every year.').actor).toBe('school');
    const long = one('Pupils identified as needing extra help with their reading and spelling will be given a weekly small group session.');
    expect(long.text).toMatch(/^Pupils identified as needing/);
    expect(long.actor).toBe('school');
    none('Children identified as having SEN will find the change of routine hard.');
  });

  it('"they" with something done to them or provided for them', () => {
    const found = commitments('Once the new targets are agreed, they will be shared with every adult who works with Ella.');
    expect(texts(found)).toEqual(['they will be shared with every adult who works with Ella']);
    expect(found[0]!.actor).toBe('school');
  });

  it('"they" after a role named just before is that role', () => {
    const found = commitments('The occupational therapist will visit in the spring. They will also talk to his class teacher.');
    expect(found.map((c) => c.actor)).toEqual(['The occupational therapist', 'the occupational therapist']);
  });

  it('a passive of any common noun is the school acting, as an agent says who', () => {
    expect(one('Further action will be decided after the assessment.').actor).toBe('school');
    expect(one('His reading will be assessed by the specialist teacher.').actor).toBe('the specialist teacher');
    expect(one('The targets will be checked weekly by class staff.').actor).toBe('class staff');
  });

  it('a meeting or a plan does what its people will do', () => {
    expect(one('The review meeting will set new targets for the summer term.').actor).toBe('school');
    expect(one('The plan will set out three targets for Noah.').actor).toBe('school');
  });
});

describe('markers, adverbs and subjects', () => {
  it('adverbs between the marker and the verb do not matter', () => {
    expect(one('The programme will be carefully explained to Sam before it starts.').actor).toBe('school');
    expect(one('We will always involve you in planning his support.').text).toBe('We will always involve you in planning his support');
    expect(one('Younger children will therefore be seen at home.').actor).toBe('school');
  });

  it('an aside between commas does not hide the subject', () => {
    expect(one('The children, where appropriate, will be involved in setting their targets.').actor).toBe('school');
  });

  it('joined roles are one subject, given as written', () => {
    expect(one('The headteacher/principal will send a report to the governors.').actor).toBe('The headteacher/principal');
    expect(one("Your child's teacher will explain the plan to you.").actor).toBe("Your child's teacher");
  });
});

describe('what the revised rules leave out', () => {
  it('a "will" in a relative clause or embedded question only describes', () => {
    expect(one('There will be a review in June at which his progress will be considered.').text).toMatch(/^There will be a review in June/);
    none("I don't know yet when she will return to school.");
  });

  it('what someone else will need, and what they will be able to do, are not promises', () => {
    none('The paediatrician will need some reports from school.');
    none('Your GP will be able to advise you.');
  });

  it('hopes are vague wording, not commitments', () => {
    none('We are hoping to get his plan agreed next month.');
    none('We are aiming for the first visit to be after Easter.');
    none('We are hoping the new group will begin next week.');
  });

  it('a request put as a promise', () => {
    none('We will ask you to fill in a short questionnaire.');
  });

  it('a whole-school notice has no commitments, unless a clause is about SEN', () => {
    const notice = {
      greeting: 'Dear Parents and Carers,',
      signature: 'Mrs Hale\nHeadteacher',
    };
    none('We will be locking the gates at 8.50 each morning. We will send out the dates for parents evening soon.', notice);
    expect(
      texts(commitments('The gates will open at 8.40. The SENCo will contact families of pupils with SEN support plans about the new timetable.', notice)),
    ).toEqual(['The SENCo will contact families of pupils with SEN support plans about the new timetable']);
  });

  it('reads a short message with no greeting as written to one family, not as a notice to all', () => {
    const bare = { greeting: '', signature: null };
    expect(texts(commitments('I will send the new plan by Friday.', bare))).toEqual(['I will send the new plan by Friday']);
    expect(texts(commitments('Mrs Okafor will phone you after the meeting.', bare))).toEqual(['Mrs Okafor will phone you after the meeting']);
    // The same kind of sentence in a notice to every family is logistics.
    expect(texts(commitments('Welcome back, everyone. We will hand out the new reading books on Monday.', bare))).toEqual([]);
  });

  it('reads a one-family letter as such whatever its greeting or passing words', () => {
    const parentCarer = { greeting: 'Dear Parent/Carer,', signature: null };
    expect(texts(commitments('I am writing about Sam. His teacher will meet you on Friday to review his reading.', parentCarer))).toEqual([
      'His teacher will meet you on Friday to review his reading',
    ]);
    const byName = { greeting: 'Élodie,', signature: null };
    expect(texts(commitments('I will send the reading plan home on Friday. Sam enjoyed working with the children today.', byName))).toEqual([
      'I will send the reading plan home on Friday',
    ]);
    expect(texts(commitments('We will be locking the gates at 9 on Monday.', { greeting: 'Dear Parents and Carers,', signature: null }))).toEqual([]);
  });
});
