// Who writes to parents about school, so the import can tick them before the parent looks. Data
// only, one row each: add a service here and nothing else changes. A sender is ticked when its
// domain is, or ends with, one of these (so "mail.parentmail.co.uk" counts as ParentMail).
//
// Public-sector endings cover schools, councils and the NHS. The services are the school
// communication, payment and learning platforms English schools send parents mail from.

export interface KnownSender {
  /** A domain or domain ending, lower-case, no leading dot. */
  readonly domain: string;
  /** What the parent is told: "Ticked: ParentMail, a school messaging service". */
  readonly reason: string;
}

export const PUBLIC_SECTOR_SENDERS: readonly KnownSender[] = [
  { domain: 'sch.uk', reason: 'a school address (.sch.uk)' },
  { domain: 'gov.uk', reason: 'a council or government address (.gov.uk)' },
  { domain: 'nhs.uk', reason: 'an NHS address' },
  { domain: 'nhs.net', reason: 'an NHS address' },
  { domain: 'ac.uk', reason: 'a college or university address (.ac.uk)' },
];

export const SCHOOL_SERVICES: readonly KnownSender[] = [
  { domain: 'arbor-education.com', reason: 'Arbor, a school information system' },
  { domain: 'arbormail.com', reason: 'Arbor, a school information system' },
  { domain: 'parentmail.co.uk', reason: 'ParentMail, a school messaging service' },
  { domain: 'classdojo.com', reason: 'ClassDojo, a class messaging app' },
  { domain: 'tapestryjournal.com', reason: 'Tapestry, an early years learning journal' },
  { domain: 'eylj.org', reason: 'Tapestry, an early years learning journal' },
  { domain: 'seesaw.me', reason: 'Seesaw, a class learning journal' },
  { domain: 'classroom.google.com', reason: 'Google Classroom' },
  { domain: 'bromcom.com', reason: 'Bromcom, a school information system' },
  { domain: 'weduc.com', reason: 'Weduc, a school messaging service' },
  { domain: 'weduc.co.uk', reason: 'Weduc, a school messaging service' },
  { domain: 'schoolcomms.com', reason: 'Schoolcomms, a school messaging service' },
  { domain: 'parentpay.com', reason: 'ParentPay, school payments and messages' },
  { domain: 'schoolmoney.co.uk', reason: 'SchoolMoney, school payments and messages' },
  { domain: 'scopay.com', reason: 'scopay, school payments and messages' },
  { domain: 'schoolgateway.com', reason: 'School Gateway, a school messaging app' },
  { domain: 'teachercomms.co.uk', reason: 'Teachercomms, a school messaging service' },
  { domain: 'groupcall.com', reason: 'Groupcall Messenger, a school messaging service' },
  { domain: 'edulinkone.com', reason: 'Edulink One, a school information app' },
  { domain: 'sims.co.uk', reason: 'SIMS Parent, a school information app' },
  { domain: 'studybugs.com', reason: 'Studybugs, school absence reporting' },
  { domain: 'marvellousme.com', reason: 'MarvellousMe, a school messaging app' },
  { domain: 'schoolping.co.uk', reason: 'SchoolPing, a school messaging service' },
  { domain: 'parenthub.co.uk', reason: 'ParentHub, a school messaging app' },
  { domain: 'studybox.co.uk', reason: 'a school messaging service' },
  { domain: 'satchelone.com', reason: 'Satchel One, homework and school messages' },
  { domain: 'teamsatchel.com', reason: 'Satchel One, homework and school messages' },
  { domain: 'showmyhomework.co.uk', reason: 'Satchel One, homework and school messages' },
  { domain: 'classcharts.com', reason: 'Class Charts, behaviour and school messages' },
  { domain: 'educationcity.com', reason: 'a school learning platform' },
  { domain: 'evergreen-apps.com', reason: 'a school messaging app' },
  { domain: 'myed.com', reason: 'MyEd, a school messaging app' },
  { domain: 'schoolspider.co.uk', reason: 'SchoolSpider, a school messaging service' },
  { domain: 'eschools.co.uk', reason: 'eSchools, a school messaging service' },
  { domain: 'applicaa.com', reason: 'Applicaa, school admissions and messages' },
  { domain: 'schoolsynergy.co.uk', reason: 'School Synergy, a school messaging service' },
  { domain: 'iamcompliant.com', reason: 'a school forms service' },
  { domain: 'juniperedu.co.uk', reason: 'a school website and messaging service' },
];
