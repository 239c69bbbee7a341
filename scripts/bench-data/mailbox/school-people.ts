// The invented family, schools, council and health services of the generated mailbox: one child
// (Noah Clarke) at Brookfield Primary until July 2025, then at Hartsmere Academy, with an EHC needs
// assessment and plan from Hartsmere Council along the way. Nothing here is a real person or school.

export const FAMILY = {
  child: 'Noah',
  childFull: 'Noah Clarke',
  parentName: 'Rebecca Clarke',
  parentFormal: 'Mrs Clarke',
  parentFirst: 'Rebecca',
  address: 'rebecca.clarke.home@gmail.com',
  partner: { name: 'Dan Clarke', address: 'dan.clarke78@outlook.com' },
} as const;

/** When Noah moves from primary to secondary school (the autumn term of 2025). */
export const SECONDARY_FROM_MS = Date.UTC(2025, 8, 1);

export type SchoolSenderKind = 'staff' | 'office' | 'parentmail' | 'arbor' | 'council' | 'health';

export interface SchoolSender {
  name: string;
  address: string;
  /** The signature's second line. */
  role: string;
  organisation: string;
  kind: SchoolSenderKind;
  /** 'primary' or 'secondary' staff write only while Noah is there; the rest write throughout. */
  when: 'primary' | 'secondary' | 'always';
  weight: number;
}

const BROOKFIELD = 'Brookfield Primary School';
const ACADEMY = 'Hartsmere Academy';
const COUNCIL = 'Hartsmere Council';

export const SCHOOL_SENDERS: readonly SchoolSender[] = [
  { name: 'Joanna Whitlock', address: 'senco@brookfield-primary.sch.uk', role: 'SENCo', organisation: BROOKFIELD, kind: 'staff', when: 'primary', weight: 22 },
  { name: 'Gareth Lewis', address: 'head@brookfield-primary.sch.uk', role: 'Headteacher', organisation: BROOKFIELD, kind: 'staff', when: 'primary', weight: 6 },
  { name: 'Priya Shah', address: 'p.shah@brookfield-primary.sch.uk', role: 'Class teacher, Maple Class', organisation: BROOKFIELD, kind: 'staff', when: 'primary', weight: 10 },
  { name: 'Owen Pritchard', address: 'o.pritchard@brookfield-primary.sch.uk', role: 'Class teacher, Rowan Class', organisation: BROOKFIELD, kind: 'staff', when: 'primary', weight: 8 },
  { name: 'Denise Harper', address: 'd.harper@brookfield-primary.sch.uk', role: 'Teaching assistant', organisation: BROOKFIELD, kind: 'staff', when: 'primary', weight: 4 },
  { name: 'Brookfield Primary School Office', address: 'office@brookfield-primary.sch.uk', role: 'School office', organisation: BROOKFIELD, kind: 'office', when: 'primary', weight: 6 },
  { name: 'Brookfield Primary School', address: 'noreply@parentmail.co.uk', role: 'Sent via ParentMail', organisation: BROOKFIELD, kind: 'parentmail', when: 'primary', weight: 10 },
  { name: 'Brookfield Primary School', address: 'notifications@arbor-education.com', role: 'Sent from Arbor', organisation: BROOKFIELD, kind: 'arbor', when: 'primary', weight: 5 },
  { name: 'Fiona Mackay', address: 'senco@hartsmere-academy.sch.uk', role: 'SENDCo', organisation: ACADEMY, kind: 'staff', when: 'secondary', weight: 14 },
  { name: 'Tom Adeyemi', address: 't.adeyemi@hartsmere-academy.sch.uk', role: 'Head of Year 7', organisation: ACADEMY, kind: 'staff', when: 'secondary', weight: 8 },
  { name: 'Hartsmere Academy', address: 'noreply@arbor-education.com', role: 'Sent from Arbor', organisation: ACADEMY, kind: 'arbor', when: 'secondary', weight: 6 },
  { name: 'Alison Reid', address: 'ehc.team@hartsmere.gov.uk', role: 'EHC Coordinator, SEND Assessment Team', organisation: COUNCIL, kind: 'council', when: 'always', weight: 7 },
  { name: 'Dr Martin Hale', address: 'ep.service@hartsmere.gov.uk', role: 'Educational Psychologist', organisation: COUNCIL, kind: 'council', when: 'always', weight: 2 },
  { name: 'Hartsmere SENDIASS', address: 'sendiass@hartsmere.gov.uk', role: 'Information, Advice and Support', organisation: COUNCIL, kind: 'council', when: 'always', weight: 2 },
  { name: 'Children’s Speech and Language Therapy', address: 'slt.hartsmere@nhs.net', role: 'Speech and Language Therapy', organisation: 'Hartsmere Community Health NHS Trust', kind: 'health', when: 'always', weight: 2 },
];

/** Named people a school email mentions, so bodies vary. */
export const MENTIONED = ['Mrs Harper', 'Miss Shah', 'Mr Pritchard', 'the ELSA', 'our speech and language therapist', 'Mr Lewis', 'the learning mentor', 'the educational psychologist'];

/** Noah's school, year group and class at a given moment (school years start in September). */
export function schoolYearOf(ms: number): { school: string; year: number; className: string } {
  if (ms >= SECONDARY_FROM_MS) return { school: ACADEMY, year: 7, className: '7H' };
  const d = new Date(ms);
  const academicStart = d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  // Year 3 in 2021–22, Year 6 in 2024–25.
  const year = Math.max(3, Math.min(6, academicStart - 2018));
  return { school: BROOKFIELD, year, className: year % 2 ? 'Rowan Class' : 'Maple Class' };
}
