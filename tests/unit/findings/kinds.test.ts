import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { FINDING_KINDS, KIND_TABLE, PILL_ORDER, highlightName, isFindingKind, markClass, type FindingKind } from '@/lib/findings/kinds';
import { countWords, highlightCss, markStyle, swatchCss } from '@/lib/findings/look';
import { describeFinding, findingWords, findingsSummary, groupFindings } from '@/lib/findings/words';
import { toPageFindings } from '@/lib/highlight/background/to-page-findings';
import type { StoredFinding } from '@/lib/model/finding';

// A finding kind is its detector plus one row of lib/findings/kinds.ts. These tests fail when a
// kind lacks its row, its CSS in the side panel (both colour schemes), its CSS on the page or its
// words, or when a list of kinds somewhere drifts from the table.

/** One finding of each kind. Typed by kind, so a new kind fails to compile here until it has a sample. */
const SAMPLES: { [K in FindingKind]: Extract<StoredFinding, { kind: K }> } = {
  concern: { id: 'r:concern:0-8', recordId: 'r', childId: null, kind: 'concern', start: 0, end: 8, text: 'excluded', type: 'exclusion', explanation: 'An exclusion must be in writing.' },
  commitment: { id: 'r:commitment:0-9', recordId: 'r', childId: null, kind: 'commitment', start: 0, end: 9, text: 'we will call', actor: 'school', due: '2026-05-15', hedged: false, conditional: false },
  vague: { id: 'r:vague:0-6', recordId: 'r', childId: null, kind: 'vague', start: 0, end: 6, text: 'monitor', category: 'monitoring', why: 'Nobody says who.', ask: 'Who will watch?' },
  date: { id: 'r:date:0-9', recordId: 'r', childId: null, kind: 'date', start: 0, end: 9, text: 'by Friday', date: '2026-05-15' },
};
const KINDS_OF_SAMPLES = Object.keys(SAMPLES) as FindingKind[];

