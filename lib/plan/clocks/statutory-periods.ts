// The statutory deadlines as data: how long, who must act, the law that sets it, and what a
// parent can do when it is missed.
// compute-clocks.ts decides when each one starts and stops.
// Checked against the provisions' text on legislation.gov.uk (section 44 against its explanatory
// notes). Note the regulation numbers: the 6-week decision is reg 5(1) (reg 4 is about consulting
// before deciding), and the parent's 15 days are reg 13(1)(a).

import { EVENT_KINDS } from '@/lib/plan/event-kinds';
import type { ChildEventKind } from '@/lib/model/plan';
import type { Period } from '@/lib/plan/clocks/period-end';
import type { Citation, ClockActor, ClockId } from '@/lib/plan/clocks/statutory-clock';

export interface StatutoryPeriod {
  id: ClockId;
  /** Plain English, for the timeline. */
  title: string;
  actor: ClockActor;
  /** "6 weeks from the request". */
  duration: string;
  /** null: worked out by the tribunal rules in tribunal-deadline.ts. */
  period: Period | null;
  citation: Citation;
  /** Why the deadline exists and what to do if it is missed. */
  explanation: string;
}

const SEND_REGULATIONS = 'The Special Educational Needs and Disability Regulations 2014';
const SEND_REGULATIONS_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation';

/** The event form's name for a kind, quoted: ‘We sent our comments on the draft plan’. */
function recordAs(kind: ChildEventKind): string {
  return `‘${EVENT_KINDS[kind].label}’`;
}

const IF_LATE =
  'If the deadline has passed, write to the local authority (email is fine), say the legal deadline has been missed and ask when it will act. ' +
  'If that does not work, make a formal complaint to the local authority and then to the Local Government and Social Care Ombudsman. ' +
  'Your local SENDIASS can help with this for free.';

