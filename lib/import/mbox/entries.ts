// What the mbox splitter hands on for each message it finds. The byte range lets the import come
// back for one message later (File.slice(start, end)) without holding the mailbox in memory.

interface MboxRange {
  /** 0-based position of the message in the mailbox. */
  index: number;
  /**
   * The message's place in the file, [start, end): from the first byte of its "From " separator
   * line up to the first byte of the next message's "From " line, or to the end of the file. The
   * range therefore holds the separator line, the message as the mailbox stores it (">From "
   * escapes included) and the line break that ends it; messageFromSlice turns it into `bytes`.
   */
  start: number;
  end: number;
}

/** A whole message: its bytes without the separator line, ">From " lines unescaped. */
export interface MboxMessage extends MboxRange {
  bytes: Uint8Array;
  tooLarge?: never;
  truncated?: never;
}

/** A message over limits.maxMessageBytes: skipped without being held in memory. */
export interface MboxTooLarge extends MboxRange {
  tooLarge: true;
  bytes?: never;
  truncated?: never;
}

/**
 * The last message, cut off part-way because the file ends early (a download or copy that did not
 * finish). Only ever the final entry; `index` is also how many messages came before it.
 */
export interface MboxTruncated extends MboxRange {
  truncated: true;
  bytes?: never;
  tooLarge?: never;
}

export type MboxEntry = MboxMessage | MboxTooLarge | MboxTruncated;