const HEX = /^#[0-9a-f]{6}$/;
const CSS = readFileSync(join(process.cwd(), 'components/record/findings.css'), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector` (after `from`). */
function rule(css: string, selector: string, from = 0): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css.slice(from));
  if (!m) throw new Error(`findings.css has no rule for ${selector}`);
  return m[2]!;
}

const darkAt = CSS.indexOf('@media (prefers-color-scheme: dark)');
const LIGHT_ROOT = rule(CSS, ':root');
const DARK_ROOT = rule(CSS, ':root', darkAt);

describe('the kinds table', () => {
  it('has one row for every finding kind, and no more', () => {
    expect([...FINDING_KINDS].sort()).toEqual([...KINDS_OF_SAMPLES].sort());
    expect(new Set(FINDING_KINDS).size).toBe(FINDING_KINDS.length);
    for (const kind of FINDING_KINDS) expect(isFindingKind(kind)).toBe(true);
    for (const other of ['mystery', 'toString', 'constructor', '', null, 3]) expect(isFindingKind(other)).toBe(false);
  });

  it('lists them in the side panel’s order: what to worry about first', () => {
    expect(FINDING_KINDS).toEqual(['concern', 'commitment', 'vague', 'date']);
  });

  it('gives every kind its words and its look', () => {
    for (const kind of FINDING_KINDS) {
      const row = KIND_TABLE[kind];
      for (const words of [row.name, row.heading, row.keyName, row.spoken, ...row.listCount, ...row.pageCount]) expect(words.trim(), kind).not.toBe('');
      expect(['solid', 'dotted', 'dashed', 'double'], kind).toContain(row.line);
      for (const colour of [row.light.bg, row.light.line, row.dark.bg, row.dark.line]) expect(colour, kind).toMatch(HEX);
    }
  });

  it('gives each kind its own line style, paint priority and place on the pill', () => {
    const distinct = (pick: (kind: FindingKind) => unknown) => new Set(FINDING_KINDS.map(pick)).size;
    expect(distinct((k) => KIND_TABLE[k].line)).toBe(FINDING_KINDS.length);
    expect(distinct((k) => KIND_TABLE[k].priority)).toBe(FINDING_KINDS.length);
    expect(distinct((k) => KIND_TABLE[k].pillOrder)).toBe(FINDING_KINDS.length);
    expect([...PILL_ORDER].sort()).toEqual([...FINDING_KINDS].sort());
  });

  it('pairs every kind with its own list of an analysis, and every list with a kind', () => {
    const analysis = analyse({ sentAt: '2026-05-11T09:00:00+01:00', from: '', subject: '', body: 'Hello.' });
    const lists = Object.keys(analysis).filter((key) => key !== 'analysed');
    expect(FINDING_KINDS.map((k) => KIND_TABLE[k].found).sort()).toEqual(lists.sort());
  });
});

describe('the side panel’s CSS (components/record/findings.css)', () => {
  it.each(FINDING_KINDS)('has the colours of %s in both colour schemes', (kind) => {
    const { light, dark } = KIND_TABLE[kind];
    expect(LIGHT_ROOT).toContain(`--mark-${kind}-bg: ${light.bg};`);
    expect(LIGHT_ROOT).toContain(`--mark-${kind}-line: ${light.line};`);
    expect(DARK_ROOT).toContain(`--mark-${kind}-bg: ${dark.bg};`);
    expect(DARK_ROOT).toContain(`--mark-${kind}-line: ${dark.line};`);
  });

  it.each(FINDING_KINDS)('draws the swatch, list item and mark of %s with its line style', (kind) => {
    const { line } = KIND_TABLE[kind];
    const swatch = rule(CSS, `.kind-swatch.${markClass(kind)}`);
    expect(swatch).toContain(`background: var(--mark-${kind}-bg);`);
    expect(swatch).toMatch(new RegExp(`border-bottom: \\d+px ${line} var\\(--mark-${kind}-line\\);`));

    const item = rule(CSS, `.finding-${kind}`);
    expect(item).toContain(`border-left-color: var(--mark-${kind}-line);`);
    // .finding's own left border is solid.
    if (line === 'solid') expect(item).not.toContain('border-left-style');
    else expect(item).toContain(`border-left-style: ${line};`);

    const mark = rule(CSS, `.finding-mark.${markClass(kind)}`);
    expect(mark).toContain(`background: var(--mark-${kind}-bg);`);
    expect(mark).toContain(`text-decoration-color: var(--mark-${kind}-line);`);
    expect(mark).toContain(`text-decoration-style: ${line};`);
  });

  it('has no colours for a kind the table does not know', () => {
    const named = new Set([...CSS.matchAll(/--mark-([a-z-]+)-(?:bg|line)\b/g)].map((m) => m[1]));
    expect([...named].sort()).toEqual([...FINDING_KINDS].sort());
  });
});

describe('the page’s CSS (lib/findings/look.ts)', () => {
  it.each(FINDING_KINDS)('highlights %s in both colour schemes', (kind) => {
    const { light, dark, line } = KIND_TABLE[kind];
    const css = highlightCss();
    const [lightPart, darkPart] = css.split('@media (prefers-color-scheme: dark)');
    expect(lightPart).toContain(`::highlight(${highlightName(kind)}){background-color:${light.bg};`);
    expect(lightPart).toContain(`underline ${line} ${light.line}`);
    expect(darkPart).toContain(`::highlight(${highlightName(kind)}){background-color:${dark.bg};`);
    expect(darkPart).toContain(`underline ${line} ${dark.line}`);
    expect(markStyle(kind, false)).toContain(`background-color:${light.bg} !important`);
    expect(markStyle(kind, true)).toContain(`background-color:${dark.bg} !important`);
  });

  it.each(FINDING_KINDS)('gives %s its swatch and edge on the card', (kind) => {
    const { light, dark } = KIND_TABLE[kind];
    const css = swatchCss();
    expect(css).toContain(`.swatch-${kind}{background:${light.bg};`);
    expect(css).toContain(`.card-${kind}{border-left:6px ${KIND_TABLE[kind].line} ${light.line}}`);
    expect(css).toContain(`.swatch-${kind}{background:${dark.bg};`);
  });
});

describe('the words for each kind (lib/findings/words.ts)', () => {
  it.each(FINDING_KINDS)('names %s alike in the side panel and on the card', (kind) => {
    const name = KIND_TABLE[kind].name;
    const sample = SAMPLES[kind];
    expect(describeFinding(sample).startsWith(name)).toBe(true);
    const words = findingWords(sample, { hasCalendar: true });
    expect(words.title.startsWith(name)).toBe(true);
    expect(words.why.trim()).not.toBe('');
    expect(words.ask === null || words.ask.trim() !== '').toBe(true);
  });

  it('counts every kind on a list row and on the page', () => {
    const one = Object.fromEntries(FINDING_KINDS.map((k) => [k, 1])) as Record<FindingKind, number>;
    const two = Object.fromEntries(FINDING_KINDS.map((k) => [k, 2])) as Record<FindingKind, number>;
    expect(findingsSummary(one)).toBe(FINDING_KINDS.map((k) => `1 ${KIND_TABLE[k].listCount[0]}`).join(' · '));
    expect(findingsSummary(two)).toBe(FINDING_KINDS.map((k) => `2 ${KIND_TABLE[k].listCount[1]}`).join(' · '));
    expect(countWords(one)).toBe(PILL_ORDER.map((k) => `1 ${KIND_TABLE[k].pageCount[0]}`).join(', '));
    expect(countWords(two)).toBe(PILL_ORDER.map((k) => `2 ${KIND_TABLE[k].pageCount[1]}`).join(', '));
  });

  it('groups every kind', () => {
    const groups = groupFindings(Object.values(SAMPLES));
    expect(Object.keys(groups).sort()).toEqual([...FINDING_KINDS].sort());
    for (const kind of FINDING_KINDS) expect(groups[kind].map((f) => f.kind)).toEqual([kind]);
  });

  it('words every kind an email holds, for the page', () => {
    const body =
      'We will keep an eye on Leo. Mrs Patel will send the new plan by Friday 15 May. If it carries on, we may have to send him home early at lunchtimes.';
    const analysis = analyse({ sentAt: '2026-05-11T09:00:00+01:00', from: 'Mrs Patel <p@school.sch.uk>', subject: 'Leo', body });
    const found = toPageFindings(analysis, { hasCalendar: false });
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
    for (const f of found) {
      expect(f.title.startsWith(KIND_TABLE[f.kind].name), f.title).toBe(true);
      expect(f.why, f.title).not.toBe('');
    }
  });
});
