// Split a message body into what the sender wrote now, the history they quoted, and their
// signature. Quoted history and signatures are kept (evidence), just not in `text` (analysis).
//
// Quoted history is recognised by markup (Gmail .gmail_quote, cite blockquotes, Yahoo .yahoo_quoted,
// Outlook #divRplyFwdMsg / #appendonsend, Thunderbird .moz-cite-prefix) and by plain-text
// conventions ("On … wrote:", "-----Original Message-----", an Outlook "From: … Sent: …" header,
// lines starting with ">"). Markup that introduces a history (Outlook's header, "On … wrote:")
// marks everything after it as quoted; a quoting container only quotes its own contents, so an
// inline reply between quotes stays text.
//
// A signature is recognised by markup (.gmail_signature, #Signature, .moz-signature, …), by the
// "-- " delimiter, and by a sign-off line ("Kind regards,") followed only by short lines (name,
// role, school, phone, address) or a disclaimer. The sign-off line itself stays in the text.
import { MARK, elementToLines, joinLines, type Marker } from '@/lib/sites/dom/text';

export interface SplitReply {
  text: string;
  quotedText: string;
  signature: string;
}

export const QUOTE_SELECTORS = {
  /** Containers whose contents are quoted history. */
  quoteContainer: [
    '.gmail_quote', 'blockquote[type="cite"]', 'blockquote.gmail_quote', '.yahoo_quoted', '.protonmail_quote',
    // Yahoo (and Outlook) prefix the classes of mail they render: "yiv0123yahoo_quoted".
    '[class*="yahoo_quoted"]', '[class$="gmail_quote"]', '[class*="gmail_quote "]',
    'blockquote[style*="border-left"]', '.moz-forward-container blockquote', '[data-marker="__QUOTED_TEXT__"]',
  ].join(', '),
  /** Elements after which (and including which) everything is quoted history. */
  // Outlook on the web renders received HTML with ids prefixed "x_" (x_divRplyFwdMsg, x_appendonsend).
  quoteRest: ['[id$="divRplyFwdMsg"]', '[id$="appendonsend"]', '.moz-cite-prefix', '.OutlookMessageHeader', '.gmail_attr'].join(', '),
  /** Signature blocks. */
  signature: [
    '.gmail_signature', '[data-smartmail="gmail_signature"]', '#Signature', '[id^="Signature"]', '#x_Signature', '[id^="x_Signature"]', '.moz-signature',
    '[class*="gmail_signature"]', '#ms-outlook-mobile-signature', '[id^="ymail_android_signature"]', '.signature',
  ].join(', '),
} as const;

const Q_OPEN = `${MARK}q`;
const Q_CLOSE = `${MARK}/q`;
const REST = `${MARK}r`;
const S_OPEN = `${MARK}s`;
const S_CLOSE = `${MARK}/s`;

const marker: Marker = (el) => {
  if (el.matches(QUOTE_SELECTORS.quoteRest)) return [REST, ''];
  if (el.matches(QUOTE_SELECTORS.quoteContainer)) return [Q_OPEN, Q_CLOSE];
  if (el.matches(QUOTE_SELECTORS.signature)) return [S_OPEN, S_CLOSE];
  return null;
};

/** "On Wed, 13 May 2026 at 23:02, Anita Patel <…> wrote:" (possibly wrapped onto a second line). */
const ON_WROTE = /^(on|le|am|el|op)\b.*\d.*\b(wrote|a écrit|schrieb|escribió|schreef)\s*:?$/i;
const ON_START = /^on\b.*\d/i;
const WROTE_END = /\bwrote\s*:$/i;
const ORIGINAL = /^-{2,}\s*(original message|forwarded message|begin forwarded message)\s*-{2,}$|^-{5,}\s*original message/i;
const RULE = /^[_\-=]{10,}$/;
const HEADER_FROM = /^\*?from\s*:\*?\s*\S/i;
const HEADER_NEXT = /^\*?(sent|date|to|subject|cc)\s*:/i;
const SIG_DELIM = /^--\s*$/;
const SIGN_OFF = new RegExp(
  '^(' +
    [
      '(?:with\\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|all\\s+the\\s+best|fond|sincere)?\\s*(?:regards|wishes|thanks|thank\\s+you)(?:\\s+again)?',
      'best', 'cheers', 'thanks', 'thank\\s+you', 'many\\s+thanks', 'thanks\\s+again', 'all\\s+the\\s+best',
      'yours(?:\\s+(?:sincerely|faithfully|truly))?', 'sincerely', 'take\\s+care', 'speak\\s+soon', 'best\\s+regards',
    ].join('|') +
    ')\\s*[,.!]*$',
  'i',
);
const DISCLAIMER = /confidential|intended recipient|disclaimer|privacy|virus|registered (office|in england)|company (number|no)|data protection|gdpr|this e-?mail|if you have received|views expressed|charity/i;
/** Longest line a signature is made of (name, role, school, phone, address). */
const SHORT_LINE = 80;

