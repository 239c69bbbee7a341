// Flags: things in a child's record a parent may want to act on or check. Each says what we saw
// and what the parent can ask, and points at what it is about so the UI can open it.

import type { IsoDay } from '@/lib/model/plan';

/** 'act': something to chase now. 'check': worth a look; the record may just be incomplete. */
export type FlagSeverity = 'act' | 'check';

interface FlagBase {
  /** Stable across recomputes: the UI keys and focuses flags by it. */
  id: string;
  severity: FlagSeverity;
  /** Plain English, short. */
  title: string;
  /** One or two sentences: what we saw, and what the parent can do or ask. */
  detail: string;
  /** The day it is about (due day, end of term, ...): flags are listed newest first. */
  day: IsoDay | null;
  findingId: string | null;
  planId: string | null;
  provisionId: string | null;
  /** Saved emails or pages that show it. */
  recordIds: string[];
}

export type Flag =
  | (FlagBase & {
      kind: 'overdue-commitment';
      findingId: string;
      due: IsoDay;
      markedNotKept: boolean;
      hedged: boolean;
      conditional: boolean;
    })
  | (FlagBase & {
      kind: 'undated-commitment';
      findingId: string;
      /** Set when its time is a term word waiting for a school year's term dates: `detail` asks for them. */
      termDates?: TermDatesAsk;
    })
  | (FlagBase & {
      kind: 'no-review-last-term';
      planId: string;
      term: string;
      from: IsoDay;
      to: IsoDay;
      /** The term dates were guessed from months: no calendar, or it does not reach. */
      approximate: boolean;
    })
  | (FlagBase & {
      kind: 'few-reviews-in-year';
      planId: string;
      /** The year the school year starts: 2025 for 2025 to 2026. */
      schoolYear: number;
      reviews: number;
      approximate: boolean;
    })
  | (FlagBase & { kind: 'review-date-passed'; planId: string; reviewOn: IsoDay })
  | (FlagBase & {
      kind: 'provision-without-evidence';
      planId: string;
      provisionId: string;
      weeks: number;
      /** The weeks were not all counted against term dates. */
      approximate: boolean;
      lastEvidence: IsoDay | null;
    })
  | (FlagBase & {
      kind: 'vague-from-sender';
      sender: string;
      term: string;
      count: number;
      findingIds: string[];
      approximate: boolean;
    })
  | (FlagBase & {
      kind: 'vague-rising';
      term: string;
      count: number;
      previousTerm: string;
      previousCount: number;
      findingIds: string[];
      approximate: boolean;
    });

export type FlagKind = Flag['kind'];

/**
 * A flag asking for a school year's term dates, so a term word ("after half term") can be placed.
 * `detail` is before + link + after; a page makes `link` the way to the child's term dates.
 */
export interface TermDatesAsk {
  /** The school year as the analysis wrote it: "2019–20". */
  year: string;
  /** The term words to place, when known: "after half term". */
  words: string | null;
  before: string;
  link: string;
  after: string;
}
