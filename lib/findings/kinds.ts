// THE table of finding kinds: how each kind is named, ordered and drawn, wherever a parent sees it
// (the side panel's list and marks, the card and pill on the webmail page). Adding a kind is its
// detector plus one row here; tests/unit/findings/kinds.test.ts fails until its CSS and words exist.
// Data only, and imported by the highlighter inside webmail pages: keep it free of runtime imports.
import type { Analysis } from '@/lib/analysis/types';
import type { FindingKind } from '@/lib/model/finding';

export type { FindingKind };

/** Each kind has its own line, so colour is never the only sign. */
export type LineStyle = 'solid' | 'dotted' | 'dashed' | 'double';

/** A mark's colours for one colour scheme: text on `bg` is 9:1 or more, `line` 5:1 or more against it. */
export interface MarkColours {
  bg: string;
  line: string;
}

export interface FindingKindRow {
  /** Which list of an Analysis holds findings of this kind. */
  found: Exclude<keyof Analysis, 'analysed'>;
  /** One finding's kind, as the parent reads it on the card and beside a mark: "Promise". */
  name: string;
  /** The side panel's heading over findings of this kind. */
  heading: string;
  /** The side panel's key to the marks in the text: short. */
  keyName: string;
  /** Counted on a side panel list row: "2 promises". */
  listCount: readonly [one: string, many: string];
  /** Counted on the page's pill: "2 promises". */
  pageCount: readonly [one: string, many: string];
  /** In a sentence on the page, read out: "Mark 2 of 5: vague wording". */
  spoken: string;
  /** Where the page's pill counts it: lower first. */
  pillOrder: number;
  /** Painted over lower ones where marks overlap on the page: the shorter kinds (dates, phrases) on top. */
  priority: number;
  line: LineStyle;
  light: MarkColours;
  dark: MarkColours;
}

// "concern" is a "Thing to watch" wherever it is named. The counts and what a screen reader hears on
// the page say "warning" ("1 warning", "Mark 5 of 5: warning"): tests pin both wordings, so they stay.
/** Every kind, in the order the side panel lists them: what to worry about first, then promises, vague wording, dates. */
export const KIND_TABLE: { readonly [K in FindingKind]: FindingKindRow } = {
  concern: {
    found: 'concerns',
    name: 'Thing to watch',
    heading: 'Things to watch',
    keyName: 'To watch',
    listCount: ['to watch', 'to watch'],
    pageCount: ['warning', 'warnings'],
    spoken: 'warning',
    pillOrder: 4,
    priority: 2,
    line: 'double',
    light: { bg: '#fde4e2', line: '#b42318' },
    dark: { bg: '#4a1f1f', line: '#ff9b91' },
  },
  commitment: {
    found: 'commitments',
    name: 'Promise',
    heading: 'Promises',
    keyName: 'Promise',
    listCount: ['promise', 'promises'],
    pageCount: ['promise', 'promises'],
    spoken: 'promise',
    pillOrder: 2,
    priority: 1,
    line: 'solid',
    light: { bg: '#dff3e8', line: '#1e6b45' },
    dark: { bg: '#173d2b', line: '#6fd69f' },
  },
  vague: {
    found: 'vague',
    name: 'Vague wording',
    heading: 'Vague wording',
    keyName: 'Vague',
    listCount: ['vague', 'vague'],
    pageCount: ['vague phrase', 'vague phrases'],
    spoken: 'vague wording',
    // First on the pill: vague wording is what the toolbar badge counts.
    pillOrder: 1,
    priority: 3,
    line: 'dotted',
    light: { bg: '#fff1c7', line: '#8a5a00' },
    dark: { bg: '#43350f', line: '#f0c660' },
  },
  date: {
    found: 'dates',
    name: 'Date',
    heading: 'Dates',
    keyName: 'Date',
    listCount: ['date', 'dates'],
    pageCount: ['date', 'dates'],
    spoken: 'date',
    pillOrder: 3,
    priority: 4,
    line: 'dashed',
    light: { bg: '#e1ebfb', line: '#2f5ea8' },
    dark: { bg: '#1d3150', line: '#8ab4ff' },
  },
};

/** Every kind, in the table's order (the side panel's). */
export const FINDING_KINDS = Object.keys(KIND_TABLE) as readonly FindingKind[];

/** Every kind, in the order the page's pill counts them. */
export const PILL_ORDER: readonly FindingKind[] = [...FINDING_KINDS].sort((a, b) => KIND_TABLE[a].pillOrder - KIND_TABLE[b].pillOrder);

/** For checking what another context sent: the page, the background, an index key. */
export function isFindingKind(value: unknown): value is FindingKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(KIND_TABLE, value);
}

/** The CSS Custom Highlight registered for a kind on the webmail page. */
export function highlightName(kind: FindingKind): string {
  return `on-record-${kind}`;
}

/** The class of a kind's marks and swatches in the side panel (components/record/findings.css). */
export function markClass(kind: FindingKind): string {
  return `mark-${kind}`;
}
