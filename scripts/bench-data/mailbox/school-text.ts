// What the school, the council and the health service write to Noah's parents: subjects and
// paragraphs, written for this generator (no real correspondence). Slots in {braces} are filled per
// message by school-mail.ts: {child}, {childFull}, {year}, {class}, {school}, {staff}, {date} (a
// day a week or more ahead, "Friday 14 March"), {nextDay} ("next Friday"), {deadline} ("by half
// term", "by the end of term", …), {vague} ("we'll keep an eye on it", …), {time}.
//
// Some paragraphs begin "From …": in a plain-text body that line must be escaped in the mbox.

import type { SchoolSenderKind } from './school-people';

export const STAFF_SUBJECTS: readonly string[] = [
  '{child} – update',
  'Update on {child}',
  'SEN Support plan review',
  'Following up our meeting',
  '{child}’s reading support',
  'Speech and language',
  'Today at lunchtime',
  'Incident this afternoon',
  'Request for EHC needs assessment',
  'Educational psychologist visit',
  'Provision map – {year}',
  'Transition to secondary school',
  'Reduced timetable',
  'Meeting on {date}',
  'Sensory circuit and movement breaks',
  'Homework',
  'One-page profile',
  'Attendance',
  'Annual review of {child}’s EHC plan',
  'Support in class',
  'Concerns you raised',
  'Phone call today',
  'ELSA sessions',
  'Trip next week – support for {child}',
];

export const GREETINGS: readonly string[] = ['Dear Mrs Clarke,', 'Hi Rebecca,', 'Dear Rebecca,', 'Good afternoon Mrs Clarke,', 'Hello Rebecca,', 'Dear Mr and Mrs Clarke,'];
export const SIGN_OFFS: readonly string[] = ['Kind regards,', 'Best wishes,', 'Many thanks,', 'Thanks,', 'Warm regards,', 'Regards,'];

/** How dates are promised: the analysis should find some of these and flag the vague ones. */
export const DEADLINES: readonly string[] = [
  'by half term',
  'by the end of term',
  'before the Easter holidays',
  'before Christmas',
  'within the next two weeks',
  'by {date}',
  'on {date}',
  '{nextDay}',
  'as soon as possible',
  'in the new year',
  'by the end of the month',
];

export const VAGUE: readonly string[] = [
  'we’ll keep an eye on it',
  'we will continue to monitor the situation',
  'we will look into this',
  'staff will support him where possible',
  'we will try to put something in place',
  'this is something we are aware of',
  'we will review things as and when needed',
  'hopefully things will settle down',
];

