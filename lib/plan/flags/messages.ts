// Every word a flag shows, in plain British English, kept apart from the rules that decide when a
// flag is raised. Days are written as elsewhere in the app ("Fri 6 Mar 2026").

import { formatDayBrief as formatDayOnce } from '@/lib/calendar/format-day';
import { actorLabel, addTermDatesFor } from '@/lib/findings/words';
import type { IsoDay } from '@/lib/model/plan';
import { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';
import { boundedMemo } from '@/lib/util/bounded-memo';
import type { FlagKind, TermDatesAsk } from '@/lib/plan/flags/types';

// Thousands of promises share a few hundred days: each day is written out once.
const formatDay = boundedMemo((day: IsoDay): string => formatDayOnce(day), 20_000);

/** "Mrs Patel", "The school"; '' when the words name nobody. */
function who(actor: string): string {
  return actor.trim() ? actorLabel(actor) : '';
}

/** The email's words, shortened at a word and quoted. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const max = FLAG_THRESHOLDS.quoteLength;
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…”`;
}

function fromEmail(recordDay: IsoDay | null, text: string): string {
  return recordDay ? `The email of ${formatDay(recordDay)} said: ${quote(text)}` : `An email said: ${quote(text)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2025 to 2026", as GOV.UK writes school years. */
export function schoolYearName(startYear: number): string {
  return `${startYear} to ${startYear + 1}`;
}

const APPROXIMATE_TERMS_NOTE =
  'There are no term dates for all of this time, so we took terms as September to December, January to March and April to July.';

export interface PromiseWords {
  actor: string;
  text: string;
  recordDay: IsoDay | null;
  hedged: boolean;
  conditional: boolean;
}

// The words of every flag, keyed by its kind: a new kind does not compile until it has its words.
// A kind may hold the words of a variant beside its title and detail.
export const FLAG_MESSAGES = {
  'overdue-commitment': {
    title: (p: PromiseWords, markedNotKept: boolean): string => {
      const name = who(p.actor);
      const head = markedNotKept ? 'Promise not kept' : 'Promise overdue';
      return name ? `${head}: ${name}` : head;
    },
    detail: (p: PromiseWords, due: IsoDay, markedNotKept: boolean): string => {
      const caveats = [
        p.hedged ? 'It was promised with a hedge, so ask for a firm date.' : '',
        p.conditional ? 'It was promised only if something else happened first: check whether it did.' : '',
      ].filter(Boolean);
      const next = markedNotKept
        ? 'You marked it as not kept: you could ask, in writing, when it will happen.'
        : 'Nothing saved shows it was done: you could ask when it will happen.';
      return [`${fromEmail(p.recordDay, p.text)} It was due by ${formatDay(due)}.`, ...caveats, next].join(' ');
    },
  },
  'undated-commitment': {
    title: (p: PromiseWords): string => {
      const name = who(p.actor);
      return name ? `Promise with no date: ${name}` : 'Promise with no date';
    },
    detail: (p: PromiseWords): string =>
      [
        fromEmail(p.recordDay, p.text),
        p.conditional ? 'It was promised only if something else happened first.' : '',
        'No date was given: you could ask when it will happen.',
      ]
        .filter(Boolean)
        .join(' '),
    /**
     * Instead of the above when its time is a term word the child's calendar cannot place for want
     * of that school year's term dates: the ask is to add them, not to chase the school.
     */
    termDates: {
      title: (p: PromiseWords, year: string): string => {
        const name = who(p.actor);
        const head = `Promise needs the term dates for ${year}`;
        return name ? `${head}: ${name}` : head;
      },
      /** The detail in three parts, so a page can make the middle one the link to the term dates. */
      ask: (p: PromiseWords, year: string, words: string | null): Omit<TermDatesAsk, 'year' | 'words'> => ({
        before: `${[fromEmail(p.recordDay, p.text), p.conditional ? 'It was promised only if something else happened first.' : ''].filter(Boolean).join(' ')} `,
        link: addTermDatesFor(year),
        after: words ? ` to place “${words}”, and On Record will show when it is due.` : ' to see when it is due.',
      }),
    },
  },
  'no-review-last-term': {
    title: (): string => 'No review last term',
    detail: (term: string, planTitle: string, approximate: boolean): string =>
      [
        `No review is saved for ${term}, while “${planTitle}” was in place.`,
        'You can ask the school for a review meeting, or add the review here if it happened.',
        approximate ? APPROXIMATE_TERMS_NOTE : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  'few-reviews-in-year': {
    title: (schoolYear: number): string =>
      `Fewer than ${FLAG_THRESHOLDS.reviewsPerYear} reviews in ${schoolYearName(schoolYear)}`,
    detail: (schoolYear: number, reviews: number, approximate: boolean): string =>
      [
        `${reviews === 0 ? 'No reviews are' : plural(reviews, 'review is', 'reviews are')} saved for the ${schoolYearName(schoolYear)} school year.`,
        'Schools are expected to meet parents at least three times a year to review their child’s support: you can ask for regular reviews, or add any that happened.',
        approximate ? APPROXIMATE_TERMS_NOTE : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  'review-date-passed': {
    title: (): string => 'Plan review date has passed',
    detail: (planTitle: string, reviewOn: IsoDay): string =>
      `“${planTitle}” was due to be reviewed on ${formatDay(reviewOn)}, and no review is saved since. You can ask the school when the review will be, or add it here if it happened.`,
  },
  'provision-without-evidence': {
    title: (what: string, weeks: number, approximate: boolean): string =>
      `${what}: nothing saved for ${plural(weeks, approximate ? 'week' : 'school week', approximate ? 'weeks' : 'school weeks')}`,
    detail: (what: string, lastEvidence: IsoDay | null, startedOn: IsoDay, approximate: 'none' | 'no-calendar' | 'beyond-calendar'): string =>
      [
        lastEvidence
          ? `The last saved sign of ${what} happening is from ${formatDay(lastEvidence)}.`
          : `No evidence saved since it started on ${formatDay(startedOn)}.`,
        'You could ask the school when it last took place and how often it is happening.',
        approximate === 'no-calendar' ? 'There are no term dates, so these are calendar weeks, holidays included.' : '',
        approximate === 'beyond-calendar' ? 'The term dates do not cover all of this time, so some of these are calendar weeks.' : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  'vague-from-sender': {
    title: (sender: string): string => `Vague wording from ${sender}`,
    detail: (sender: string, term: string, count: number, example: string, approximate: boolean): string =>
      [
        `${plural(count, 'vague phrase', 'vague phrases')} from ${sender} in ${term}, such as ${quote(example)}.`,
        'You could ask them to say what will be done, by whom and by when.',
        approximate ? APPROXIMATE_TERMS_NOTE : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  'vague-rising': {
    title: (term: string): string => `More vague wording in ${term}`,
    detail: (term: string, count: number, previousTerm: string, previousCount: number, approximate: boolean): string =>
      [
        `${plural(count, 'vague phrase', 'vague phrases')} in ${term}, up from ${previousCount} in ${previousTerm}.`,
        'You could ask the school for specifics: what will be done, by whom and by when.',
        approximate ? APPROXIMATE_TERMS_NOTE : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
} as const satisfies Record<FlagKind, { title: (...args: never[]) => string; detail: (...args: never[]) => string; [variant: string]: unknown }>;
