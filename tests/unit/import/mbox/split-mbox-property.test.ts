import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageFromSlice, splitMbox, splitMboxBytes } from '@/lib/import/mbox/split-mbox';
import { ascii, collect, inChunks, latin1 } from './byte-chunks';

// Body lines built from the pieces that matter to a splitter: "From " at a line start, ">" runs
// before it, line breaks of both kinds, and plain words.
const piece = fc.constantFrom('From ', '>', '>>From ', 'From', ' ', 'x', 'Monday 10:15 2026', '\n', '\r\n', 'F', 'rom ', '>From ');
const body = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const lineEnd = fc.constantFrom('\n', '\r\n');
const separator = fc.constantFrom('From 1825563214780011234@xxx Mon Mar 02 10:15:04 +0000 2026', 'From - Tue Mar 10 12:06:01 2026', 'From a@b.example Mon Mar  2 10:15:00 2026');

/** What an mboxrd writer does to a body: one more ">" before every line matching ^>*From . */
const escape = (message: string) => message.replace(/^(>*From )/gm, '>$1');

interface Mailbox {
  file: Uint8Array;
  /** Each message as it was before it was written into the mailbox. */
  originals: string[];
}

const mailbox: fc.Arbitrary<Mailbox> = fc
  .record({
    messages: fc.array(fc.record({ separator, lineEnd, subject: fc.stringMatching(/^[A-Za-z ]{0,12}$/), body }), { minLength: 1, maxLength: 6 }),
    trailingBreak: fc.boolean(),
  })
  .map(({ messages, trailingBreak }) => {
    const originals = messages.map(({ lineEnd: nl, subject, body: text }, i) => {
      const whole = `Subject: ${subject}${nl}${nl}${text}${nl}`;
      // The last message may end without a line break, as some writers leave it.
      return i === messages.length - 1 && !trailingBreak ? whole.slice(0, -nl.length) : whole;
    });
    const file = originals.map((original, i) => `${messages[i]!.separator}${messages[i]!.lineEnd}${escape(original)}`).join('');
    return { file: ascii(file), originals };
  });

const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 });

describe('splitMbox, for any mailbox and any chunking', () => {
  it('streams to the same entries as the whole file split at once, each message as it was written', async () => {
    await fc.assert(
      fc.asyncProperty(mailbox, chunkSizes, async ({ file, originals }, sizes) => {
        const whole = splitMboxBytes(file);
        const streamed = await collect(splitMbox(inChunks(file, sizes)));
        expect(streamed).toEqual(whole);
        expect(whole.map((entry) => latin1(entry.bytes!))).toEqual(originals);
      }),
      { numRuns: 100 },
    );
  });

  it('gives each message back from its byte range alone', async () => {
    await fc.assert(
      fc.asyncProperty(mailbox, chunkSizes, async ({ file }, sizes) => {
        const entries = await collect(splitMbox(inChunks(file, sizes)));
        expect(entries[0]!.start).toBe(0);
        expect(entries.at(-1)!.end).toBe(file.length);
        for (const [i, entry] of entries.entries()) {
          if (i > 0) expect(entry.start).toBe(entries[i - 1]!.end);
          expect(messageFromSlice(file.slice(entry.start, entry.end))).toEqual(entry.bytes);
        }
      }),
      { numRuns: 100 },
    );
  });
});
