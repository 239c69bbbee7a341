// Splits an mbox mailbox (Gmail Takeout, Thunderbird, Apple Mail) into its messages as the file
// streams in: a 1 GB Takeout mailbox is read chunk by chunk from File.stream() and never held, nor
// decoded, whole. See MboxSplitter for the rules and entries.ts for what each entry holds.
import { IMPORT_LIMITS } from '@/lib/import/limits';
import type { MboxEntry } from '@/lib/import/mbox/entries';
import { MboxSplitter, type MboxLimits } from '@/lib/import/mbox/mbox-splitter';
import { streamChunks, type ByteSource } from '@/lib/import/mbox/stream-chunks';

export type { MboxEntry, MboxMessage, MboxTooLarge, MboxTruncated } from '@/lib/import/mbox/entries';
export { EMPTY_MBOX, NOT_AN_MBOX, splitMboxBytes, type MboxLimits } from '@/lib/import/mbox/mbox-splitter';
export { messageFromSlice } from '@/lib/import/mbox/unescape';

/**
 * Every message of the mailbox, in file order, each as soon as it is complete: whole messages with
 * their bytes, `tooLarge` markers for messages over limits.maxMessageBytes (skipped, never held),
 * and, when the file ends part-way through its last message, a final `truncated` marker.
 * Throws Unreadable ("This file is not an mbox mailbox…", "This file is empty…") before yielding
 * anything when the file does not start as a mailbox.
 */
export async function* splitMbox(stream: ByteSource, limits: MboxLimits = IMPORT_LIMITS): AsyncGenerator<MboxEntry, void, undefined> {
  const splitter = new MboxSplitter(limits);
  for await (const chunk of streamChunks(stream)) yield* splitter.push(chunk);
  yield* splitter.finish();
}
