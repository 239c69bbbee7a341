// Years of one child's record, made up but shaped like the real thing, for the timeline benchmark:
// six school years of term dates, two support plans, ~30 events, 10,000 school emails (1–3 KB of
// text each, with their HTML) from fifteen people at the school, their record heads and analysis
// stamps, ~30,000 findings (commitments, vague wording, dates), ~500 marks and ~500 links.
//
// Deterministic: everything comes from one seeded generator, and no clock is read, so the same
// seed gives the same bytes on every run. Offsets are real: every finding's text is
// record.text.slice(start, end) and its id is `${recordId}:${kind}:${start}-${end}`.

import { createHash } from 'node:crypto';
import { addDays, daysBetween, weekday, type IsoDay } from '../../lib/calendar/day';
import type { AnalysisStamp, StoredFinding } from '../../lib/model/finding';
import { ANALYSIS_VERSION } from '../../lib/findings/analysis-version';
import { defaultEnglishCalendar } from '../../lib/calendar/default-calendar';
import type {
  Child,
  ChildEvent,
  ChildEventKind,
  CommitmentMark,
  FindingLink,
  Provision,
  SchoolCalendar,
  SupportPlan,
} from '../../lib/model/plan';
import { headOf, type RecordHead } from '../../lib/model/record-head';
import type { SavedRecord } from '../../lib/model/record';
import {
  ATTACHMENTS,
  CHILD_KNOWN_AS,
  CHILD_NAME,
  DATE_SENTENCES,
  DATED_COMMITMENTS,
  FILLER,
  GREETINGS,
  PARENT,
  QUOTE_LINES,
  SCHOOL,
  SCHOOL_DOMAIN,
  SENDERS,
  SIGN_OFFS,
  SUBJECTS,
  UNDATED_COMMITMENTS,
  VAGUE,
  VAGUE_WHY,
  type CommitmentTemplate,
  type Sender,
} from './phrases';
import { Prng } from './prng';

export interface TimelineBenchData {
  child: Child;
  calendar: SchoolCalendar;
  plans: SupportPlan[];
  events: ChildEvent[];
  records: SavedRecord[];
  recordHeads: RecordHead[];
  findings: StoredFinding[];
  analyses: AnalysisStamp[];
  marks: CommitmentMark[];
  links: FindingLink[];
}

export interface GenerateOptions {
  seed?: number;
  records?: number;
  marks?: number;
  links?: number;
}

export const DEFAULT_SEED = 20_261_123;
/** The record runs from the first day of the 2021–22 school year to shortly before the benchmark was written. */
const FIRST_DAY: IsoDay = '2021-09-01';
const LAST_DAY: IsoDay = '2026-11-20';
const SCHOOL_YEARS = [2021, 2022, 2023, 2024, 2025, 2026];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function generateTimelineData(options: GenerateOptions = {}): TimelineBenchData {
  const rng = new Prng(options.seed ?? DEFAULT_SEED);
  const recordCount = options.records ?? 10_000;

  const calendarBase = defaultEnglishCalendar(SCHOOL_YEARS);
  const calendar: SchoolCalendar = {
    ...calendarBase,
    id: rng.uuid(),
    name: `${SCHOOL} term dates`,
    source: 'manual',
    updatedAt: '2021-09-20T19:05:00.000Z',
  };
  const child: Child = {
    id: rng.uuid(),
    name: CHILD_NAME,
    knownAs: [CHILD_KNOWN_AS],
    school: SCHOOL,
    schoolSenders: [SCHOOL_DOMAIN],
    yearGroup: 'Year 6',
    senStatus: 'ehc-plan',
    primaryNeed: 'ASD',
    secondaryNeed: 'SLCN',
    calendarId: calendar.id,
    evidenceWeeks: 4,
    createdAt: '2021-09-20T19:00:00.000Z',
    updatedAt: '2024-01-23T20:10:00.000Z',
  };
  const plans = makePlans(rng, child.id);

  const records: SavedRecord[] = [];
  const findings: StoredFinding[] = [];
  const sent = sentInstants(rng, calendar, recordCount);
  for (const instant of sent) {
    const { record, found } = makeRecord(rng, child.id, instant);
    records.push(record);
    findings.push(...found);
  }
  const recordHeads = records.map(headOf);
  const calendarKey = `${calendar.id}@${calendar.updatedAt}`;
  const analyses: AnalysisStamp[] = records.map((r) => ({ recordId: r.id, version: ANALYSIS_VERSION, calendarKey, analysedAt: r.capturedAt }));
  const events = makeEvents(rng, child.id, records);
  const marks = makeMarks(rng, child.id, records, findings, options.marks ?? 500);
  const links = makeLinks(rng, child.id, records, findings, plans, options.links ?? 500);
  return { child, calendar, plans, events, records, recordHeads, findings, analyses, marks, links };
}

