// Anything On Record cannot read in an imported file is reported to the parent in one plain
// sentence, per file, and nothing from that file (or that message) is saved.

/** Thrown by a reader; its message is the sentence the parent sees ("This looks like a scan; …"). */
export class Unreadable extends Error {
  override readonly name = 'Unreadable';
}

/** The parent-facing sentence for anything a reader threw: its own for an Unreadable, else a generic one. */
export function unreadableReason(error: unknown): string {
  if (error instanceof Unreadable) return error.message;
  return 'On Record could not read this file. It may be damaged, or in a format On Record does not know.';
}