/** Paragraphs a teacher, SENCo or head writes. */
export const STAFF_PARAGRAPHS: readonly string[] = [
  'Thank you for your email and for letting us know how {child} has been at home over the weekend. It is really helpful to hear this, and I have shared it with {staff} so that everyone working with him is aware.',
  'I wanted to give you a quick update on how {child} has been this week. He has had some really positive mornings and joined in well with the class discussion on Tuesday, although he found the transition after lunch much harder and needed time in the quiet area.',
  'As discussed at our meeting, I will update {child}’s SEN Support plan {deadline} and send you a copy so you can add your comments. The new targets will focus on his reading fluency and on asking for help when he is stuck.',
  '{child} will now have three 20-minute sessions a week of Lexia with {staff}. These will start {nextDay} and we will review his progress {deadline}.',
  'I have made the referral to the speech and language therapy service today. They have told us that the waiting list is currently around 18 weeks, so in the meantime {vague}.',
  'Regarding the incident at lunchtime, {child} became very upset when another child took the ball from him and he pushed the child over. He was supported to calm down in the library and we talked about what happened once he was ready. I know this is not the news you wanted, but I wanted you to hear it from me first.',
  'From what {staff} has told me, the noise in the hall during assemblies is a real trigger for {child}. We will try ear defenders for the next two weeks and let you know how he gets on.',
  'From Monday, {child} will be on a reduced timetable for a short period, attending from 9am until 12.30pm each day. We will review this arrangement {deadline}. I know this is difficult and I want to be clear that it is a temporary measure while we put more support in place.',
  'If things do not improve, we may have to consider a reduced timetable for {child}. I would much rather we found another way, and I would like to meet to talk about what else we can try before it comes to that.',
  'I have spoken to the educational psychologist, who has agreed to observe {child} in class on {date}. She will then meet with you and me after school that day to talk through what she saw. Please let me know if {time} suits you.',
  'We have now submitted the request for an EHC needs assessment to Hartsmere Council. They have six weeks to decide whether to carry out an assessment, and they will write to you directly. I will forward anything they send to school.',
  'I appreciate your frustration that the extra adult support in the afternoons has not happened yet. Our staffing has been very stretched this term, but I will make sure {child} has a named adult at afternoon play {deadline}.',
  'The sensory circuit will run every morning at 8.50am in the small hall and {child} is on the list. {staff} will also build movement breaks into his timetable, roughly every 20 minutes during longer lessons.',
  'I have attached the updated provision map for {year}. You will see that the 1:1 reading sessions are now listed as three times a week rather than daily; this is because of timetabling, and we will look at it again {deadline}.',
  'Thank you for coming in yesterday. To confirm what we agreed: {staff} will meet {child} at the gate each morning; he will have a visual timetable on his desk; and I will email you every Friday with a short update on his week.',
  '{child} did not hand in his homework again this week. I know homework is a big source of stress at home, so for now {vague}, and we will not give him a detention for it.',
  'I have looked into what you said about the changing rooms before PE. From next week {child} will be able to change in the disabled toilet, and {staff} will give him a five-minute warning before the lesson starts.',
  'The school nurse has asked whether you could complete the attached form about {child}’s sleep and appetite and return it {deadline}. It will help the paediatrician when they see him.',
  'We have arranged for {child} to visit his new classroom and meet his new teacher on {date}, with a photo book of the room and the adults to take home over the summer.',
  'I can confirm that the annual review meeting for {child}’s EHC plan will take place on {date} at {time}. The council’s EHC coordinator has been invited. Please send me any views or reports you would like included at least two weeks before.',
  '{child} was very anxious this morning and refused to come into the classroom. He spent the first hour with {staff} doing a calming activity and then joined his group for maths. He managed the rest of the day well.',
  'I am sorry that the support set out in section F of the plan has not been in place every day. {vague}, and I will check the timetable with {staff} {deadline}.',
  'There was another incident in the playground today and {child} hit out at a member of staff. Nobody was hurt. We will need to record this, and I would like to talk to you about a risk assessment and a plan for unstructured times.',
  'Following today’s incident, the headteacher has decided that {child} will be suspended for one day tomorrow. You will receive a formal letter by email. I know this will be upsetting, and we will hold a reintegration meeting on his return.',
  'I have asked our ELSA to start weekly sessions with {child} on Thursday afternoons, focusing on recognising and naming feelings. The first block will run for six weeks, starting {nextDay}.',
  'The occupational therapy report recommends a writing slope, pencil grips and a wobble cushion. We have ordered these and they should arrive {deadline}. {staff} will show {child} how to use them.',
  'Please do not worry about the reading record; {child} is reading every day in school with an adult. If you can share a book at home when he is in the mood, that is great, but it is not something we will chase.',
  'We discussed your request for 1:1 support in the afternoons at our senior leadership meeting. At the moment we are not able to fund this without an EHC plan, but {vague} and we will raise it again at the review.',
  'I have spoken with {child}’s class teacher about the seating plan. He will now sit near the front, away from the door and the window, with a quieter partner. We will see how this works over the next fortnight.',
  'The school trip to the museum is on {date}. {child} is very welcome to come, and {staff} will be with his group. We could also send you the photos of the museum beforehand so he knows what to expect.',
  'Just a quick note to say {child} had a brilliant day today. He read his story to the class and got a round of applause. He was beaming, and I thought you would like to know.',
  'With regard to the transition to secondary school, I have spoken to the SENDCo at Hartsmere Academy and she has agreed to visit {child} here in the summer term. We will also arrange two extra visits for him before the induction days.',
  'Our records show that {child}’s attendance this half term is 86%. I know many of these absences are linked to his anxiety about school, and I would like to work with you on a plan rather than follow the usual attendance process.',
  'We will be holding a multi-agency meeting on {date} with the early help team, the school nurse and the educational psychologist. I have attached the agenda. Please let me know if there is anyone else you would like us to invite.',
  'I am afraid that the speech and language therapist’s visit has been postponed again because of staff illness. I have asked for a new date and {vague}.',
  'I have added the strategies from the clinical psychologist’s letter to {child}’s one-page profile and shared it with all of the staff who teach him, including the supply teachers and lunchtime staff.',
  'Thank you for your patience. I have now checked with the office and I can confirm that the teaching assistant hours in {child}’s plan are 25 hours a week, shared between {staff} and another member of staff.',
  'As you know, {child} finds the end of the day very hard. From tomorrow we will let him leave five minutes before the bell with {staff}, so he can avoid the crowds at the gate. Please wait for him by the side door.',
  'I understand that you would like a copy of the incident log and the behaviour records for {child}. I have passed your request to the office and you should receive them {deadline}.',
  'I would be grateful if you could sign and return the consent form for the educational psychology assessment {deadline}, so that we do not lose our place in the queue.',
];