// ------------------------------------------------------------------ when emails were sent

interface SentInstant {
  day: IsoDay;
  /** ISO 8601 with the UK offset of that day. */
  sentAt: string;
  /** Milliseconds since the epoch. */
  utc: number;
}

/** Mostly school days in term time, some in holidays, a few at weekends; oldest first. */
function sentInstants(rng: Prng, calendar: SchoolCalendar, count: number): SentInstant[] {
  const days: IsoDay[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) {
    const wd = weekday(day);
    const inTerm = calendar.terms.some((t) => t.start <= day && day <= t.end && !(t.halfTermStart <= day && day <= t.halfTermEnd));
    total += wd === 0 || wd === 6 ? 0.04 : inTerm ? 1 : 0.12;
    days.push(day);
    cumulative.push(total);
  }
  const hours: [number, number][] = [
    [7, 0.3], [8, 1], [9, 1.2], [10, 1], [11, 1], [12, 1], [13, 1], [14, 1], [15, 1.3], [16, 1.5], [17, 1], [18, 0.5], [19, 0.3], [20, 0.2], [21, 0.1],
  ];
  const out: SentInstant[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= r) lo = mid + 1;
      else hi = mid;
    }
    const day = days[lo]!;
    const hour = rng.weighted(hours);
    const minute = rng.int(0, 59);
    const second = rng.int(0, 59);
    const offset = britishSummerTime(day) ? 1 : 0;
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const utc = Date.UTC(y, m - 1, d, hour, minute, second) - offset * 3_600_000;
    out.push({ day, sentAt: `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}+0${offset}:00`, utc });
  }
  return out.sort((a, b) => a.utc - b.utc);
}

