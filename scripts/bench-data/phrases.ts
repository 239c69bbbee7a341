// Words for the benchmark's school emails: the staff who write, what they write about, and the
// sentences that carry promises, vague wording and dates. In templates, [[…]] marks the words a
// finding covers (the whole sentence when there is no mark) and {date} is replaced by a day.

import type { VagueCategory } from '../../lib/analysis/types';

export const CHILD_NAME = 'Amelia Jones';
export const CHILD_KNOWN_AS = 'Millie';
export const SCHOOL = 'Oakfield Primary School';
export const SCHOOL_DOMAIN = 'oakfield.sch.uk';
export const PARENT = { name: 'Sarah Jones', address: 'sarah.jones@example.com' };

export interface Sender {
  name: string;
  address: string;
  role: string;
  /** How often they write, relative to the others. */
  weight: number;
}

/** Fifteen people at the school who write to the parent. */
export const SENDERS: readonly Sender[] = [
  { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.sch.uk', role: 'SENCo', weight: 24 },
  { name: 'Mr Peter Marsh', address: 'p.marsh@oakfield.sch.uk', role: 'Assistant SENCo', weight: 8 },
  { name: 'Mrs Claire Robinson', address: 'head@oakfield.sch.uk', role: 'Headteacher', weight: 5 },
  { name: 'Mr Tom Fletcher', address: 't.fletcher@oakfield.sch.uk', role: 'Deputy Headteacher', weight: 5 },
  { name: 'Miss Laura Bennett', address: 'l.bennett@oakfield.sch.uk', role: 'Class teacher', weight: 12 },
  { name: 'Mr David Hughes', address: 'd.hughes@oakfield.sch.uk', role: 'Class teacher', weight: 12 },
  { name: 'Mrs Rachel Green', address: 'r.green@oakfield.sch.uk', role: 'Class teacher', weight: 10 },
  { name: 'Mr James Whitfield', address: 'j.whitfield@oakfield.sch.uk', role: 'Class teacher', weight: 8 },
  { name: 'Mrs Helen Carter', address: 'h.carter@oakfield.sch.uk', role: 'Teaching assistant', weight: 9 },
  { name: 'Miss Emma Doyle', address: 'e.doyle@oakfield.sch.uk', role: 'ELSA', weight: 5 },
  { name: 'Mrs Joanne Walsh', address: 'j.walsh@oakfield.sch.uk', role: 'Family liaison officer', weight: 4 },
  { name: 'Mrs Karen Lloyd', address: 'k.lloyd@oakfield.sch.uk', role: 'Learning mentor', weight: 4 },
  { name: 'Mrs Nadia Hussain', address: 'attendance@oakfield.sch.uk', role: 'Attendance officer', weight: 2 },
  { name: 'Mr Sam Okafor', address: 's.okafor@oakfield.sch.uk', role: 'PE and sports lead', weight: 2 },
  { name: 'Oakfield Primary School Office', address: 'office@oakfield.sch.uk', role: 'School office', weight: 6 },
];

export const SUBJECTS: readonly string[] = [
  'Millie – this week',
  'Update on Millie',
  'Provision map',
  'SEN Support plan review',
  'Speech and language therapy',
  'Lexia sessions',
  'Reading progress',
  'Meeting to discuss Millie',
  'Playtime today',
  'Transition to the new class',
  'Sensory circuit',
  'ELSA sessions',
  'EHC needs assessment',
  'Educational psychologist visit',
  'Annual review paperwork',
  'Homework',
  'School trip',
  'Lunchtime arrangements',
  'Attendance',
  'Parents’ evening',
  'Concerns raised on Tuesday',
  'Follow-up from our meeting',
  'Draft outcomes',
  'Occupational therapy report',
  'Visual timetable',
  'Time to Talk group',
  'Movement breaks',
  'Phonics assessment',
  'Friendship issues',
  'Swimming lessons',
];

export const GREETINGS: readonly string[] = ['Dear Mrs Jones,', 'Hi Sarah,', 'Dear Sarah,', 'Good afternoon Mrs Jones,', 'Hello Sarah,'];
export const SIGN_OFFS: readonly string[] = ['Kind regards,', 'Best wishes,', 'Many thanks,', 'Thanks,', 'Warm regards,'];

/** Ordinary sentences: what most of a school email is. */
export const FILLER: readonly string[] = [
  'Thank you for your email and for letting us know how Millie has been at home.',
  'Millie had a really positive morning and joined in well with the class discussion.',
  'She found the transition after lunch harder today and needed some time in the quiet area.',
  'I wanted to update you on how things have been going in class this week.',
  'Millie worked hard in maths and was proud to show her work to Mr Fletcher.',
  'She was a little unsettled during assembly, which we think was because of the noise.',
  'We talked about the visual timetable together and she chose to move her own cards.',
  'Her reading book has been changed and she has a new set of phonics words to practise.',
  'Millie told me she enjoyed the science lesson on magnets very much.',
  'Playtime was more difficult today; there was a disagreement over a game with two other children.',
  'We have spoken to the children involved and everyone has apologised.',
  'She used her ear defenders in the hall and was able to stay for the whole of lunch.',
  'I have attached the notes from our last conversation so you have them to hand.',
  'Please do let me know if you have noticed anything different at home.',
  'Millie is making steady progress with her handwriting and is forming most letters correctly.',
  'The class has been learning about the Romans and she has been very interested in the topic.',
  'She chose to spend part of break with Mrs Carter in the library, which helped her to reset.',
  'Our whole-school focus this half term is on kindness and she has earned two house points.',
  'The speech and language targets from the last report are displayed on her desk.',
  'I know the mornings have been hard, so thank you for persevering with the routine.',
  'She was tired by the afternoon and found the writing task difficult to start.',
  'Millie particularly enjoyed the drama session and was happy to take a small part.',
  'There has been a change of staff in the class, which can be unsettling for some children.',
  'We have reminded all the children about the lining-up routine at the end of play.',
  'She managed the fire drill well this time with a warning beforehand.',
  'I have shared your comments with the rest of the team who work with Millie.',
  'The new seating plan seems to be helping and she is less distracted by the door.',
  'She read three pages aloud to me today without prompting, which is a big step.',
  'Millie said she would like to bring her comfort object in on Mondays and we are happy with that.',
  'The class will be doing assessments in the next few weeks, and we will make the usual adjustments.',
  'She joined in with the football club at lunchtime and came back to class calm.',
  'We noticed that she was chewing her sleeve in the afternoon, which often means she is anxious.',
  'The feedback from the therapist was positive about the work she has been doing in sessions.',
  'Her spelling test score has improved again this week.',
  'Thank you for coming in yesterday; it was helpful to hear your perspective.',
  'She has been using the calm-down plan we agreed and it seems to be working for her.',
  'The children had a visit from the local fire service and Millie asked several good questions.',
  'Some days are better than others, which is understandable at this time of year.',
  'I will pass your message on to the class teacher, who is out on a course today.',
  'Millie has been helping to look after the class plants, which she enjoys.',
  'We appreciate you sending in the information from the paediatrician.',
  'The afternoon was calmer once she had had a movement break.',
  'She has been asking lots of questions about the residential trip next year.',
  'Millie worked well with a partner in guided reading this morning.',
  'Her attendance this term has been good and we have no concerns about punctuality.',
  'She found the supply teacher difficult on Thursday, which is not surprising.',
  'The occupational therapy programme has been printed and is in her tray.',
  'I have copied Mrs Patel into this email so that she is aware.',
  'We will continue to share updates through the home–school diary as well.',
  'Please keep an eye out for the letter about the class trip, which went home today.',
];

export type ActorKind = 'self' | 'school' | 'named';

export interface CommitmentTemplate {
  text: string;
  actor: ActorKind;
  /** For 'named': who, as written. */
  named?: string;
  hedged?: boolean;
  conditional?: boolean;
}

/** Promises with a day in them ({date} is replaced by "Friday 14 March"). */
export const DATED_COMMITMENTS: readonly CommitmentTemplate[] = [
  { text: 'I will send you a copy of the updated provision map by {date}.', actor: 'self' },
  { text: 'I will email you the notes from the meeting by {date}.', actor: 'self' },
  { text: 'We will arrange a meeting with the speech and language therapist on {date}.', actor: 'school' },
  { text: 'Mrs Carter will start the Lexia sessions again on {date}.', actor: 'named', named: 'Mrs Carter' },
  { text: 'I’ll make sure the visual timetable is back on her desk by {date}.', actor: 'self' },
  { text: 'We are going to trial a movement break before each lesson, starting on {date}.', actor: 'school' },
  { text: 'We will try to get the educational psychologist observation booked by {date}.', actor: 'school', hedged: true },
  { text: 'I will ring you on {date} to let you know how the first week has gone.', actor: 'self' },
  { text: 'Miss Doyle will begin the ELSA sessions on {date}.', actor: 'named', named: 'Miss Doyle' },
  { text: 'We will send home the draft outcomes for you to look at by {date}.', actor: 'school' },
  { text: 'I will complete the referral to the occupational therapy service by {date}.', actor: 'self' },
  { text: 'The school will hold the review meeting on {date}.', actor: 'school' },
  { text: 'I will hopefully have the report from the therapist by {date}.', actor: 'self', hedged: true },
  { text: 'If she is still finding lunchtimes hard, we will move her to the nurture group on {date}.', actor: 'school', conditional: true },
];

/** Promises with no day. */
export const UNDATED_COMMITMENTS: readonly CommitmentTemplate[] = [
  { text: 'I will look into the seating arrangements in the hall.', actor: 'self' },
  { text: 'We will make sure all staff are aware of her ear defenders.', actor: 'school' },
  { text: 'Mrs Carter will check in with her at the start of each afternoon.', actor: 'named', named: 'Mrs Carter' },
  { text: 'I’ll speak to the lunchtime supervisors about the quiet area.', actor: 'self' },
  { text: 'We will try to give her a little more warning before changes to the timetable.', actor: 'school', hedged: true },
  { text: 'If needed, we will put a time-out card in place.', actor: 'school', conditional: true },
  { text: 'I will share the strategies with the supply teacher.', actor: 'self' },
  { text: 'We will add precision teaching to her provision map.', actor: 'school' },
];

export interface VagueTemplate {
  text: string;
  category: VagueCategory;
}

export const VAGUE: readonly VagueTemplate[] = [
  { text: 'We will [[keep an eye on]] how she settles after the holiday.', category: 'monitoring' },
  { text: 'Staff will [[continue to monitor]] her at playtimes.', category: 'monitoring' },
  { text: 'We are [[monitoring the situation]] closely.', category: 'monitoring' },
  { text: '[[Let’s see how things go]] after half term.', category: 'wait-and-see' },
  { text: 'We would like to [[wait and see]] whether the new routine helps.', category: 'wait-and-see' },
  { text: 'It may be best to [[give it a few weeks]] before we change anything.', category: 'wait-and-see' },
  { text: 'She will get [[some extra support]] with her reading.', category: 'unquantified' },
  { text: 'There will be [[additional adult support]] in the afternoons.', category: 'unquantified' },
  { text: 'She has [[regular check-ins]] with the learning mentor.', category: 'unquantified' },
  { text: 'We will offer movement breaks [[where possible]].', category: 'hedge' },
  { text: 'Mrs Carter will support her [[as and when]] she needs it.', category: 'hedge' },
  { text: 'We will do this [[if resources allow]].', category: 'hedge' },
  { text: 'The school will review the plan [[in due course]].', category: 'indefinite-time' },
  { text: 'We will look at a referral [[at some point]] this year.', category: 'indefinite-time' },
  { text: 'The therapist will be in touch [[soon]].', category: 'indefinite-time' },
];

export const VAGUE_WHY: Record<VagueCategory, { why: string; ask: string }> = {
  monitoring: {
    why: 'Monitoring is not support: it does not say who will do what, or how you will know.',
    ask: 'Could you tell me who will be monitoring this, how often, and how the results will be shared with me?',
  },
  'wait-and-see': {
    why: 'Waiting has no end date, so there is nothing to check later.',
    ask: 'Could we agree a date to review this, and what we will do if things have not improved by then?',
  },
  unquantified: {
    why: 'No amount is given: how much support, how often, and from whom?',
    ask: 'Could you tell me how many sessions a week this will be, how long each lasts, and who will deliver them?',
  },
  hedge: {
    why: 'A hedge lets the support stop without anyone deciding to stop it.',
    ask: 'Could you confirm the support that will happen every time, and what would stop it?',
  },
  'indefinite-time': {
    why: 'No day is given, so you cannot tell when it is late.',
    ask: 'Could you give me a date for this?',
  },
};

/** Sentences with a day in them; [[{date}]] is the date finding. */
export const DATE_SENTENCES: readonly string[] = [
  'Parents’ evening is on [[{date}]] from 3.30pm.',
  'The next review meeting will be on [[{date}]] at 2.45pm.',
  'The class trip to the museum is on [[{date}]].',
  'Please could you return the consent form by [[{date}]]?',
  'The educational psychologist is visiting on [[{date}]].',
  'Sports day has been moved to [[{date}]].',
  'The school will be closed for staff training on [[{date}]].',
  'Her next speech and language session is on [[{date}]].',
  'We have booked the hall for the transition visit on [[{date}]].',
  'The deadline for the annual review paperwork is [[{date}]].',
];

export const QUOTE_LINES: readonly string[] = [
  'Thank you for the update.',
  'Could you let me know what support she is getting at the moment?',
  'She has been quite anxious about school in the mornings.',
  'I was wondering whether the Lexia sessions have started again.',
  'Could we arrange a time to talk about the provision map?',
  'She came home upset yesterday and said she had been on her own at lunch.',
  'I have attached the letter from the paediatrician.',
  'Is there any news about the referral?',
];

export const ATTACHMENTS: readonly string[] = [
  'Provision map.pdf',
  'SEN Support plan.docx',
  'Meeting notes.pdf',
  'Visual timetable.pdf',
  'OT programme.pdf',
  'Consent form.pdf',
  'Speech and language report.pdf',
];
