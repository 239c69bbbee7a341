// HTML as plain text: an email with no text/plain part, a letter saved as a web page (.html), and
// the HTML mammoth makes of a Word letter. The import runs in a Web Worker, where there is no DOM
// to parse with, so this reads the markup itself: it drops what a reader never sees (<head>,
// <style>, <script>, comments, display:none blocks, pictures drawn in SVG), turns blocks into line
// breaks and paragraphs, keeps the lines of <pre>, marks quoted history (<blockquote>) with "> "
// as a plain-text reply would, and decodes every character reference. Not a sanitiser: nothing
// here is ever shown as HTML.
import { ENTITIES_WITHOUT_SEMICOLON, HTML_ENTITIES } from '@/lib/import/text/html-entities';
import { normaliseLineEnds } from '@/lib/import/text/line-ends';
import { windows1252Char } from '@/lib/import/text/text-decode';

/** Elements whose content is never shown as text. */
const HIDDEN_CONTENT = new Set([
  'head', 'style', 'script', 'title', 'template', 'xml', 'noframes', 'noscript', 'svg', 'math', 'iframe', 'object',
]);
/** Elements that stand apart as a paragraph: a blank line before and after. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'pre', 'figure', 'address']);
/** Elements that start a new line. */
const LINE = new Set([
  'br', 'div', 'li', 'tr', 'dt', 'dd', 'hr', 'section', 'article', 'header', 'footer', 'center', 'form', 'fieldset', 'legend',
  'figcaption', 'main', 'nav', 'aside', 'details', 'summary', 'caption', 'thead', 'tbody', 'tfoot', 'option', 'body', 'html',
]);
/** Table cells: a space between them, so "Date:" and "12 March" do not run together. */
const CELL = new Set(['td', 'th']);
/** Elements with no closing tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

// Blockquote boundaries travel through the text as these two characters on lines of their own,
// and become "> " prefixes at the end. Control characters in the page's own text are removed first.
const QUOTE_OPEN = '\u0001';
const QUOTE_CLOSE = '\u0002';
const QUOTE_MARKERS = new RegExp(`[${QUOTE_OPEN}${QUOTE_CLOSE}]`, 'g');

/**
 * A comment (Outlook's and Word's conditional ones too), CDATA, a declaration (<!DOCTYPE>,
 * <![if …]>) or processing instruction, or a start or end tag (quoted attributes may hold ">").
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)\]\]>|<[!?][^>]*>|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;
const STYLE_ATTRIBUTE = /\bstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i;
const HIDDEN_ATTRIBUTE = /(?:^|\s)hidden(?:\s|=|\/|$)/i;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
/** A soft hyphen only shows where a line happens to break; inside a word it would split it for the analysis. */
const SOFT_HYPHEN = /\u00ad/g;

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g;

/** A numeric reference as HTML reads it: the C1 range as Windows-1252 ("&#150;" is an en dash), anything impossible as U+FFFD. */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return code >= 0x80 && code <= 0x9f ? windows1252Char(code) : String.fromCodePoint(code);
}

/**
 * Every named and numeric character reference decoded ("&pound;", "&#163;", "&#xA3;"); an unknown
 * name is left as written, and so is a name without its semicolon unless browsers read it so ("&amp").
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole: string, decimal?: string, hex?: string, name?: string, semicolon?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number(decimal));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    const value = name === undefined ? undefined : HTML_ENTITIES[name];
    if (value === undefined) return whole;
    if (semicolon || ENTITIES_WITHOUT_SEMICOLON.has(name!)) return value;
    return whole;
  });
}

function isHidden(attributes: string): boolean {
  const style = STYLE_ATTRIBUTE.exec(attributes)?.[1];
  // The bare `hidden` attribute, not the word inside a quoted value (alt="was hidden").
  return (style !== undefined && HIDDEN_STYLE.test(style)) || HIDDEN_ATTRIBUTE.test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'));
}

/** Index just past the end tag that closes `name` opened before `from`, counting nested ones; -1 when it never closes. */
function endOfElement(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name.replace(/\./g, '\\.')}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/** Adds "> " before every line inside a blockquote, as deep as it is nested, and drops the boundary lines. */
function markQuotes(text: string): string {
  if (!text.includes(QUOTE_OPEN)) return text.replace(QUOTE_MARKERS, '');
  let depth = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes(QUOTE_OPEN) || line.includes(QUOTE_CLOSE)) {
      for (const ch of line) {
        if (ch === QUOTE_OPEN) depth++;
        else if (ch === QUOTE_CLOSE) depth = Math.max(0, depth - 1);
      }
      out.push('');
      continue;
    }
    out.push(depth > 0 && line.trim() !== '' ? `${'> '.repeat(depth)}${line}` : line);
  }
  return out.join('\n');
}