function britishSummerTime(day: IsoDay): boolean {
  const year = day.slice(0, 4);
  const lastSunday = (month: string) => {
    const last = `${year}-${month}-31`;
    return addDays(last, -weekday(last));
  };
  return lastSunday('03') <= day && day < lastSunday('10');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Friday 14 March", as a school writes a day. */
function dayPhrase(day: IsoDay): string {
  return `${WEEKDAYS[weekday(day)]} ${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

/** A school day n days after day (a weekend moves on to the Monday). */
function schoolDayAfter(day: IsoDay, n: number): IsoDay {
  const d = addDays(day, n);
  const wd = weekday(d);
  return wd === 6 ? addDays(d, 2) : wd === 0 ? addDays(d, 1) : d;
}

// ------------------------------------------------------------------ one email

interface Special {
  kind: StoredFinding['kind'];
  sentence: string;
  /** The finding's words inside the sentence. */
  spanStart: number;
  spanEnd: number;
  make(base: { id: string; recordId: string; childId: string; start: number; end: number; text: string }): StoredFinding;
}

/** A template with [[marks]] (else the whole sentence) and {date} filled in. */
function fill(template: string, date: string | null): { sentence: string; spanStart: number; spanEnd: number } {
  const withDate = date === null ? template : template.replace('{date}', date);
  const open = withDate.indexOf('[[');
  if (open < 0) return { sentence: withDate, spanStart: 0, spanEnd: withDate.length };
  const close = withDate.indexOf(']]', open);
  const sentence = withDate.slice(0, open) + withDate.slice(open + 2, close) + withDate.slice(close + 2);
  return { sentence, spanStart: open, spanEnd: close - 2 };
}

function commitmentSpecial(rng: Prng, sender: Sender, day: IsoDay): Special {
  const dated = rng.chance(0.7);
  const template: CommitmentTemplate = rng.pick(dated ? DATED_COMMITMENTS : UNDATED_COMMITMENTS);
  const due = dated ? schoolDayAfter(day, rng.int(1, 35)) : null;
  const filled = fill(template.text, due ? dayPhrase(due) : null);
  const actor = template.actor === 'self' ? sender.name : template.actor === 'school' ? 'school' : template.named!;
  return {
    ...filled,
    kind: 'commitment',
    make: (base) => ({ ...base, kind: 'commitment', actor, due, hedged: template.hedged ?? false, conditional: template.conditional ?? false }),
  };
}

function vagueSpecial(rng: Prng): Special {
  const template = rng.pick(VAGUE);
  const filled = fill(template.text, null);
  const { why, ask } = VAGUE_WHY[template.category];
  return { ...filled, kind: 'vague', make: (base) => ({ ...base, kind: 'vague', category: template.category, why, ask }) };
}

function dateSpecial(rng: Prng, day: IsoDay): Special {
  const date = schoolDayAfter(day, rng.int(1, 60));
  const filled = fill(rng.pick(DATE_SENTENCES), dayPhrase(date));
  return { ...filled, kind: 'date', make: (base) => ({ ...base, kind: 'date', date }) };
}

/** 0, 1, 1 or 2: one of each kind per email on average, so 10,000 emails carry ~10,000 of each. */
function findingCount(rng: Prng): number {
  return rng.pick([0, 1, 1, 2]);
}

const SENDER_WEIGHTS: [Sender, number][] = SENDERS.map((s) => [s, s.weight]);
const SENCO = SENDERS[0]!;

function makeRecord(rng: Prng, childId: string, instant: SentInstant): { record: SavedRecord; found: StoredFinding[] } {
  const id = rng.uuid();
  const sender = rng.weighted(SENDER_WEIGHTS);
  const page = sender.role === 'School office' && rng.chance(0.5);
  const specials: Special[] = [];
  for (let n = findingCount(rng); n > 0; n--) specials.push(commitmentSpecial(rng, sender, instant.day));
  for (let n = findingCount(rng); n > 0; n--) specials.push(vagueSpecial(rng));
  for (let n = findingCount(rng); n > 0; n--) specials.push(dateSpecial(rng, instant.day));

  // Ordinary sentences around the special ones until the text is 1–3 KB.
  const target = rng.int(1000, 3000);
  const specialLength = specials.reduce((n, s) => n + s.sentence.length + 1, 0);
  const fillerCount = Math.max(2, Math.round((target - specialLength - 40) / 88));
  // Each ordinary sentence at most once per email.
  const sequence: (string | Special)[] = rng.sample(FILLER, fillerCount);
  for (const special of specials) sequence.splice(rng.int(0, sequence.length), 0, special);

  const greeting = page ? `News from ${SCHOOL}` : rng.pick(GREETINGS);
  const signOff = page ? 'The Oakfield team' : rng.pick(SIGN_OFFS);
  let text = greeting;
  const htmlParagraphs: string[] = [escapeHtml(greeting)];
  const found: StoredFinding[] = [];
  let i = 0;
  while (i < sequence.length) {
    const size = rng.int(2, 4);
    text += '\n\n';
    const paragraphStart = text.length;
    for (let k = 0; k < size && i < sequence.length; k++, i++) {
      if (k > 0) text += ' ';
      const item = sequence[i]!;
      if (typeof item === 'string') {
        text += item;
        continue;
      }
      const start = text.length + item.spanStart;
      const end = text.length + item.spanEnd;
      text += item.sentence;
      found.push(item.make({ id: `${id}:${item.kind}:${start}-${end}`, recordId: id, childId, start, end, text: text.slice(start, end) }));
    }
    htmlParagraphs.push(escapeHtml(text.slice(paragraphStart)));
  }
  text += `\n\n${signOff}`;
  htmlParagraphs.push(escapeHtml(signOff));

  const reply = !page && rng.chance(0.35);
  const subject = (reply ? 'Re: ' : '') + rng.pick(SUBJECTS);
  const signature = page ? '' : `${sender.name}\n${sender.role}\n${SCHOOL}\nTel: 01632 960${String(rng.int(100, 999))}`;
  const quotedText = reply ? quoted(rng, instant) : '';
  const attachments = rng.chance(0.12) ? rng.sample(ATTACHMENTS, rng.int(1, 2)) : [];
  const adapter = page ? 'article' : rng.chance(0.7) ? 'gmail' : 'outlook';
  const url =
    adapter === 'article'
      ? `https://www.${SCHOOL_DOMAIN}/news/${instant.day}-${rng.hex(6)}`
      : adapter === 'gmail'
        ? `https://mail.google.com/mail/u/0/#inbox/${rng.hex(16)}`
        : `https://outlook.live.com/mail/0/inbox/id/AQMkAD${rng.hex(40)}`;
  // Most emails are saved within the hour, some that evening, a few days later.
  const [minMinutes, maxMinutes] = rng.weighted<[number, number]>([[[2, 90], 6], [[90, 1440], 3], [[1440, 4320], 1]]);
  const capturedAt = new Date(instant.utc + rng.int(minMinutes, maxMinutes) * 60_000).toISOString();
  const cc = !page && sender !== SENCO && rng.chance(0.2) ? [{ name: SENCO.name, address: SENCO.address }] : [];

  const html =
    `<div dir="ltr">${htmlParagraphs.map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('')}` +
    (signature ? `<div class="gmail_signature">${escapeHtml(signature).replace(/\n/g, '<br>')}</div>` : '') +
    (quotedText ? `<blockquote class="gmail_quote">${escapeHtml(quotedText).replace(/\n/g, '<br>')}</blockquote>` : '') +
    (attachments.length ? `<div class="attachments">${attachments.map((a) => `<span>${escapeHtml(a)}</span>`).join('')}</div>` : '') +
    '</div>';

  const record: SavedRecord = {
    id,
    kind: page ? 'page' : 'email',
    adapter,
    url,
    sentAt: instant.sentAt,
    sentAtText: page ? `Posted ${Number(instant.day.slice(8, 10))} ${MONTHS[Number(instant.day.slice(5, 7)) - 1]} ${instant.day.slice(0, 4)}` : sentAtText(instant),
    from: { name: sender.name, address: sender.address },
    to: page ? [] : [{ ...PARENT }],
    cc,
    subject,
    text,
    quotedText,
    signature,
    html,
    messageId: page ? null : rng.hex(16),
    attachments,
    capturedAt,
    textHash: createHash('sha256').update(text).digest('hex'),
    childId,
  };
  return { record, found };
}

function sentAtText(instant: SentInstant): string {
  const d = instant.day;
  return `${SHORT_WEEKDAYS[weekday(d)]}, ${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]!.slice(0, 3)} ${d.slice(0, 4)}, ${instant.sentAt.slice(11, 16)}`;
}

function quoted(rng: Prng, instant: SentInstant): string {
  const earlier = addDays(instant.day, -rng.int(1, 3));
  const lines = rng.sample(QUOTE_LINES, rng.int(2, 5));
  return [`On ${SHORT_WEEKDAYS[weekday(earlier)]}, ${Number(earlier.slice(8, 10))} ${MONTHS[Number(earlier.slice(5, 7)) - 1]!.slice(0, 3)} ${earlier.slice(0, 4)} at 19:${pad(rng.int(0, 59))}, ${PARENT.name} <${PARENT.address}> wrote:`, ...lines.map((l) => `> ${l}`)].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ------------------------------------------------------------------ plans, events, marks, links

function provision(rng: Prng, what: string, who: string, frequency: Provision['frequency'], minutes: number | null, from: IsoDay, targetIds: string[]): Provision {
  return { id: rng.uuid(), what, who, frequency, minutes, from, to: null, targetIds };
}

function makePlans(rng: Prng, childId: string): SupportPlan[] {
  const t = (text: string, area: SupportPlan['targets'][number]['area']) => ({ id: rng.uuid(), text, area });
  const supportTargets = [
    t('Millie will read a book banded at turquoise level with 90% accuracy.', 'cognition-learning'),
    t('Millie will ask an adult for help using her help card in three lessons a week.', 'communication-interaction'),
    t('Millie will use her calm-down plan without prompting at playtimes.', 'semh'),
    t('Millie will form all lower-case letters correctly.', 'sensory-physical'),
  ];
  const s = '2022-01-10';
  const support: SupportPlan = {
    id: rng.uuid(),
    childId,
    kind: 'sen-support',
    title: 'SEN Support plan, spring 2022',
    startsOn: s,
    reviewOn: '2022-03-24',
    targets: supportTargets,
    provisions: [
      provision(rng, 'Lexia', 'Mrs Carter (TA)', { times: 3, per: 'week' }, 20, s, [supportTargets[0]!.id]),
      provision(rng, 'Speech and language therapy', 'speech and language therapist', { times: 1, per: 'fortnight' }, 30, s, [supportTargets[1]!.id]),
      provision(rng, 'Time to Talk group', 'Miss Doyle (ELSA)', { times: 1, per: 'week' }, 30, s, [supportTargets[1]!.id, supportTargets[2]!.id]),
      provision(rng, 'Sensory circuit', 'Mrs Carter (TA)', { times: 1, per: 'day' }, 15, s, [supportTargets[2]!.id]),
      provision(rng, 'Handwriting programme', '', { times: 2, per: 'week' }, 15, s, [supportTargets[3]!.id]),
      provision(rng, 'Social stories', 'class teacher', null, null, s, [supportTargets[2]!.id]),
    ],
    revisions: [
      { at: '2022-03-25T18:40:00.000Z', summary: 'Review date changed to 7 July 2022' },
      { at: '2022-07-08T17:02:00.000Z', summary: 'Added provision: Precision teaching' },
      { at: '2022-11-18T19:15:00.000Z', summary: 'Changed provision: Speech and language therapy, now once a week' },
      { at: '2023-03-17T20:30:00.000Z', summary: 'Added target: Millie will take part in a small-group game at lunchtime' },
      { at: '2023-07-07T16:45:00.000Z', summary: 'Removed provision: Handwriting programme' },
      { at: '2023-11-10T18:05:00.000Z', summary: 'Review date changed to 21 March 2024' },
    ],
    createdAt: '2022-01-11T20:00:00.000Z',
    updatedAt: '2023-11-10T18:05:00.000Z',
  };
  const ehcOutcomes = [
    t('By the end of Key Stage 2, Millie will read age-appropriate texts fluently and talk about what she has read.', 'cognition-learning'),
    t('Millie will start and sustain a conversation with a peer in structured and unstructured times.', 'communication-interaction'),
    t('Millie will recognise when she is becoming anxious and use a strategy to calm herself.', 'semh'),
    t('Millie will manage the sensory demands of the school day with the adjustments in place.', 'sensory-physical'),
    t('Millie will write a paragraph independently using a writing frame.', 'cognition-learning'),
    t('Millie will be ready for the move to secondary school.', null),
  ];
  const e = '2024-01-22';
  const ehc: SupportPlan = {
    id: rng.uuid(),
    childId,
    kind: 'ehc-plan',
    title: 'EHC plan, January 2024',
    startsOn: e,
    reviewOn: '2027-01-14',
    targets: ehcOutcomes,
    provisions: [
      provision(rng, 'Speech and language therapy', 'speech and language therapist', { times: 1, per: 'week' }, 45, e, [ehcOutcomes[1]!.id]),
      provision(rng, 'Lexia', 'Mrs Carter (TA)', { times: 4, per: 'week' }, 20, e, [ehcOutcomes[0]!.id]),
      provision(rng, 'ELSA sessions', 'Miss Doyle (ELSA)', { times: 1, per: 'week' }, 30, e, [ehcOutcomes[2]!.id]),
      provision(rng, 'Sensory circuit', 'Mrs Carter (TA)', { times: 1, per: 'day' }, 15, e, [ehcOutcomes[3]!.id]),
      provision(rng, 'Occupational therapy programme', 'occupational therapist', { times: 1, per: 'half-term' }, 60, e, [ehcOutcomes[3]!.id]),
      provision(rng, 'Precision teaching', 'Mrs Carter (TA)', { times: 5, per: 'week' }, 10, e, [ehcOutcomes[0]!.id, ehcOutcomes[4]!.id]),
      provision(rng, 'Movement breaks', 'class teacher', { times: 3, per: 'day' }, 5, e, [ehcOutcomes[3]!.id]),
      provision(rng, 'Transition programme', 'Mrs Lloyd (learning mentor)', { times: 1, per: 'week' }, 30, '2026-04-20', [ehcOutcomes[5]!.id]),
    ],
    revisions: [
      { at: '2024-05-02T19:20:00.000Z', summary: 'Changed provision: Lexia, now four times a week' },
      { at: '2025-01-17T20:10:00.000Z', summary: 'Review date changed to 15 January 2026' },
      { at: '2025-02-04T18:30:00.000Z', summary: 'Added provision: Precision teaching' },
      { at: '2026-01-16T19:45:00.000Z', summary: 'Review date changed to 14 January 2027' },
      { at: '2026-04-21T17:55:00.000Z', summary: 'Added provision: Transition programme' },
    ],
    createdAt: '2024-01-23T20:10:00.000Z',
    updatedAt: '2026-04-21T17:55:00.000Z',
  };
  return [support, ehc];
}

const EVENT_DAYS: [ChildEventKind, IsoDay, string][] = [
  ['meeting', '2021-09-23', 'First meeting with Mrs Patel about Millie’s needs'],
  ['review', '2021-10-14', 'Review of the support in place since September'],
  ['meeting', '2021-12-09', 'Meeting with the class teacher and Mrs Patel'],
  ['review', '2022-03-24', 'SEN Support plan review with Mrs Patel'],
  ['meeting', '2022-05-19', 'Meeting with the speech and language therapist'],
  ['review', '2022-07-07', 'SEN Support plan review, end of year'],
  ['meeting', '2022-10-06', 'Transition meeting with the new class teacher'],
  ['review', '2022-11-17', 'SEN Support plan review with Mrs Patel'],
  ['meeting', '2023-01-26', 'Meeting with the educational psychologist'],
  ['review', '2023-03-16', 'SEN Support plan review'],
  ['meeting', '2023-05-04', 'Meeting about an EHC needs assessment'],
  ['assessment-requested', '2023-06-05', 'Request for an EHC needs assessment received by the council'],
  ['review', '2023-07-06', 'SEN Support plan review, end of year'],
  ['assessment-agreed', '2023-07-13', 'The council agreed to assess'],
  ['review', '2023-11-09', 'SEN Support plan review'],
  ['draft-plan-served', '2023-12-04', 'Draft EHC plan received'],
  ['comments-sent', '2023-12-15', 'Our comments on the draft plan, sent by email'],
  ['final-plan-issued', '2024-01-22', 'Final EHC plan issued, naming Oakfield'],
  ['meeting', '2024-04-25', 'Meeting to check the plan is being delivered'],
  ['meeting', '2024-09-26', 'Start-of-year meeting with Mr Whitfield'],
  ['annual-review', '2025-01-16', 'First annual review of the EHC plan'],
  ['decision-letter', '2025-02-03', 'The council’s decision after the annual review: plan amended'],
  ['meeting', '2025-03-13', 'Meeting with Mrs Patel about lunchtimes'],
  ['meeting', '2025-06-19', 'Meeting about Year 6'],
  ['meeting', '2025-10-02', 'Start-of-year meeting'],
  ['annual-review', '2026-01-15', 'Second annual review, secondary transfer discussed'],
  ['meeting', '2026-03-05', 'Meeting with the secondary school SENCo'],
  ['meeting', '2026-06-11', 'Transition meeting'],
  ['meeting', '2026-10-08', 'Meeting about the move to secondary'],
  ['meeting', '2026-11-12', 'Meeting with Mrs Patel and the EP'],
];

/** The index of the first record sent on or after day. */
function firstRecordOnOrAfter(records: readonly SavedRecord[], day: IsoDay): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid]!.sentAt!.slice(0, 10) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makeEvents(rng: Prng, childId: string, records: readonly SavedRecord[]): ChildEvent[] {
  return EVENT_DAYS.map(([kind, day, note]) => {
    const near = records[Math.min(records.length - 1, firstRecordOnOrAfter(records, day))];
    return {
      id: rng.uuid(),
      childId,
      kind,
      day,
      note,
      recordId: near && rng.chance(0.5) ? near.id : null,
      createdAt: `${addDays(day, rng.int(0, 2))}T20:${pad(rng.int(0, 59))}:00.000Z`,
    };
  });
}

const MARK_NOTES = ['Confirmed in the home–school diary.', 'Mrs Patel confirmed by email.', 'Did not happen: no sessions this half term.', 'Happened a week late.', ''];

function makeMarks(rng: Prng, childId: string, records: readonly SavedRecord[], findings: readonly StoredFinding[], count: number): CommitmentMark[] {
  const dayOf = new Map(records.map((r) => [r.id, r.sentAt!.slice(0, 10)]));
  const past = findings.filter((f) => f.kind === 'commitment' && (f.due ?? dayOf.get(f.recordId)!) < LAST_DAY);
  return rng.sample(past, count).map((finding) => {
    const due = (finding.kind === 'commitment' && finding.due) || dayOf.get(finding.recordId)!;
    const kept = rng.chance(0.7);
    const evidence = rng.chance(0.6) ? records[Math.min(records.length - 1, firstRecordOnOrAfter(records, addDays(due, rng.int(0, 20))))] : undefined;
    const markedOn = addDays(due, rng.int(1, 30));
    return {
      findingId: finding.id,
      childId,
      status: kept ? 'kept' : 'not-kept',
      evidenceRecordId: evidence?.id ?? null,
      note: rng.pick(MARK_NOTES),
      markedAt: `${markedOn < LAST_DAY ? markedOn : LAST_DAY}T21:${pad(rng.int(0, 59))}:00.000Z`,
    };
  });
}

function makeLinks(
  rng: Prng,
  childId: string,
  records: readonly SavedRecord[],
  findings: readonly StoredFinding[],
  plans: readonly SupportPlan[],
  count: number,
): FindingLink[] {
  const recordOf = new Map(records.map((r) => [r.id, r]));
  const commitments = findings.filter((f) => f.kind === 'commitment');
  const vague = findings.filter((f) => f.kind === 'vague');
  const dates = findings.filter((f) => f.kind === 'date');
  const chosen: StoredFinding[] = [...rng.sample(commitments, Math.round(count * 0.6)), ...rng.sample(vague, Math.round(count * 0.3))];
  chosen.push(...rng.sample(dates, count - chosen.length));
  const byStart = [...plans].sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1));
  return chosen.map((finding) => {
    const record = recordOf.get(finding.recordId)!;
    const day = record.sentAt!.slice(0, 10);
    const plan = byStart.find((p) => p.startsOn <= day) ?? byStart[byStart.length - 1]!;
    const r = rng.float();
    const item =
      r < 0.1
        ? null
        : r < 0.15
          ? { planId: plan.id, itemKind: 'target' as const, itemId: rng.pick(plan.targets).id }
          : { planId: plan.id, itemKind: 'provision' as const, itemId: rng.pick(plan.provisions).id };
    const linked = new Date(Date.parse(record.capturedAt) + rng.int(1, 14 * 24 * 60) * 60_000).toISOString();
    return { findingId: finding.id, childId, item, linkedAt: linked };
  });
}