/** Office, ParentMail and Arbor messages: the whole-school mail a parent also receives. */
export const OFFICE_SUBJECTS: readonly string[] = [
  'Parents’ evening booking now open',
  'INSET day reminder',
  'Letter: {year} trip to the Science Museum',
  'Newsletter – {date}',
  'School closure due to snow',
  'Reminder: non-uniform day on {date}',
  'Arbor: attendance notification for {child}',
  'Arbor: new message from {school}',
  'Payment reminder – after-school club',
  'Flu vaccination consent',
  'Photograph orders',
  'Christmas performance tickets',
];

export const OFFICE_PARAGRAPHS: readonly string[] = [
  'Parents’ evening appointments for {year} are now open for booking. Appointments are 10 minutes long and take place on {date} from 3.30pm until 6.30pm. Please book through the app {deadline}.',
  'A reminder that school is closed to pupils on {date} for staff training. The breakfast club and after-school club will not run that day.',
  'Please find attached a letter about the {year} trip. The cost is £14.50, payable through ParentPay {deadline}. If you have any questions about support on the day, please speak to your child’s class teacher.',
  'Due to the weather, the school will be closed today. We will post an update on the website and send another message by 3pm about tomorrow. Please keep safe.',
  'This is a notification that {childFull} was marked absent this morning and we have not received a reason. Please contact the school office as soon as possible on 01632 960 418 or reply to this message.',
  'Our records show a balance of £22.00 outstanding for after-school club. Please make a payment through ParentPay at your earliest convenience.',
  'The school nursing team will be in school on {date} to give the nasal flu vaccine. If you would like your child to have the vaccine, please complete the online consent form {deadline}.',
  'Thank you to everyone who came to the summer fair. We raised £1,284 for the school library, and the new books will be in classrooms after half term.',
  'Tickets for the Christmas performance are now available from the office, two per family. If your child needs any adjustments on the day, please let the class teacher know.',
  'From {date}, the gate on Mill Lane will open at 8.40am and close at 8.55am. Children arriving after this time should come in through the main office.',
  'You have a new message from {school} in the Arbor app: "Please remember that PE kit is needed on Tuesdays and Thursdays." Log in to the app to reply.',
  'We are delighted to share this term’s newsletter. Inside: our new reading garden, the football team’s cup run, dates for the spring term, and a message from the headteacher.',
];

/** The council's SEND assessment team, the educational psychology service and SENDIASS. */
export const COUNCIL_SUBJECTS: readonly string[] = [
  'EHC needs assessment – {childFull}',
  'Decision on your request for an EHC needs assessment',
  'Draft EHC plan for {childFull}',
  'Final EHC plan – {childFull}',
  'Annual review – {childFull}',
  'Request for advice – educational psychology',
  'Consultation with schools for {childFull}',
  'Your call to SENDIASS',
];

