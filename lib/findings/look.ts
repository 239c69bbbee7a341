// How marks look on the webmail page, as CSS built from the kinds table (lib/findings/kinds.ts), whose
// colours and line styles the side panel's components/record/findings.css shares (a test holds the
// two together), so a mark looks the same everywhere. Marks set the text colour too, so the contrast
// holds whatever colours the webmail uses.
import { FINDING_KINDS, KIND_TABLE, PILL_ORDER, highlightName, type FindingKind } from '@/lib/findings/kinds';

type Scheme = 'light' | 'dark';

const TEXT: Record<Scheme, string> = { light: '#1b1b1b', dark: '#f3f3f3' };

function declarations(kind: FindingKind, scheme: Scheme, important = ''): string {
  const row = KIND_TABLE[kind];
  const c = row[scheme];
  const width = row.line === 'double' ? '3px' : '2px';
  return `background-color:${c.bg}${important};color:${TEXT[scheme]}${important};text-decoration:underline ${row.line} ${c.line} ${width}${important};`;
}

/** The ::highlight() rules, for a stylesheet of the page's document. */
export function highlightCss(): string {
  const rule = (scheme: Scheme) => FINDING_KINDS.map((k) => `::highlight(${highlightName(k)}){${declarations(k, scheme)}}`).join('\n');
  return `${rule('light')}\n@media (prefers-color-scheme: dark){\n${rule('dark')}\n}`;
}

/** Inline style for a <mark> when the page has no highlight API: wins over the webmail's CSS. */
export function markStyle(kind: FindingKind, dark: boolean): string {
  return (
    declarations(kind, dark ? 'dark' : 'light', ' !important') +
    'text-underline-offset:2px;padding:0 !important;margin:0 !important;border:0 !important;border-radius:0 !important;' +
    'font:inherit !important;display:inline !important;box-shadow:none !important;'
  );
}

/** The card's swatch (.swatch-KIND) and edge (.card-KIND) for each kind, inside our shadow root. */
export function swatchCss(): string {
  return FINDING_KINDS.map((k) => {
    const row = KIND_TABLE[k];
    const width = row.line === 'double' ? '4px' : '3px';
    return (
      `.swatch-${k}{background:${row.light.bg};border-bottom:${width} ${row.line} ${row.light.line}}` +
      `.card-${k}{border-left:6px ${row.line} ${row.light.line}}` +
      `@media (prefers-color-scheme: dark){.swatch-${k}{background:${row.dark.bg};border-bottom-color:${row.dark.line}}.card-${k}{border-left-color:${row.dark.line}}}`
    );
  }).join('\n');
}

/** "3 vague phrases, 2 promises, 1 date". */
export function countWords(counts: Partial<Record<FindingKind, number>>): string {
  return PILL_ORDER.filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${counts[k]} ${KIND_TABLE[k].pageCount[counts[k] === 1 ? 0 : 1]}`)
    .join(', ');
}