// ------------------------------------------------------------------ checks

/** Everything that must hold for the data to be what the app would have stored; [] when it all does. */
export function checkTimelineData(data: TimelineBenchData): string[] {
  const problems: string[] = [];
  const records = new Map(data.records.map((r) => [r.id, r]));
  if (records.size !== data.records.length) problems.push('record ids are not unique');
  if (data.recordHeads.length !== data.records.length) problems.push('not one head per record');
  const findingIds = new Set<string>();
  for (const f of data.findings) {
    const record = records.get(f.recordId);
    if (!record) {
      problems.push(`${f.id}: no record`);
      continue;
    }
    if (f.id !== `${f.recordId}:${f.kind}:${f.start}-${f.end}`) problems.push(`${f.id}: id does not match its offsets`);
    if (record.text.slice(f.start, f.end) !== f.text) problems.push(`${f.id}: text is not record.text.slice(start, end)`);
    if (f.childId !== data.child.id) problems.push(`${f.id}: childId not set`);
    if (findingIds.has(f.id)) problems.push(`${f.id}: duplicate id`);
    findingIds.add(f.id);
  }
  const marked = new Set<string>();
  for (const m of data.marks) {
    if (!findingIds.has(m.findingId)) problems.push(`mark ${m.findingId}: no such finding`);
    if (marked.has(m.findingId)) problems.push(`mark ${m.findingId}: two marks`);
    if (m.evidenceRecordId && !records.has(m.evidenceRecordId)) problems.push(`mark ${m.findingId}: no evidence record`);
    marked.add(m.findingId);
  }
  const linked = new Set<string>();
  for (const l of data.links) {
    if (!findingIds.has(l.findingId)) problems.push(`link ${l.findingId}: no such finding`);
    if (linked.has(l.findingId)) problems.push(`link ${l.findingId}: two links`);
    linked.add(l.findingId);
  }
  for (const e of data.events) if (e.recordId && !records.has(e.recordId)) problems.push(`event ${e.id}: no such record`);
  return problems;
}

