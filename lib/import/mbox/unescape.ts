// mboxrd and mboxo writers put ">" before any body line that starts "From " (and mboxrd before
// ">From ", ">>From " … too). Reading takes one ">" off every line matching ^>+From , which gives
// back the original line under mboxrd and the right line in all but the rare ">From " body line
// under mboxo.
import { isFromSpaceAt, skipMboxFromLine } from '@/lib/import/mail/mbox-from-line';

const LF = 0x0a;
const GT = 0x3e;

/** Positions of the ">" to remove: the first ">" of each line matching ^>+From . */
function escapePositions(bytes: Uint8Array): number[] {
  const found: number[] = [];
  // Searching for ">" skips base64 attachments (most of a mailbox's bytes) at native speed: base64 has none.
  for (let at = bytes.indexOf(GT); at !== -1; at = bytes.indexOf(GT, at + 1)) {
    if (at !== 0 && bytes[at - 1] !== LF) continue;
    let f = at;
    while (bytes[f] === GT) f++;
    if (isFromSpaceAt(bytes, f)) found.push(at);
    at = f - 1;
  }
  return found;
}

/** The message with one ">" removed from every ^>+From  line; the same bytes when there is none. */
export function unescapeFromLines(bytes: Uint8Array): Uint8Array {
  const positions = escapePositions(bytes);
  if (positions.length === 0) return bytes;
  const out = new Uint8Array(bytes.length - positions.length);
  let written = 0;
  let from = 0;
  for (const at of positions) {
    out.set(bytes.subarray(from, at), written);
    written += at - from;
    from = at + 1;
  }
  out.set(bytes.subarray(from), written);
  return out;
}

/**
 * One message from the bytes of its range in the mailbox (file.slice(entry.start, entry.end)):
 * the "From " separator line dropped, ">From " lines unescaped. Gives the same bytes the splitter
 * yielded for it.
 */
export function messageFromSlice(slice: Uint8Array): Uint8Array {
  return unescapeFromLines(skipMboxFromLine(slice));
}
