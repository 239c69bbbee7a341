// Visible text of an element with its line structure kept. Works on detached clones and in jsdom,
// so it reads the DOM, not layout: no innerText, no computed styles. Only inline signals of hiding
// (hidden, aria-hidden="true", style="display:none" / "visibility:hidden") are honoured, which keeps
// the result the same in tests and in the page.

/** Elements whose start and end break the line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL',
]);
/** Blocks that browsers set off with a margin: a blank line before and after. */
const SPACED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'UL', 'OL', 'PRE']);
/** Never visible text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON',
]);

/** Marks a line that is not text but a structural signal for a caller (see quote.ts). */
export const MARK = '\u0001';

/** True when inline markup hides the element. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(^|;)display:none/.test(style) || /(^|;)visibility:hidden/.test(style);
}

/** Callback that may wrap an element's lines in marker lines: [start, end] (end may be ''). */
export type Marker = (el: Element) => readonly [string, string] | null;

/**
 * The element's visible text as raw lines: each line trimmed, &nbsp; turned into a space, blank
 * lines kept (not yet collapsed). Marker lines (starting with MARK) appear where `mark` asks.
 */
export function elementToLines(root: Element, mark?: Marker): string[] {
  const lines: string[] = [];
  let cur = '';
  let pre = 0;

  const endLine = (force: boolean) => {
    const t = tidyLine(cur);
    // A line of only &nbsp; (Outlook's <p class="MsoNormal">&nbsp;</p>) is a deliberate blank line.
    if (force || t !== '' || cur.includes('\u00a0')) lines.push(t);
    cur = '';
  };
  const blankLine = () => {
    endLine(false);
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  const addText = (raw: string) => {
    const s = raw.replace(/\u0001/g, '');
    if (pre > 0) {
      const parts = s.replace(/\r\n?/g, '\n').split('\n');
      parts.forEach((p, i) => {
        if (i > 0) endLine(true);
        cur += p;
      });
      return;
    }
    let t = s.replace(/[ \t\n\r\f]+/g, ' ');
    if (t.startsWith(' ') && (cur === '' || cur.endsWith(' '))) t = t.slice(1);
    cur += t;
  };

  const walk = (node: Node, listIndex: { n: number } | null) => {
    if (node.nodeType === 3) {
      addText(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(el)) return;
    if (tag === 'BR') {
      endLine(true);
      return;
    }
    if (tag === 'IMG') return;
    const marks = mark && el !== root ? mark(el) : null;
    const block = BLOCK.has(tag) || marks !== null;
    const spaced = SPACED.has(tag) && !isTightParagraph(el);
    if (spaced) blankLine();
    else if (block) endLine(false);
    if (marks) lines.push(marks[0]);
    if (tag === 'PRE') pre++;
    if (tag === 'LI') cur += listIndex ? `${++listIndex.n}. ` : '- ';
    if ((tag === 'TD' || tag === 'TH') && cur.trim() !== '' && !cur.endsWith(' ')) cur += ' ';
    let childIndex: { n: number } | null = listIndex;
    if (tag === 'OL') {
      const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
      childIndex = { n: (Number.isFinite(start) ? start : 1) - 1 };
    } else if (tag === 'UL' || tag === 'MENU' || tag === 'DIR') {
      childIndex = null;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, tag === 'OL' || tag === 'UL' ? childIndex : tag === 'LI' ? null : listIndex);
    if (tag === 'PRE') pre--;
    if (spaced) blankLine();
    else if (block) endLine(false);
    if (marks) {
      endLine(false);
      if (marks[1]) lines.push(marks[1]);
    }
  };

  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, null);
  endLine(false);
  return lines;
}

/** Collapse runs of blank lines to one and drop blank lines at either end. */
export function joinLines(lines: readonly string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Visible text with paragraph and line breaks kept, blank runs collapsed, trimmed. */
export function elementToText(el: Element): string {
  return joinLines(elementToLines(el));
}

function tidyLine(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\u200b|\u200c|\u200d|\ufeff/g, '').trim();
}

/** Word's <p class="MsoNormal"> and paragraphs with zero margins sit line under line. */
function isTightParagraph(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'P') return false;
  if (/\bMso/i.test(el.getAttribute('class') ?? '')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(^|;)margin:0(px|cm|pt|em)?(;|$)/.test(style) || (/margin-top:0/.test(style) && /margin-bottom:0/.test(style));
}
