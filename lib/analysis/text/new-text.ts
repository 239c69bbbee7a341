// Only the new text of an email is analysed: quoted earlier messages and the signature are kept
// as evidence but never read for promises (annotation guidelines, opening section).
import { QUOTE_START_PATTERNS, SIGN_OFF_PATTERN, SIGNATURE_DELIMITER } from '@/lib/analysis/text/reply-markers';

export interface NewText {
  /** [start, end) of the new text in the body. */
  start: number;
  end: number;
  /** The block after the sign-off (name, role, school), empty when there is none. */
  signature: string;
  /** How the sender signed ("Mrs Patel"), or null. */
  signedAs: string | null;
  /**
   * Quoted lines ("> …") the sender answered inline, inside the new text: they are the parent's
   * words, so they are skipped, while the answers between them are read.
   */
  inlineQuotes: Array<{ start: number; end: number }>;
}

const SIGNATURE_MAX_LINES = 8;

interface Line {
  start: number;
  end: number;
  /** The line trimmed; never empty. */
  text: string;
}

/** The lines with words on them: blank lines decide nothing here, and bodies can be all blanks. */
function filledLines(body: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    let first = start;
    while (first < end && isSpace(body.charCodeAt(first))) first++;
    if (first < end) out.push({ start, end, text: body.slice(first, end).trim() });
    start = end + 1;
  }
  return out;
}

/** Index of the first line of quoted history, or all.length when there is none. */
function quoteStart(all: Line[]): number {
  // "> " lines start the history only when nothing but more of them follows; otherwise the sender
  // is answering inline.
  let lastUnquoted = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    if (!all[i]!.text.startsWith('>')) {
      lastUnquoted = i;
      break;
    }
  }
  for (let i = 0; i < all.length; i++) {
    const text = all[i]!.text;
    if (text.startsWith('>')) {
      if (i > lastUnquoted) return i;
      continue;
    }
    if (QUOTE_START_PATTERNS.some((re) => re.test(text))) return i;
    // Outlook's plain-text header block: "From: …" directly followed by "Sent: …" or "Date: …".
    if (/^From:\s/i.test(text) && /^(Sent|Date):\s/i.test(all[i + 1]?.text ?? '')) return i;
  }
  return all.length;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680;
}

/** A signature is a few short lines: a name, a role, a school, a phone number. */
function looksLikeSignature(block: Line[]): boolean {
  if (block.length === 0 || block.length > SIGNATURE_MAX_LINES) return false;
  return block.every((l) => l.text.length <= 90 && !/[.!?]\s+\S/.test(l.text));
}

export function findNewText(body: string): NewText {
  const all = filledLines(body);
  const firstQuoted = quoteStart(all);
  const quoted = firstQuoted < all.length ? all[firstQuoted]!.start : body.length;
  const own = all.slice(0, firstQuoted);
  let end = quoted;
  let signature = '';
  const delimiter = own.findIndex((l) => SIGNATURE_DELIMITER.test(body.slice(l.start, l.end)));
  if (delimiter !== -1) {
    end = own[delimiter]!.start;
    signature = body.slice(own[delimiter]!.end, quoted).trim();
  } else {
    // The last sign-off line whose following lines look like a signature: a signature is short,
    // so only the last few lines with words on them are looked at.
    for (let i = own.length - 1; i >= 0 && i >= own.length - 1 - SIGNATURE_MAX_LINES; i--) {
      if (!SIGN_OFF_PATTERN.test(own[i]!.text)) continue;
      const rest = own.slice(i + 1);
      if (!looksLikeSignature(rest)) break;
      end = own[i]!.end;
      signature = body.slice(end, quoted).trim();
      break;
    }
  }
  while (end > 0 && isSpace(body.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  const inlineQuotes = own.filter((l) => l.text.startsWith('>') && l.start < end).map((l) => ({ start: l.start, end: l.end }));
  return { start, end, signature, signedAs: signedName(signature), inlineQuotes };
}

const TITLED_NAME = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+\S/;

/** "Tom" over "Mr T Ferreira": a titled name near the top of the signature wins, else its first line. */
function signedName(signature: string): string | null {
  const top = signature.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 3);
  return top.find((l) => TITLED_NAME.test(l)) ?? top[0] ?? null;
}
