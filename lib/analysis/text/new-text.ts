// Only the new text of an email is analysed: quoted earlier messages and the signature are kept
// as evidence but never read for promises (annotation guidelines, opening section).
import { QUOTE_START_PATTERNS, SIGN_OFF_PATTERN, SIGNATURE_DELIMITER } from './reply-markers';

export interface NewText {
  /** [start, end) of the new text in the body. */
  start: number;
  end: number;
  /** The block after the sign-off (name, role, school), empty when there is none. */
  signature: string;
  /** The first line of the signature: how the sender signed ("Mrs Patel"), or null. */
  signedAs: string | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(body: string, limit: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= limit) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 || nl > limit ? limit : nl;
    out.push({ start, end, text: body.slice(start, end) });
    if (end >= limit) break;
    start = end + 1;
  }
  return out;
}

function quoteStart(all: Line[], body: string): number {
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const text = line.text.trim();
    if (text.startsWith('>')) return line.start;
    if (QUOTE_START_PATTERNS.some((re) => re.test(text))) return line.start;
    // Outlook's plain-text header block: "From: …" directly followed by "Sent: …" or "Date: …".
    if (/^From:\s/i.test(text) && /^(Sent|Date):\s/i.test(all[i + 1]?.text.trim() ?? '')) return line.start;
  }
  return body.length;
}

/** A signature is a few short lines: a name, a role, a school, a phone number. */
function looksLikeSignature(block: Line[]): boolean {
  const filled = block.filter((l) => l.text.trim() !== '');
  if (filled.length === 0 || filled.length > 8) return false;
  return filled.every((l) => l.text.trim().length <= 90 && !/[.!?]\s+\S/.test(l.text.trim()));
}

export function findNewText(body: string): NewText {
  const quoted = quoteStart(lines(body, body.length), body);
  const own = lines(body, quoted);
  let end = quoted;
  let signature = '';
  const delimiter = own.findIndex((l) => SIGNATURE_DELIMITER.test(l.text));
  if (delimiter !== -1) {
    end = own[delimiter]!.start;
    signature = body.slice(own[delimiter]!.end, quoted).trim();
  } else {
    // The last sign-off line whose following lines look like a signature.
    for (let i = own.length - 1; i >= 0; i--) {
      const text = own[i]!.text.trim();
      if (!SIGN_OFF_PATTERN.test(text)) continue;
      const rest = own.slice(i + 1);
      if (!looksLikeSignature(rest)) break;
      end = own[i]!.end;
      signature = body.slice(end, quoted).trim();
      break;
    }
  }
  while (end > 0 && /\s/.test(body[end - 1]!)) end--;
  let start = 0;
  while (start < end && /\s/.test(body[start]!)) start++;
  const firstLine = signature.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? null;
  return { start, end, signature, signedAs: firstLine };
}
