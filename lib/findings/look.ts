// How each kind of mark looks and is named. The colours and line styles are the side panel's
// (components/record/findings.css): keep them in step, so a mark looks the same everywhere. Each kind has
// its own line style (solid, dotted, dashed, double) so colour is never the only sign, and marks
// set the text colour too, so the contrast holds whatever colours the webmail uses.
import type { PageFindingKind } from '@/lib/protocol/highlighter';

export const KINDS: readonly PageFindingKind[] = ['commitment', 'concern', 'vague', 'date'];

interface Look {
  /** Card heading. */
  label: string;
  /** In a sentence: "Mark 2 of 5: vague wording". */
  spoken: string;
  one: string;
  many: string;
  line: 'solid' | 'dotted' | 'dashed' | 'double';
  light: { bg: string; line: string };
  dark: { bg: string; line: string };
  /** Painted over lower ones where marks overlap: the shorter kinds (dates, phrases) on top. */
  priority: number;
}

export const LOOK: Record<PageFindingKind, Look> = {
  commitment: {
    label: 'Promise', spoken: 'promise', one: 'promise', many: 'promises', line: 'solid',
    light: { bg: '#dff3e8', line: '#1e6b45' }, dark: { bg: '#173d2b', line: '#6fd69f' }, priority: 1,
  },
  concern: {
    label: 'Warning', spoken: 'warning', one: 'warning', many: 'warnings', line: 'double',
    light: { bg: '#fde4e2', line: '#b42318' }, dark: { bg: '#4a1f1f', line: '#ff9b91' }, priority: 2,
  },
  vague: {
    label: 'Vague wording', spoken: 'vague wording', one: 'vague phrase', many: 'vague phrases', line: 'dotted',
    light: { bg: '#fff1c7', line: '#8a5a00' }, dark: { bg: '#43350f', line: '#f0c660' }, priority: 3,
  },
  date: {
    label: 'Date', spoken: 'date', one: 'date', many: 'dates', line: 'dashed',
    light: { bg: '#e1ebfb', line: '#2f5ea8' }, dark: { bg: '#1d3150', line: '#8ab4ff' }, priority: 4,
  },
};

const TEXT = { light: '#1b1b1b', dark: '#f3f3f3' };

/** The CSS Custom Highlight registered for a kind. */
export function highlightName(kind: PageFindingKind): string {
  return `on-record-${kind}`;
}

function declarations(kind: PageFindingKind, scheme: 'light' | 'dark', important = ''): string {
  const l = LOOK[kind];
  const c = l[scheme];
  const width = l.line === 'double' ? '3px' : '2px';
  return `background-color:${c.bg}${important};color:${TEXT[scheme]}${important};text-decoration:underline ${l.line} ${c.line} ${width}${important};`;
}

/** The ::highlight() rules, for a stylesheet of the page's document. */
export function highlightCss(): string {
  const rule = (scheme: 'light' | 'dark') => KINDS.map((k) => `::highlight(${highlightName(k)}){${declarations(k, scheme)}}`).join('\n');
  return `${rule('light')}\n@media (prefers-color-scheme: dark){\n${rule('dark')}\n}`;
}

/** Inline style for a <mark> when the page has no highlight API: wins over the webmail's CSS. */
export function markStyle(kind: PageFindingKind, dark: boolean): string {
  return (
    declarations(kind, dark ? 'dark' : 'light', ' !important') +
    'text-underline-offset:2px;padding:0 !important;margin:0 !important;border:0 !important;border-radius:0 !important;' +
    'font:inherit !important;display:inline !important;box-shadow:none !important;'
  );
}

/** "3 vague phrases, 2 promises, 1 date". */
export function countWords(counts: Partial<Record<PageFindingKind, number>>): string {
  const order: PageFindingKind[] = ['vague', 'commitment', 'date', 'concern'];
  return order
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${counts[k]} ${counts[k] === 1 ? LOOK[k].one : LOOK[k].many}`)
    .join(', ');
}