export const STATUTORY_PERIODS: Readonly<Record<ClockId, StatutoryPeriod>> = {
  'assessment-decision': {
    id: 'assessment-decision',
    title: 'Local authority decides whether to assess',
    actor: 'local-authority',
    duration: '6 weeks from the request',
    period: { unit: 'weeks', count: 6 },
    citation: {
      short: 'SEND Regulations 2014, reg 5(1)',
      title: `${SEND_REGULATIONS}, regulation 5(1)`,
      url: `${SEND_REGULATIONS_URL}/5`,
    },
    explanation:
      'The local authority must tell you whether it will carry out an EHC needs assessment within 6 weeks of receiving the request. ' +
      `${IF_LATE} If it decides not to assess, the letter must tell you how to appeal. ` +
      `When the decision arrives, record ${recordAs('assessment-agreed')} or ${recordAs('assessment-refused')}.`,
  },
  'no-plan-notice': {
    id: 'no-plan-notice',
    title: 'Local authority tells you if it will not issue a plan',
    actor: 'local-authority',
    duration: '16 weeks from the request',
    period: { unit: 'weeks', count: 16 },
    citation: {
      short: 'SEND Regulations 2014, reg 10(1)',
      title: `${SEND_REGULATIONS}, regulation 10(1)`,
      url: `${SEND_REGULATIONS_URL}/10`,
    },
    explanation:
      'After the assessment, if the local authority decides not to issue an EHC plan, it must tell you within 16 weeks of the request and explain how to appeal. ' +
      'If it is going ahead with a plan, the draft plan usually comes by about this time. ' +
      `${IF_LATE} When the draft plan or the notice arrives, record ${recordAs('draft-plan-served')} or ${recordAs('no-plan-notice')}.`,
  },
  'final-plan': {
    id: 'final-plan',
    title: 'Local authority issues the final EHC plan',
    actor: 'local-authority',
    duration: '20 weeks from the request',
    period: { unit: 'weeks', count: 20 },
    citation: {
      short: 'SEND Regulations 2014, reg 13(2)',
      title: `${SEND_REGULATIONS}, regulation 13(2)`,
      url: `${SEND_REGULATIONS_URL}/13`,
    },
    explanation:
      'The whole process, from the request to the final EHC plan, must take no more than 20 weeks. ' +
      'There are only a few exceptions, such as the school being closed for 4 weeks or more, or exceptional personal circumstances. ' +
      `${IF_LATE} This deadline no longer applies if the local authority refuses to assess or tells you it will not issue a plan. ` +
      `When the final plan arrives, record ${recordAs('final-plan-issued')}.`,
  },
  'draft-comments': {
    id: 'draft-comments',
    title: 'Your deadline: comments on the draft plan',
    actor: 'parent',
    duration: '15 days, counting the day the draft plan was sent',
    period: { unit: 'days-counting-first', count: 15 },
    citation: {
      short: 'SEND Regulations 2014, reg 13(1)(a)',
      title: `${SEND_REGULATIONS}, regulation 13(1)(a)`,
      url: `${SEND_REGULATIONS_URL}/13`,
    },
    explanation:
      'This deadline is yours. You have at least 15 days, counting the day the draft plan was sent, to send your comments on it, ' +
      'ask for a meeting with the local authority about it, and ask for a particular school or college to be named. ' +
      'If you miss it, send your comments straight away anyway: the plan is not final until it is issued, and the local authority can still take them into account. ' +
      `When you have sent your comments, record ${recordAs('comments-sent')}.`,
  },
  'annual-review': {
    id: 'annual-review',
    title: 'Local authority reviews the EHC plan (annual review)',
    actor: 'local-authority',
    duration: '12 months starting with the day the plan was made, then with each review',
    // "The period of 12 months starting with" that day counts it as day 1, so the last day is the
    // day before the anniversary (see calendar-months.ts).
    period: { unit: 'months-starting-with', count: 12 },
    citation: {
      short: 'Children and Families Act 2014, s44(1)',
      title: 'Children and Families Act 2014, section 44(1)',
      url: 'https://www.legislation.gov.uk/ukpga/2014/6/section/44',
    },
    explanation:
      'The local authority must review the EHC plan at least every 12 months: first within the 12 months starting with the day the plan was made, then within the 12 months starting with the day of the last review. ' +
      'The day itself counts as the first day, so the last day is the day before the anniversary: a plan made on 20 May must be reviewed by 19 May the next year. ' +
      'The school usually holds the review meeting. If nothing has been arranged, ask the school and the local authority in writing. ' +
      `${IF_LATE} You can also ask for an early review at any time if your child's needs have changed. ` +
      `After each review meeting, record ${recordAs('annual-review')}: the next 12 months count from it.`,
  },
  'tribunal-appeal': {
    id: 'tribunal-appeal',
    title: 'Your deadline: appeal to the SEND Tribunal',
    actor: 'parent',
    duration: '2 months from the decision, or 1 month from the mediation certificate if that is later',
    period: null,
    citation: {
      short: 'Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008, r20(1)(c) and r12',
      title: 'The Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, rules 20(1)(c) and 12',
      url: 'https://www.legislation.gov.uk/uksi/2008/2699/article/20',
    },
    explanation:
      'This deadline is yours, if you want to appeal. The tribunal must receive your appeal by this day: 2 months from the date the decision was sent to you ' +
      '(a letter refusing to assess, a notice that no plan will be issued, a final plan or another decision letter), ' +
      'or 1 month from the date of the mediation certificate if that is later. ' +
      'For most appeals you need a mediation certificate first, so contact the mediation adviser named in the letter well within the 2 months. ' +
      'If you miss the deadline, you can still send your appeal with a request for more time, explaining why it is late; the tribunal decides whether to accept it. ' +
      `When you have sent your appeal, record ${recordAs('appeal-lodged')}. If you decide not to appeal, you can ignore this deadline.`,
  },
};
