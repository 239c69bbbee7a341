// An .eml saved by some mail programs, or a message cut out of an mbox by hand, still starts with
// the mbox "From " separator line. It is not a header ("From:" is), so readers step over it.
import { hasBytesAt, MAGIC } from '@/lib/import/files/magic-numbers';

/** True when `bytes` has "From " at `at`. */
export function isFromSpaceAt(bytes: Uint8Array, at: number): boolean {
  return hasBytesAt(bytes, MAGIC.mboxFrom, at);
}

/** The message without a leading mbox "From " line, when it has one; the same bytes otherwise. */
export function skipMboxFromLine(bytes: Uint8Array): Uint8Array {
  if (!isFromSpaceAt(bytes, 0)) return bytes;
  const nl = bytes.indexOf(0x0a);
  return nl === -1 ? bytes.subarray(bytes.length) : bytes.subarray(nl + 1);
}