function isQuoteHeaderAt(lines: readonly string[], i: number): boolean {
  const l = lines[i] ?? '';
  if (ON_WROTE.test(l)) return true;
  if (ON_START.test(l) && !l.endsWith('.') && WROTE_END.test(lines[i + 1] ?? '')) return true;
  if (ORIGINAL.test(l)) return true;
  const fromAt = RULE.test(l) ? i + 1 : i;
  if (HEADER_FROM.test(lines[fromAt] ?? '')) {
    for (let j = fromAt + 1; j <= fromAt + 4 && j < lines.length; j++) {
      if (HEADER_NEXT.test(lines[j] ?? '')) return true;
    }
  }
  return false;
}

/** Lines after the last sign-off that look like a signature, or -1. */
function signOffSplit(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!SIGN_OFF.test(lines[i] ?? '')) continue;
    const after = lines.slice(i + 1).filter((l) => l !== '');
    if (after.length === 0) return -1;
    if (after.length > 15) return -1;
    const first = after[0] ?? '';
    if (first.length > 50 || /[?]$/.test(first) || /^p\.?s\b/i.test(first)) return -1;
    if (after.some((l) => /^p\.?s\b/i.test(l))) return -1;
    if (after.every((l) => l.length <= SHORT_LINE || DISCLAIMER.test(l))) return i + 1;
    return -1;
  }
  return -1;
}

/** Split an element's visible text into new text, quoted history and signature. */
export function splitReply(el: Element): SplitReply {
  const raw = elementToLines(el, marker);
  const text: string[] = [];
  const quoted: string[] = [];
  const sigMarked: string[] = [];
  let quoteDepth = 0;
  let sigDepth = 0;
  let rest = false;
  let lastWasQuote = false;

  // Plain lines only, for text-convention checks that look ahead.
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (line === Q_OPEN) { quoteDepth++; continue; }
    if (line === Q_CLOSE) { quoteDepth = Math.max(0, quoteDepth - 1); continue; }
    if (line === S_OPEN) { sigDepth++; continue; }
    if (line === S_CLOSE) { sigDepth = Math.max(0, sigDepth - 1); continue; }
    if (line === REST) { rest = true; continue; }
    if (line.startsWith(MARK)) continue;
    if (!rest && quoteDepth === 0 && line !== '') {
      const ahead = raw.slice(i, i + 7).filter((l) => !l.startsWith(MARK));
      if (isQuoteHeaderAt(ahead, 0)) rest = true;
    }
    if (line === '' && lastWasQuote && (quoted[quoted.length - 1] ?? '').startsWith('>') && nextIsQuote(raw, i)) {
      // A blank line between "> " lines is page layout (a <br> run), not the quoted text's own.
      continue;
    }
    if (rest || quoteDepth > 0 || line.startsWith('>') || (line === '' && lastWasQuote && nextIsQuote(raw, i))) {
      quoted.push(line);
      lastWasQuote = true;
      continue;
    }
    if (lastWasQuote && line !== '') {
      quoted.push('');
      if (text.length > 0) text.push('');
    }
    lastWasQuote = false;
    if (sigDepth > 0) sigMarked.push(line);
    else text.push(line);
  }

  let body = text;
  let sig: string[] = [];
  const delim = body.findIndex((l) => SIG_DELIM.test(l));
  if (delim >= 0) {
    sig = body.slice(delim + 1);
    body = body.slice(0, delim);
  } else {
    const at = signOffSplit(body);
    if (at >= 0) {
      sig = body.slice(at);
      body = body.slice(0, at);
    }
  }
  const signature = joinLines([...sig, '', ...sigMarked]);
  return { text: joinLines(body), quotedText: joinLines(quoted), signature };
}

function nextIsQuote(raw: readonly string[], i: number): boolean {
  for (let j = i + 1; j < raw.length; j++) {
    const l = raw[j]!;
    if (l === '' || l.startsWith(MARK)) continue;
    return l.startsWith('>');
  }
  return false;
}
