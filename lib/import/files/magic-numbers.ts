// The first bytes that say what a file really is, whatever its name: data, once, for the file
// kinds (a file that lost its ending) and the readers that check a file is what it claims to be,
// with the two ways they look for bytes (at a place, or anywhere).

export const MAGIC = {
  /** "PK\x03\x04": a zip's first local header (a .docx is a zip too). */
  zip: [0x50, 0x4b, 0x03, 0x04],
  /** "%PDF-". */
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  /** An OLE compound file: Outlook's .msg, Word 97-2003's .doc, and the wrapper of an encrypted .docx. */
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  /** "From ": the separator line an mbox mailbox starts with. */
  mboxFrom: [0x46, 0x72, 0x6f, 0x6d, 0x20],
} as const satisfies Record<string, readonly number[]>;

/** True when `bytes` holds `magic` at `at` (the start, unless told). */
export function hasBytesAt(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (at < 0 || at + magic.length > bytes.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** True when `needle` occurs anywhere in `bytes`. */
export function includesBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) if (hasBytesAt(bytes, needle, at)) return true;
  return false;
}