export const COUNCIL_PARAGRAPHS: readonly string[] = [
  'Thank you for your request for an EHC needs assessment for {childFull}. I am writing to confirm that we received it on {date}. The panel will consider the request and we will write to you with a decision within six weeks.',
  'I am pleased to tell you that the panel has agreed to carry out an EHC needs assessment for {childFull}. We will now ask for advice from the school, the educational psychology service, health and social care. Please send us your own views, and {child}’s, {deadline}.',
  'Please find attached the draft EHC plan for {childFull}. You have 15 days to make comments or ask for a meeting, and to tell us which school you would like named in section I. Please reply {deadline}.',
  'I am sorry for the delay in issuing the final plan. The 20-week timescale ended on {date}. We are working to issue it as soon as we can, and {vague}.',
  'We have consulted Hartsmere Academy about whether they can meet {child}’s needs, as you asked. Schools have 15 days to reply, and I will let you know their response {deadline}.',
  'Following the annual review meeting, the local authority has decided to amend the plan. You will receive the proposed amendments {deadline}, and you will then have 15 days to comment.',
  'The educational psychologist will visit {child} in school on {date}. She will observe him in class, talk with him and with staff, and would also like to speak with you by phone afterwards.',
  'If you disagree with this decision, you can ask for mediation and then appeal to the SEND Tribunal. Information about this is in the attached letter, and Hartsmere SENDIASS can give you free, impartial advice.',
  'Thank you for calling the SENDIASS helpline. As promised, I have attached our guide to writing parental views and a template you can use. One of our caseworkers will call you {nextDay} to talk through the draft plan.',
  'I have chased the health advice with the community paediatric team and have been told it will be sent {deadline}. I will forward it to you when I receive it.',
  'Section F of the draft plan says that {child} will receive "access to" speech and language therapy. I have noted your request that this is made specific and quantified, and I will raise it with the panel on {date}.',
  'Please note that I will be on leave from {date} for two weeks. If you need anything urgently during that time, please email the team inbox and one of my colleagues will respond.',
];

export const HEALTH_SUBJECTS: readonly string[] = ['Appointment for {childFull}', 'Speech and language therapy report', 'Your referral to Children’s Speech and Language Therapy'];

export const HEALTH_PARAGRAPHS: readonly string[] = [
  'We have received a referral for {childFull} from his school. He has been placed on our waiting list, and we expect to offer an initial assessment appointment within 18 weeks.',
  'An appointment has been made for {childFull} on {date} at {time} at Hartsmere Child Development Centre. Please reply to confirm, or call 01632 960 771 if you need to change it.',
  'Please find attached the report from {child}’s assessment. It includes recommendations for school, which we have also shared with the SENCo with your consent.',
  'Following the assessment, {child} will receive a block of six therapy sessions in school, delivered by a therapy assistant, with a review {deadline}.',
];

export function subjectsFor(kind: SchoolSenderKind): readonly string[] {
  if (kind === 'council') return COUNCIL_SUBJECTS;
  if (kind === 'health') return HEALTH_SUBJECTS;
  if (kind === 'staff') return STAFF_SUBJECTS;
  return OFFICE_SUBJECTS;
}

export function paragraphsFor(kind: SchoolSenderKind): readonly string[] {
  if (kind === 'council') return COUNCIL_PARAGRAPHS;
  if (kind === 'health') return HEALTH_PARAGRAPHS;
  if (kind === 'staff') return STAFF_PARAGRAPHS;
  return OFFICE_PARAGRAPHS;
}

/** What the parent wrote, quoted in the school's reply. */
export const PARENT_WROTE: readonly string[] = [
  'Noah came home very upset again today and said he had been on his own at lunchtime. Could you let me know what happened, and what support he has at lunch at the moment?',
  'I am still waiting for a copy of the updated SEN Support plan that was promised after our meeting. Could you send it this week, please?',
  'Could we arrange a meeting to talk about his reading? He is very anxious about it and we are not seeing progress at home.',
  'He has told us he is not going to school tomorrow. We are trying everything we can in the mornings, but it is getting harder every week.',
  'Please could you confirm in writing how many hours of TA support he is actually getting each week?',
  'Thank you for the update. Could you tell me when the speech and language referral was sent?',
  'I would like to request copies of all the incident reports for Noah since September.',
  'He was very proud of his certificate today, thank you for recognising how hard he has been trying.',
];

/** Slots for the closing lines of a school email. */
export const CLOSINGS: readonly string[] = [
  'Please do get in touch if you have any questions.',
  'I am happy to talk this through on the phone if that would help.',
  'Let me know if you would like to meet to discuss this further.',
  'Thank you for your continued support.',
  '',
];
