// The text of a message body as sent for analysis, and the way back from its offsets to the page.
//
// The text is built from the body's own text nodes, read as a browser lays them out: runs of white
// space fold to one space, block elements and <br> start a new line, table cells are set apart by
// a space. Those inserted line breaks and spaces belong to no node; every other character of the
// text is one character of one text node. So a finding [start, end) becomes a DOM Range whose
// toString() is the finding's text up to white space (inserted breaks, folded runs, &nbsp;).
//
// Reads the DOM only (no layout, no computed styles), so it gives the same answer in jsdom and in
// the page. Hidden means hidden by inline markup (hidden, aria-hidden, style="display:none").
//
// Editable text (contenteditable, a designMode document) is never read: it is something the parent
// is writing, and a mark inside an editor would end up in what they send.
import { lowerBound } from '@/lib/util/lower-bound';

/** Where a stretch [at, at + length) of the text lies in one text node: [offset, offset + length). */
export interface TextSegment {
  at: number;
  length: number;
  node: Text;
  offset: number;
}

/** A stretch of one text node: [start, end) in the node's data. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextMapOptions {
  /** Elements (and everything inside) to leave out: site controls, quoted history, signatures. */
  skip?: string;
  /** Elements where the message ends: they and everything after them are left out. */
  stopAt?: string;
  /** Cut the text at a plain-text quote header ("On … wrote:", "-----Original Message-----"). */
  cutPlainQuotes?: boolean;
  /** Read no more than this many characters (a whole web page can be long). */
  maxLength?: number;
}

export interface TextMap {
  root: Element;
  text: string;
  segments: readonly TextSegment[];
  /** The stretches of text nodes behind text[start, end), in order; [] when none. */
  pieces(start: number, end: number): TextPiece[];
  /** A live Range over text[start, end), or null when no page text lies there. */
  range(start: number, end: number): Range | null;
  /** True while every node the map points at is still in the page, inside the root. */
  intact(): boolean;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL',
]);
/** Blocks that browsers set off with a margin: a blank line before and after. */
const SPACED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'UL', 'OL', 'PRE', 'BLOCKQUOTE']);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'ON-RECORD-HIGHLIGHTER',
]);
/** White space that HTML folds; &nbsp; is not folded (it reads as a space). */
const FOLDED = /[ \t\n\r\f]/;

/** True when inline markup hides the element. */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(^|;)display:none/.test(style) || /(^|;)visibility:hidden/.test(style);
}

/** True when the element starts an editable subtree (contenteditable, and editable in fact). */
function editableRoot(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  if (attr === null) return false;
  const is = (el as HTMLElement).isContentEditable;
  // jsdom has no isContentEditable: the attribute decides.
  return typeof is === 'boolean' ? is : attr.toLowerCase() !== 'false';
}

/** True when the element is editable, or inside an editor. */
export function insideEditor(el: Element): boolean {
  if ((el.ownerDocument.designMode ?? '').toLowerCase() === 'on') return true;
  const is = (el as HTMLElement).isContentEditable;
  if (typeof is === 'boolean') return is;
  // jsdom: the nearest contenteditable attribute decides.
  const nearest = el.closest('[contenteditable]');
  return !!nearest && (nearest.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false';
}

/** Quoted history written as plain text (the same conventions as lib/sites/dom/quote.ts). */
const ON_WROTE = /^(on|le|am|el|op)\b.*\d.*\b(wrote|a écrit|schrieb|escribió|schreef)\s*:?$/i;
const ON_START = /^on\b.*\d/i;
const WROTE_END = /\bwrote\s*:$/i;
const ORIGINAL = /^-{2,}\s*(original message|forwarded message|begin forwarded message)\s*-{2,}$|^-{5,}\s*original message/i;
/** Outlook's plain "From: … / Sent: … / To: …" header. */
const HEADER_FROM = /^\*?from\s*:\*?\s*\S/i;
const HEADER_NEXT = /^\*?(sent|date|to|subject|cc)\s*:/i;

const RULE = /^[_\-=]{10,}$/;

/** A line without the "> " marks of plain-text quoting. */
function unquoted(line: string | undefined): string {
  return (line ?? '').trim().replace(/^(>\s*)+/, '');
}

function quoteHeaderAt(lines: readonly string[], i: number): boolean {
  const line = unquoted(lines[i]);
  // A rule under the message: the end, or Outlook's header after it.
  if (RULE.test(line)) return i + 1 >= lines.length || HEADER_FROM.test(unquoted(lines[i + 1]));
  if (ON_WROTE.test(line) || ORIGINAL.test(line)) return true;
  if (ON_START.test(line) && !line.endsWith('.') && WROTE_END.test(unquoted(lines[i + 1]))) return true;
  if (HEADER_FROM.test(line)) {
    for (let j = i + 1; j <= i + 4 && j < lines.length; j++) if (HEADER_NEXT.test(unquoted(lines[j]))) return true;
  }
  return false;
}

/** Offset of the first line that starts quoted history written as plain text, or -1. */
function plainQuoteStart(text: string): number {
  const lines = text.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && quoteHeaderAt(lines, i)) return at;
    at += (lines[i] ?? '').length + 1;
  }
  return -1;
}

