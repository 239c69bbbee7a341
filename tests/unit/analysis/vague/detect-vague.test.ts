import { describe, expect, it } from 'vitest';
import { createContext } from '@/lib/analysis/context';
import type { VagueCategory, VagueFinding } from '@/lib/analysis/types';
import { detectVague } from '@/lib/analysis/vague/detect-vague';
import { hostileInputs } from '../hostile-inputs';

function vague(body: string): VagueFinding[] {
  return detectVague(createContext({ sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Patel <p@school.sch.uk>', subject: 'Update', body }));
}

function cues(body: string): string[] {
  return vague(body).map((f) => `${f.category}: ${f.text}`);
}

// Each line: a sentence of our own, and the cues (category: text) it must give, in order.
const VAGUE: [string, string[]][] = [
  // A dash with a space on one side still starts a new clause: the order to the parent ends at it.
  ['Please tell us if you would like a translator– we will do our best to find one.', ['hedge: do our best']],
  // A line break that only wraps the sentence does not hide the school's promise after it.
  ['Let us know if you need a translator and we\n\nwill do our best to find one.', ['hedge: do our best']],
  // monitoring
  ['Mr Reid will keep a careful eye on her during PE.', ['monitoring: keep a careful eye on']],
  ['We are keeping an eye on his friendships.', ['monitoring: keeping an eye on']],
  ['We will keep her reading support under review.', ['monitoring: keep her reading support under review']],
  ['His seating plan will remain under review.', ['monitoring: remain under review']],
  ['Staff will be monitoring his behaviour at lunchtime.', ['monitoring: monitoring']],
  ['Her attendance will be monitored.', ['monitoring: monitored']],
  ['We will keep track of how he is sleeping on the residential.', ['monitoring: keep track of']],
  ['The paediatrician suggested watching and waiting for now.', ['monitoring: watching and waiting']],
  // wait-and-see
  ["We'll see how things go after Easter.", ['wait-and-see: see how things go']],
  ["Let's see how she copes with the new group.", ['wait-and-see: see how she copes']],
  ["We'll see how Tom settles into Year 4.", ['wait-and-see: see how Tom settles']],
  ['We want to give it a couple of weeks before changing anything.', ['wait-and-see: give it a couple of weeks']],
  ['We should let him settle in first.', ['wait-and-see: let him settle in']],
  ["We'll wait and see what the assessment says.", ['wait-and-see: wait and see']],
  ["We'll see if it helps before we decide.", ['wait-and-see: see if it helps']],
  ['He can join the group once he is ready.', ['wait-and-see: once he is ready']],
  // unquantified
  ['She will have regular breaks from the classroom.', ['unquantified: regular']],
  ['Mrs Green will meet with him frequently.', ['unquantified: frequently']],
  ['He will get some one-to-one reading with a TA.', ['unquantified: some']],
  ['We will put in place some strategies to help with transitions.', ['unquantified: some']],
  ['Ms Obi will provide additional adult support in science.', ['unquantified: additional adult support']],
  ['She will have access to a sensory room.', ['unquantified: access to']],
  ['We will give him opportunities for movement throughout the day.', ['unquantified: opportunities for']],
  ['A TA will support him in lessons when required.', ['unquantified: when required']],
  ['Ear defenders will be available if needed.', ['unquantified: if needed']],
  ['She can use the calm corner whenever she needs it.', ['unquantified: whenever she needs it']],
  ['He will see the school counsellor as and when there is a slot.', ['unquantified: as and when']],
  ['She will have up to three sessions with the mentor.', ['unquantified: up to']],
  ['We will put appropriate support in place.', ['unquantified: appropriate support']],
  ['He will get a bit of extra help in maths.', ['unquantified: a bit of extra help']],
  // hedge
  ['We will try and find a space in the nurture group.', ['hedge: try and']],
  ['I am hoping to book the review for next week.', ['hedge: hoping to']],
  ['We aim for a decision by the end of term.', ['hedge: aim for']],
  ['The speech therapist might be able to see him next month.', ['hedge: might be able to']],
  ['We might offer her a place at the lunch club.', ['hedge: might']],
  ['We will look into getting him a laptop.', ['hedge: look into']],
  ['We are considering a referral to the Educational Psychologist.', ['hedge: considering']],
  ['The school will explore whether a part-time mentor is possible.', ['hedge: explore']],
  ['We will do what we can to keep her in her class.', ['hedge: do what we can']],
  ['We will move his desk wherever possible.', ['hedge: wherever possible']],
  ['We will endeavour to reply within a week.', ['hedge: endeavour']],
  ['Hopefully the new timetable will help.', ['hedge: Hopefully']],
  // indefinite-time
  ['The SENCo will be in touch shortly.', ['indefinite-time: shortly']],
  ['I will send the report as soon as possible.', ['indefinite-time: as soon as possible']],
  ['We will update the plan in the coming weeks.', ['indefinite-time: in the coming weeks']],
  ['We will arrange a meeting at a later date.', ['indefinite-time: at a later date']],
  ['He will start the group when a place becomes available.', ['indefinite-time: when a place becomes available']],
  ['The visit will go ahead subject to staffing.', ['indefinite-time: subject to staffing']],
  ['I will call you once we have the staff.', ['indefinite-time: once we have the staff']],
  ['He will read with the librarian when she is free.', ['indefinite-time: when she is free']],
  // cue families added by the revised guidelines (§3)
  ['We will take all reasonable steps to keep him safe at lunchtime.', ['hedge: all reasonable steps']],
  ['We will probably move her to the front table after half term.', ['hedge: probably']],
  ['Maybe we could try a visual timetable for him.', ['hedge: Maybe']],
  ['Referrals are usually seen by the team within a term.', ['hedge: usually']],
  ['We intend to review the plan with you.', ['hedge: intend']],
  ['Mrs Khan will support him for as long as necessary.', ['unquantified: for as long as necessary']],
  ['His targets will be adapted as appropriate.', ['unquantified: as appropriate']],
  ['Interventions will be put in place where the need is appropriate.', ['unquantified: where the need is appropriate']],
  ['Group sizes will vary according to need.', ['unquantified: according to need']],
  ['The report will be shared with relevant staff.', ['unquantified: relevant staff']],
  ['We will sort out his transport as quickly as possible.', ['indefinite-time: as quickly as possible']],
  ['We will look at a laptop for him in the future.', ['indefinite-time: in the future']],
  ['We will keep you informed.', ['indefinite-time: keep you informed']],
  // third round (issue 10): the same cues where the school's side does promise something
  ['We are still trying to find a speech therapist for him.', ['hedge: trying to']],
  ['Ideally, we will meet with you every half term.', ['hedge: Ideally']],
  ['A review meeting will usually take place within six weeks.', ['hedge: usually']],
  ['Her support plan will eventually be reviewed by the team.', ['indefinite-time: eventually']],
  ['We hope that the new reading targets will be shared with you.', ['hedge: We hope']],
  ['Mrs Ahmed will give him some sessions with the phonics group.', ['unquantified: some']],
  ['It may be that she will be added to our SEN register.', ['hedge: It may be that']],
  ['Any child with an EHC plan will have a review, and the school will consider extra sessions.', ['hedge: consider', 'unquantified: extra sessions']],
  ['Where needed, the check-ins could be carried out by his key worker.', ['unquantified: Where needed', 'hedge: could be carried out']],
  ['You will be kept up to date.', ['indefinite-time: kept up to date']],
  ['As soon as we know the date, we will tell you.', ['indefinite-time: As soon as we know']],
  // plan provision written as orders about the child
  ['- Monitor his reading regularly', ['monitoring: Monitor', 'unquantified: regularly']],
  // a need in a condition, met by the school in the same sentence
  ['If he needs extra time with me, I will fit him in.', ['unquantified: extra time']],
  ['Where a pupil needs extra help, the class teacher will put this in place.', ['unquantified: extra help']],
  ['Please be assured that we will keep a close eye on him.', ['monitoring: keep a close eye on']],
  ['Thank you for your patience while we look into this.', ['hedge: look into']],
  // a hedge inside a commitment is still vague
  ['I will try to call you on Friday.', ['hedge: try to']],
  ['We will aim to send the plan by 14th March.', ['hedge: aim to']],
  // second round: possibilities, further cue families, services acting (issue 10)
  ['The outreach team will offer further support if his needs change.', ['unquantified: further support']],
  ['The speech therapist will give further advice and support to his teacher.', ['unquantified: further advice and support']],
  ['We will share the report with any relevant outside agencies.', ['unquantified: relevant outside agencies']],
  ['The council will seek to find a specialist place for her.', ['hedge: seek to']],
  ['Where we think it appropriate, a TA will work with her in the library.', ['unquantified: Where we think it appropriate']],
  ['Mrs Ali will check his targets with you three times a year, probably in the first week of each term.', ['hedge: probably']],
  ['If things do not improve, we may refer her to the school nurse.', ['hedge: may']],
  ['The SENCo may also request advice from the Educational Psychologist.', ['hedge: may']],
  ['In that case it might ask the outreach team to visit.', ['hedge: might']],
  ['At that stage it may be necessary to ask for an outside assessment.', ['hedge: it may be necessary']],
  ['This might require a change to his timetable.', ['hedge: This might require']],
  ['A part-time mentor could be considered for next year.', ['hedge: could be considered']],
  ['Over the coming weeks the inclusion team will be in touch about her transport.', ['indefinite-time: Over the coming weeks']],
  ['The autism outreach service are running parent workshops over the next few months.', ['indefinite-time: over the next few months']],
  ['We will keep an eye on him during lockdown.', ['monitoring: keep an eye on']],
  ['Her move is planned for the summer, and the aim is for her new tutor to visit before then.', ['hedge: the aim is']],
  ['We are hoping that the counsellor will have a slot for him after Easter.', ['hedge: We are hoping']],
  ['Provision: a visual timetable on his desk. Access to the sensory room.', ['unquantified: Access to']],
  ['If the place falls through, we will set up a meeting as a matter of priority.', ['indefinite-time: as a matter of priority']],
  // several in one sentence
  [
    "We'll try to give him some quiet time and see how he gets on.",
    ['hedge: try to', 'unquantified: some', 'wait-and-see: see how he gets on'],
  ],
];

// Sentences that must give no vague wording at all, with the rule each one checks.
const NOT_VAGUE: [string, string][] = [
  ['monitoring negated in a footer', 'This inbox is not monitored, so please do not reply.'],
  ['regular with a frequency', 'Mrs Cole will do regular check-ins with him every Monday.'],
  ['regular with times a week', 'She will have regular movement breaks three times a day.'],
  ['regularly with a weekday plural', 'His form tutor will check in with him regularly on Mondays and Thursdays.'],
  ['additional support with amount and frequency', 'Mr Hughes will give him additional support for 20 minutes each morning.'],
  ['access to with a frequency', 'He will have access to the laptop in every English lesson.'],
  ['monitoring with a measure', 'We will monitor his reading with a standardised test every half term.'],
  ['monitoring with a date', 'We will monitor his progress and share it with you on 3rd April.'],
  ['keep under review with a date', 'We will keep his timetable under review at the meeting on 14th March.'],
  ['intervention name', 'He will join small group phonics with Mrs Ali on Tuesdays.'],
  ['intervention name, ELSA', 'She will start ELSA sessions next week.'],
  ['polite hope', 'I hope you had a lovely half term.'],
  ['polite hope, hopefully you', 'Hopefully you all had a restful weekend.'],
  ['sign-off', 'Speak soon.'],
  ['get well soon', 'I hope he feels better soon.'],
  ['some of', 'Some of the children found the trip tiring.'],
  ['some + non-provision noun', 'He asked some brilliant questions in assembly.'],
  ['some children', 'Some children take a little longer to settle.'],
  ['may as a possibility about the child', 'She may find the new classroom noisy at first.'],
  ['may benefit', 'He may benefit from a quieter space.'],
  ['numbered extra time', 'She qualifies for 25% extra time in her exams.'],
  ['the extra time refers back', 'Because of the extra time, his paper will finish at 4pm.'],
  ['an extra visit is one visit', 'Freya will have an extra visit to her new school on 3rd July.'],
  ['additional needs is a term', 'He is a pupil with additional needs.'],
  ['build up to', 'We will build up to full days over three weeks.'],
  ['passive considered with a date', 'Your request will be considered by the panel on Thursday 13th February.'],
  ['review with a date', 'We will review the plan on Friday 7th March at 9am.'],
  ['as soon as + event', 'Please call us as soon as he arrives home.'],
  ['shortly after an event', 'I will phone you shortly after the meeting.'],
  ['request to the parent', 'Could you try to bring his PE kit on Mondays?'],
  ['finds it tiring', 'If she finds the morning group tiring, please tell her teacher.'],
  ['access arrangements are a term', 'I am writing about his access arrangements for the exams.'],
  ['later on those days', 'Please collect him later on those days.'],
  ['further assessment', 'We can arrange a further assessment in June.'],
  // Revised guidelines §3: only what the school's side will do or provide.
  ['instruction to the parent', 'Please keep an eye on your Dojo messages over the half term.'],
  ['order to the parent after a condition', 'If you have any worries, contact us as soon as possible.'],
  ['order to the parent', 'Keep an eye out for the newsletter next week.'],
  ['parents as subject', 'Parents may wish to keep an eye on screen time at home.'],
  ['request to the parent', 'Could you keep us informed of any changes to his medication?'],
  ['asking parents for help', 'We would be grateful for some help with the garden over the coming weeks.'],
  ['a need, not a promise', 'She needs extra support which the school cannot provide.'],
  // Changed by the revision: this was vague at "extra help"; it now names a need, not a promise.
  ['a predicted need', 'He will need extra help with spelling.'],
  ['general need', 'Some children need additional support at some point in their school life.'],
  ['need after the cue', 'For a few pupils, more regular reviews may be needed.'],
  ['take some time', 'Take some time to read the leaflet together.'],
  ['a formal meeting considers', 'The governors will meet to consider the exclusion.'],
  ['a range at a fair', 'There will be a range of activities at the summer fair.'],
  ['looking forward is no action', 'We are looking forward to spending more time outdoors over the next few weeks.'],
  ['advice by contrast', 'Rather than trying to fit a big coat under a waterproof, we suggest layers.'],
  ['a report of the past', 'We have been keeping an eye on the temperature in the classrooms.'],
  ['general information', 'Early help is important in making sure children get the right support as soon as possible.'],
  ['guidance for others', 'Schools should talk to parents regularly about progress.'],
  ['a definition', 'A young carer is someone who provides regular care for a relative.'],
  ['usually about the child', 'He usually settles well after lunch.'],
  ['an intensifier', 'We keep the children as safe as we possibly can.'],
  ['template placeholder', 'Your child will receive [5 or other number as appropriate] sessions.'],
  ['a heading', 'Providing appropriate support'],
  ['quantified on a basis', 'The SENCo monitors the provision maps on a half-term basis.'],
  ['may is permission or description', 'The teacher may discuss next steps with the SENCo.'],
  ['in the future inside a condition', 'If they are put forward for an EHC plan in the future, they will also have a support plan.'],
  ['some information', 'I would like to share some information regarding SEND support.'],
  ['relevant reports are documents', 'Other relevant professional reports can be sent to the panel.'],
  ['a recommendation names a need', 'She would benefit from some quiet time with an adult after lunch.'],
  ['a social hope', 'We hope to see as many families as possible at the summer fair.'],
  ['a formal duty', 'The local authority must consider whether to carry out an assessment.'],
  ['parents are welcome', 'Parents are welcome to attend some of the sessions.'],
  // second round (issue 10)
  ['a time limit, not an amount', 'The local authority has up to 16 weeks to issue the final plan.'],
  ['a meeting held to consider', 'A panel meeting will be held next month to consider her application.'],
  ['an order to the parent around a placeholder', 'Please ring [name of teacher – phone number, email] as soon as possible.'],
  ['a list that is the parent’s part', 'Once the draft is ready, you will have 15 days to:\n- consider the plan and give feedback on it\n- name the school you would like'],
  ['whole-school news', 'We are hoping to avoid another lockdown this winter.'],
  ['whole-school staffing', 'I will monitor staffing levels closely over the winter.'],
  ['a hope about the past', 'We hope to have raised a good sum for the library at the cake sale.'],
  ['register policy', 'Children will only stay on the SEN register for as long as necessary.'],
  ['a need answered by a process', 'Should Amir need more help with reading, you will be sent a letter about a meeting with the SENCo.'],
  ['to further support is a verb', 'To further support his reading, the library is open after school on Fridays.'],
  ['may describing a session', 'The therapist may observe him in class.'],
  ['a signpost to further support', 'For further support with uniform costs, the office can help.'],
  ['an offer of a time', 'We could offer you a meeting on Tuesday at 3pm.'],
  ['a meeting that was held to consider', 'The panel met on Thursday to consider his request.'],
  ['a panel that will consider on a date', 'Her request will be considered at the panel on 12th March.'],
  // third round (issue 10)
  ['what the message is for', 'The purpose of this email is to try and find out how many children will stay for the club.'],
  ['a parent’s account of the past', 'I met the class teacher last week (and trying to get an assessment booked, with no luck).'],
  ['an ideal for the family', 'Ideally they will bring a named water bottle every day.'],
  ['a caveat that plans may change', 'The hall should be free from 9am, but this may be changed at a later date.'],
  ['an account of what happened', 'We phoned the council many times and eventually the council agreed to fund a taxi.'],
  ['how long a session lasts', 'The assessment will usually take between 40 and 50 minutes.'],
  ['how something is made up', 'Needs are spotted in many ways, usually a mixture of teacher notes and test scores.'],
  ['choosing from a set', 'In the afternoon he can pick from some activities and games.'],
  ['how an approach works in general', 'The cycle draws on more frequent review and more specialist advice as it goes on.'],
  ['a social hope with that', 'We hope that you all had a restful holiday.'],
  ['a possibility about the parent', 'It might be that you notice changes in his sleep first.'],
  ['may describes how a group runs', 'The group may be delivered by a trained assistant.'],
  ['policy for any pupil', 'Every pupil on a reduced timetable must have a plan; this will let pupils build up to full days with appropriate support.'],
];

describe('detectVague: the five categories', () => {
  for (const [body, expected] of VAGUE) {
    it(body, () => {
      expect(cues(body)).toEqual(expected);
    });
  }
});

describe('detectVague: wording that is not vague', () => {
  for (const [rule, body] of NOT_VAGUE) {
    it(`${rule}: ${body}`, () => {
      expect(cues(body)).toEqual([]);
    });
  }
});

describe('detectVague: why and ask', () => {
  it('names the thing a cue qualifies', () => {
    const [f] = vague('He will have access to a quiet workstation when the room is noisy.');
    expect(f?.ask).toBe('How often will the quiet workstation actually be used, and who will make sure it happens?');
  });

  it('asks how often for regular check-ins', () => {
    const [f] = vague('Miss Okoro will offer her regular check-ins during the day.');
    expect(f?.ask).toContain('How often will the check-ins happen');
  });

  it('names what is under review', () => {
    const [f] = vague('We will keep his seating plan under review.');
    expect(f?.ask).toContain('When will his seating plan next be reviewed');
  });

  it('quotes the cue as written', () => {
    const [f] = vague('The report will follow in due course.');
    expect(f?.why.startsWith('“In due course” is not a date')).toBe(true);
  });

  it('gives every finding a why and an ask in plain sentences', () => {
    for (const [body] of VAGUE) {
      for (const f of vague(body)) {
        expect(f.why).toMatch(/^[“A-Z].*[.]$/);
        expect(f.ask).toMatch(/^[A-Z].*\?$/);
        expect(f.why + f.ask).not.toMatch(/\{|\}|\bthe the\b|\bthe (?:his|her|their)\b/);
      }
    }
  });

  it('keeps offsets into the whole body', () => {
    const body = 'Dear Mrs Khan,\n\nThank you for your email. We will keep an eye on it.\n\nBest wishes,\nMrs Patel';
    const [f] = vague(body);
    expect(f).toBeDefined();
    expect(body.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f!.text).toBe('keep an eye on');
  });

  it('reads only the new text, not a quoted reply', () => {
    const body = 'Thanks, that is helpful.\n\nOn 3 Mar 2025, at 09:14, Ms Green wrote:\n> We will keep an eye on it and see how it goes.';
    expect(vague(body)).toEqual([]);
  });
});

describe('detectVague: commitments found in the email', () => {
  const body = 'If she needs extra time, Miss Dunn can fit her in.';
  it('reads a need in a condition as a need when no one on the school side acts', () => {
    expect(cues(body)).toEqual([]);
  });
  it('reads it as provision when a commitment is found in the same sentence', () => {
    const ctx = createContext({ sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Patel <p@school.sch.uk>', subject: 'Update', body });
    const promise = { start: 26, end: 50, text: body.slice(26, 50), actor: 'Miss Dunn', due: null, hedged: false, conditional: true };
    expect(detectVague(ctx, [promise]).map((f) => f.text)).toEqual(['extra time']);
  });
});

describe('detectVague: a need in a condition answered by a process', () => {
  const body = 'If Jo needs more help at lunch, you will then be offered a call with the head of year.';
  it('names a need, even when the appointment is found as a commitment', () => {
    const ctx = createContext({ sentAt: '2025-03-03T09:00:00+00:00', from: 'Mrs Patel <p@school.sch.uk>', subject: 'Update', body });
    const at = body.indexOf('you will');
    const promise = { start: at, end: body.length - 1, text: body.slice(at, -1), actor: 'school', due: null, hedged: false, conditional: true };
    expect(detectVague(ctx, [promise])).toEqual([]);
  });
});

describe('detectVague on hostile input', () => {
  for (const [name, body] of Object.entries(hostileInputs(1_000_000))) {
    it(`${name}: returns quickly and well formed`, () => {
      const t0 = performance.now();
      const found = vague(body);
      expect(performance.now() - t0).toBeLessThan(3000);
      for (const f of found) expect(body.slice(f.start, f.end)).toBe(f.text);
    });
  }
});

describe('categories', () => {
  it('uses only the five categories', () => {
    const allowed: VagueCategory[] = ['monitoring', 'wait-and-see', 'unquantified', 'hedge', 'indefinite-time'];
    for (const [body] of VAGUE) for (const f of vague(body)) expect(allowed).toContain(f.category);
  });
});