/** Rough sizes, for the report. */
export function describeData(data: TimelineBenchData): string {
  const kinds = { commitment: 0, vague: 0, date: 0, concern: 0 };
  let dated = 0;
  for (const f of data.findings) {
    kinds[f.kind]++;
    if (f.kind === 'commitment' && f.due) dated++;
  }
  const textKb = data.records.reduce((n, r) => n + r.text.length, 0) / 1024 / data.records.length;
  const htmlKb = data.records.reduce((n, r) => n + r.html.length, 0) / 1024 / data.records.length;
  const senders = new Set(data.records.map((r) => r.from?.address)).size;
  const first = data.records[0]?.sentAt?.slice(0, 10);
  const last = data.records[data.records.length - 1]?.sentAt?.slice(0, 10);
  const span = first && last ? (daysBetween(first, last) / 365.25).toFixed(1) : '?';
  return [
    `${data.records.length} records (${first} to ${last}, ${span} years; text ${textKb.toFixed(1)} KB and html ${htmlKb.toFixed(1)} KB on average; ${senders} senders)`,
    `${data.findings.length} findings: ${kinds.commitment} commitments (${dated} with a due day), ${kinds.vague} vague, ${kinds.date} dates`,
    `${data.calendar.terms.length} terms, ${data.plans.length} plans (${data.plans.reduce((n, p) => n + p.provisions.length, 0)} provisions), ${data.events.length} events, ${data.marks.length} marks, ${data.links.length} links`,
  ].join('\n');
}