/** Collects text and breaks; breaks in a row merge (the larger wins), so "</tr><tr>" is one line break. */
class TextWriter {
  private out = '';
  /** Line breaks at the end of the text so far (0 when it ends in words). */
  private trailing = 2;

  text(value: string): void {
    if (value === '') return;
    if (value.trim() === '') {
      // A space between two inline elements, not at a line start.
      if (this.trailing === 0) this.out += value;
      return;
    }
    this.out += value;
    const end = /\n*$/.exec(value)![0].length;
    this.trailing = end;
  }

  lineBreak(count: 1 | 2): void {
    if (this.trailing >= count) return;
    this.out += '\n'.repeat(count - this.trailing);
    this.trailing = count;
  }

  /** A quote boundary on a line of its own, a paragraph apart from what is around it. */
  quoteMark(mark: string): void {
    this.lineBreak(2);
    this.out += mark;
    this.trailing = 0;
    this.lineBreak(2);
  }

  toString(): string {
    return this.out;
  }
}

/** Whitespace as a page shows it: runs are one space, no spaces at line ends, at most one blank line. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(SOFT_HYPHEN, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text a reader sees in an HTML email or page, with its line breaks and paragraphs. */
export function htmlToText(html: string): string {
  const writer = new TextWriter();
  let preDepth = 0;
  let last = 0;
  const addText = (raw: string) => {
    if (raw === '') return;
    const clean = raw.replace(QUOTE_MARKERS, '');
    writer.text(decodeHtmlEntities(preDepth > 0 ? normaliseLineEnds(clean) : clean.replace(/[ \t\n\r\f]+/g, ' ')));
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    addText(html.slice(last, m.index));
    last = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      addText(m[1]);
      continue;
    }
    const name = m[3]?.toLowerCase();
    if (name === undefined) continue; // a comment, declaration or processing instruction
    const closing = m[2] === '/';
    const attributes = m[4] ?? '';
    if (!closing && !VOID.has(name) && !attributes.trimEnd().endsWith('/') && (HIDDEN_CONTENT.has(name) || isHidden(attributes))) {
      const end = endOfElement(html, name, TOKEN.lastIndex);
      // An unclosed <head> is common in broken mail: skip only what is hidden inside it, not the whole message.
      if (end !== -1 || name !== 'head') {
        last = end === -1 ? html.length : end;
        TOKEN.lastIndex = last;
      }
      continue;
    }
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (name === 'blockquote') writer.quoteMark(closing ? QUOTE_CLOSE : QUOTE_OPEN);
    else if (PARAGRAPH.has(name)) writer.lineBreak(2);
    else if (LINE.has(name)) writer.lineBreak(1);
    else if (CELL.has(name) && !closing) writer.text(' ');
  }
  addText(html.slice(last));
  return tidy(markQuotes(writer.toString()));
}

/** A web page's text, as htmlToText reads it, and its <title> (null when it has none). */
export function htmlPageText(html: string): { text: string; title: string | null } {
  const raw = TITLE.exec(html)?.[1];
  const title = raw === undefined ? '' : decodeHtmlEntities(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return { text: htmlToText(html), title: title || null };
}
