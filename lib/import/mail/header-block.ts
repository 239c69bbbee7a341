// The header block of a raw email: the lines before the first blank line. The scan reads only this
// part of each of tens of thousands of messages, so it works on bytes and decodes just the block.
// Headers should be ASCII, with anything else in encoded words, but real mail carries raw UTF-8
// (RFC 6532) and raw Latin-1 too: the block is decoded with decodeUtf8OrWindows1252.

const LF = 0x0a;
const CR = 0x0d;

export interface HeaderBlock {
  /** Index just past the header block's last line (its line break included); the body starts after the blank line. */
  end: number;
  /** Index where the body starts, after the blank line; equals `end` when the block never ended. */
  bodyStart: number;
  /** False when no blank line came within the bytes looked at: the headers are cut short. */
  complete: boolean;
}

/** Where the header block of `bytes` ends, looking no further than `maxBytes`. */
export function findHeaderBlock(bytes: Uint8Array, maxBytes: number): HeaderBlock {
  const limit = Math.min(bytes.length, maxBytes);
  // A message may begin with a blank line (no headers at all).
  if (bytes[0] === LF) return { end: 0, bodyStart: 1, complete: true };
  if (bytes[0] === CR && bytes[1] === LF) return { end: 0, bodyStart: 2, complete: true };
  let nl = bytes.indexOf(LF);
  while (nl !== -1 && nl < limit) {
    const next = bytes[nl + 1];
    if (next === LF) return { end: nl + 1, bodyStart: nl + 2, complete: true };
    if (next === CR && bytes[nl + 2] === LF) return { end: nl + 1, bodyStart: nl + 3, complete: true };
    nl = bytes.indexOf(LF, nl + 1);
  }
  return { end: limit, bodyStart: limit, complete: false };
}

/**
 * The unfolded value of the first occurrence of each header named in `wanted` (lower-case names).
 * Folded continuation lines (starting with a space or tab) are joined to their header, keeping the
 * whitespace as RFC 5322 §2.2.3 says.
 */
export function pickHeaders(text: string, wanted: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  let current: string | null = null;
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const lineEnd = nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
    const first = text.charCodeAt(start);
    if (first === 0x20 || first === 0x09) {
      if (current !== null) found.set(current, `${found.get(current) ?? ''}${text.slice(start, lineEnd)}`);
    } else {
      // Every wanted header is read, continuation lines and all: the rest of the block is not needed.
      if (found.size === wanted.size) break;
      current = null;
      const colon = text.indexOf(':', start);
      if (colon !== -1 && colon < lineEnd) {
        const name = text.slice(start, colon).trim().toLowerCase();
        if (wanted.has(name) && !found.has(name)) {
          current = name;
          found.set(name, text.slice(colon + 1, lineEnd));
        }
      }
    }
    start = nl + 1;
  }
  return found;
}