export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const max = options.maxLength ?? Infinity;
  const chunks: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let tail = ''; // the last two characters written
  const lastChar = () => tail[tail.length - 1] ?? '';
  let stopped = false;
  let pre = 0;

  const write = (s: string, node: Text | null, offset: number) => {
    chunks.push(s);
    if (node) {
      const seg = segments[segments.length - 1];
      if (seg && seg.node === node && seg.at + seg.length === length && seg.offset + seg.length === offset) seg.length += s.length;
      else segments.push({ at: length, length: s.length, node, offset });
    }
    length += s.length;
    tail = (tail + s).slice(-2);
    if (length >= max) stopped = true;
  };
  /** Drops a space at the end of the text (before a line break). */
  const trimEnd = () => {
    while (lastChar() === ' ') {
      const chunk = chunks[chunks.length - 1] ?? '';
      chunks[chunks.length - 1] = chunk.slice(0, -1);
      if (chunks[chunks.length - 1] === '') chunks.pop();
      const seg = segments[segments.length - 1];
      if (seg && seg.at + seg.length === length) {
        seg.length -= 1;
        if (seg.length === 0) segments.pop();
      }
      length -= 1;
      tail = '';
      for (let i = chunks.length - 1; i >= 0 && tail.length < 2; i--) tail = (chunks[i] ?? '') + tail;
      tail = tail.slice(-2);
    }
  };
  const lineBreak = () => {
    trimEnd();
    // At most one blank line in a row.
    if (tail === '\n\n') return;
    if (length > 0) write('\n', null, 0);
  };
  const blockBreak = (spaced: boolean) => {
    trimEnd();
    if (length > 0 && lastChar() !== '\n') write('\n', null, 0);
    if (spaced && length > 0 && tail !== '\n\n') write('\n', null, 0);
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (pre > 0) {
      if (data) write(data.replace(/\u00a0/g, ' ').replace(/\r/g, '\n'), node, 0);
      return;
    }
    let i = 0;
    while (i < data.length && !stopped) {
      if (FOLDED.test(data[i]!)) {
        const from = i;
        while (i < data.length && FOLDED.test(data[i]!)) i++;
        if (length > 0 && lastChar() !== ' ' && lastChar() !== '\n') write(' ', node, from);
      } else {
        const from = i;
        while (i < data.length && !FOLDED.test(data[i]!)) i++;
        write(data.slice(from, i).replace(/\u00a0/g, ' '), node, from);
      }
    }
  };

  const visit = (node: Node) => {
    if (stopped) return;
    if (node.nodeType === 3) {
      addText(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || hiddenByMarkup(el) || (el !== root && editableRoot(el))) return;
    if (el !== root && options.stopAt && el.matches(options.stopAt)) {
      stopped = true;
      return;
    }
    if (el !== root && options.skip && el.matches(options.skip)) return;
    if (tag === 'BR') {
      lineBreak();
      return;
    }
    const block = BLOCK.has(tag);
    const spaced = SPACED.has(tag);
    if (block) blockBreak(spaced);
    else if (CELL.has(tag) && length > 0 && lastChar() !== ' ' && lastChar() !== '\n') write(' ', null, 0);
    if (tag === 'PRE') pre++;
    for (let c = el.firstChild; c && !stopped; c = c.nextSibling) visit(c);
    if (tag === 'PRE') pre--;
    if (block) blockBreak(spaced);
  };

  if (!insideEditor(root)) visit(root);
  trimEnd();
  let text = chunks.join('');
  if (text.length > max) text = text.slice(0, max);
  while (text.endsWith('\n')) text = text.slice(0, -1);
  if (options.cutPlainQuotes) {
    const cut = plainQuoteStart(text);
    if (cut >= 0) text = text.slice(0, cut).replace(/\s+$/, '');
  }
  // Segments past the end of the (cut) text are dropped, the last one shortened.
  const kept: TextSegment[] = [];
  for (const seg of segments) {
    if (seg.at >= text.length) break;
    kept.push(seg.at + seg.length > text.length ? { ...seg, length: text.length - seg.at } : seg);
  }
  return makeMap(root, text, kept);
}

function makeMap(root: Element, text: string, segments: readonly TextSegment[]): TextMap {
  /** Index of the first segment ending after `pos`. */
  const firstEndingAfter = (pos: number): number => lowerBound(segments.length, (i) => segments[i]!.at + segments[i]!.length <= pos);

  const pieces = (start: number, end: number): TextPiece[] => {
    const from = Math.max(0, Math.floor(start));
    const to = Math.min(text.length, Math.ceil(end));
    const out: TextPiece[] = [];
    if (!(to > from)) return out;
    for (let i = firstEndingAfter(from); i < segments.length; i++) {
      const s = segments[i]!;
      if (s.at >= to) break;
      const a = s.offset + Math.max(from, s.at) - s.at;
      const b = s.offset + Math.min(to, s.at + s.length) - s.at;
      const prev = out[out.length - 1];
      // Within one node, folded white space between two stretches belongs to the finding too.
      if (prev && prev.node === s.node) prev.end = b;
      else out.push({ node: s.node, start: a, end: b });
    }
    return out;
  };

  return {
    root,
    text,
    segments,
    pieces,
    range(start, end) {
      const list = pieces(start, end);
      const first = list[0];
      const lastPiece = list[list.length - 1];
      if (!first || !lastPiece) return null;
      const doc = root.ownerDocument;
      try {
        const range = doc.createRange();
        range.setStart(first.node, first.start);
        range.setEnd(lastPiece.node, lastPiece.end);
        return range.collapsed ? null : range;
      } catch {
        // The node changed under us (shorter than the map says): nothing to point at.
        return null;
      }
    },
    intact() {
      if (!root.isConnected) return false;
      return segments.every((s) => s.node.isConnected && root.contains(s.node));
    },
  };
}
