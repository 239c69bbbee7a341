import { describe, expect, it } from 'vitest';
import { EMPTY_MBOX, messageFromSlice, NOT_AN_MBOX, splitMbox, splitMboxBytes, type MboxEntry } from '@/lib/import/mbox/split-mbox';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { ascii, collect, fixture, inChunks, latin1, readableStream } from './byte-chunks';

const takeout = fixture('takeout.mbox');
const thunderbird = fixture('thunderbird.mbox');

/** Offsets of every line that starts with `prefix` (at the start of the file or after a line break). */
function lineStarts(bytes: Uint8Array, prefix: string): number[] {
  const body = latin1(bytes);
  const found = body.startsWith(prefix) ? [0] : [];
  for (let at = body.indexOf(`\n${prefix}`); at !== -1; at = body.indexOf(`\n${prefix}`, at + 1)) found.push(at + 1);
  return found;
}

const messages = (entries: MboxEntry[]) => entries.filter((e): e is MboxEntry & { bytes: Uint8Array } => e.bytes !== undefined);

describe('splitMbox on the mailboxes Gmail Takeout and Thunderbird write', () => {
  it('splits a Takeout mbox (CRLF, "From <id>@xxx <date>" lines) at its separators, with byte ranges', async () => {
    const entries = await collect(splitMbox(inChunks(takeout, 4096)));
    const starts = lineStarts(takeout, 'From 18');
    expect(starts).toHaveLength(4);
    expect(entries.map((e) => [e.index, e.start, e.end])).toEqual(starts.map((start, i) => [i, start, starts[i + 1] ?? takeout.length]));
    for (const entry of messages(entries)) {
      const message = latin1(entry.bytes);
      expect(message.startsWith('X-GM-THRID: ')).toBe(true);
      expect(message).toContain('\r\nX-Gmail-Labels: ');
      expect(message).not.toMatch(/^From 18/m);
    }
    expect(messages(entries)).toHaveLength(4);
  });

  it('takes the ">" off ">From " lines and keeps the CRLF line ends', async () => {
    const [, reply] = messages(await collect(splitMbox(inChunks(takeout, 512))));
    const message = latin1(reply!.bytes);
    expect(latin1(takeout)).toContain('\r\n>From Monday, Noah');
    expect(message).toContain('\r\nFrom Monday, Noah will bring home');
    expect(message).not.toContain('>From Monday');
  });

  it('splits a Thunderbird folder ("From - <date>", X-Mozilla-Status, LF)', async () => {
    const entries = await collect(splitMbox(inChunks(thunderbird, 100)));
    expect(entries.map((e) => e.start)).toEqual(lineStarts(thunderbird, 'From - '));
    const [office] = messages(entries);
    const message = latin1(office!.bytes);
    expect(message.startsWith('X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n')).toBe(true);
    expect(message).toContain('\nFrom tomorrow, Noah will go home');
    expect(message).not.toContain('\r\n');
  });

  it('gives the same bytes again from each range, through messageFromSlice', async () => {
    for (const mbox of [takeout, thunderbird]) {
      for (const entry of messages(await collect(splitMbox(inChunks(mbox, 333))))) {
        expect(messageFromSlice(mbox.subarray(entry.start, entry.end))).toEqual(entry.bytes);
      }
    }
  });

  it('reads a ReadableStream (File.stream()) as well as an async iterable', async () => {
    const { stream } = readableStream(thunderbird, 64);
    expect((await collect(splitMbox(stream))).map((e) => e.start)).toEqual(splitMboxBytes(thunderbird).map((e) => e.start));
  });

  it('cancels the file stream when the reader stops early', async () => {
    const source = readableStream(takeout, 256);
    for await (const entry of splitMbox(source.stream)) {
      expect(entry.index).toBe(0);
      break;
    }
    expect(source.cancelled()).toBe(true);
  });
});

describe('splitMbox on the edges of the format', () => {
  const first = 'From a@b.example Mon Mar 02 10:15:00 2026\nSubject: one\n\nbody one\n\n';
  const second = 'From a@b.example Mon Mar 02 11:15:00 2026\nSubject: two\n\nbody two';

  it('keeps a last message that has no line break at its end', () => {
    const entries = splitMboxBytes(ascii(first + second));
    expect(entries.map((e) => latin1(e.bytes!))).toEqual(['Subject: one\n\nbody one\n\n', 'Subject: two\n\nbody two']);
    expect(entries[1]!.end).toBe((first + second).length);
  });

  it('unescapes mboxrd: one ">" off each line matching ^>+From , nothing else', () => {
    const body = ['>From x', '>>From y', '>>>From z', '> From quoted', '>Fromage', 'x >From inside'].join('\n');
    const [entry] = splitMboxBytes(ascii(`From a@b.example Mon Mar 02 10:15:00 2026\nSubject: s\n\n${body}\n`));
    expect(latin1(entry!.bytes!)).toBe(`Subject: s\n\n${['From x', '>From y', '>>From z', '> From quoted', '>Fromage', 'x >From inside'].join('\n')}\n`);
  });

  it('does not split at an unescaped body line that does not look like a separator', () => {
    const mbox = 'From a@b.example Mon Mar 02 10:15:00 2026\nSubject: s\n\nFrom now on the group meets in the library.\nFrom Monday 9:00 is fine\n';
    const entries = splitMboxBytes(ascii(mbox));
    expect(entries).toHaveLength(1);
    expect(latin1(entries[0]!.bytes!)).toContain('From now on the group meets');
  });

  it('splits at separators in the forms other writers use (Apple Mail, MAILER-DAEMON, CRLF)', () => {
    const mbox = [
      'From sender@example.org Mon Mar  2 10:15:00 2026\r\nSubject: a\r\n\r\nA\r\n',
      'From MAILER-DAEMON Tue Mar  3 08:00:00 2026\r\nSubject: b\r\n\r\nB\r\n',
      'From ???@??? Wed Mar 04 09:30:12 2026\r\nSubject: c\r\n\r\nC\r\n',
    ].join('');
    expect(splitMboxBytes(ascii(mbox)).map((e) => latin1(e.bytes!))).toEqual(['Subject: a\r\n\r\nA\r\n', 'Subject: b\r\n\r\nB\r\n', 'Subject: c\r\n\r\nC\r\n']);
  });

  it('allows blank lines and a byte order mark before the first separator', () => {
    const entries = splitMboxBytes(ascii(`\ufeff\r\n\n${first}`));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.start).toBe(3 + 3);
  });

  it('refuses a file that does not start with "From " with the sentence a parent sees', async () => {
    for (const notMbox of [fixture('real/thunderbird-reply.eml'), fixture('review-letter.pdf'), ascii('  From a@b Mon Mar 02 10:15:00 2026\n'), ascii('Fro')]) {
      await expect(collect(splitMbox(inChunks(notMbox, 2)))).rejects.toThrow(new Unreadable(NOT_AN_MBOX));
    }
    expect(NOT_AN_MBOX).toMatch(/^This file is not an mbox mailbox/);
  });

  it('says an empty file (or one of blank lines) is empty', async () => {
    await expect(collect(splitMbox(inChunks(new Uint8Array(0), 1)))).rejects.toThrow(new Unreadable(EMPTY_MBOX));
    await expect(collect(splitMbox(inChunks(ascii('\r\n\n  \n'), 1)))).rejects.toThrow(new Unreadable(EMPTY_MBOX));
  });
});

describe('splitMbox on a mailbox cut short', () => {
  const starts = lineStarts(takeout, 'From 18');

  it('offers the complete emails and reports the one the file breaks off in (multipart without its closing boundary)', async () => {
    const pdfAt = latin1(takeout).indexOf('Content-Type: application/pdf');
    const entries = await collect(splitMbox(inChunks(takeout.subarray(0, pdfAt + 300), 1000)));
    expect(entries).toEqual([{ index: 0, start: 0, end: pdfAt + 300, truncated: true }]);
  });

  it('reports a last email whose headers never finished, after the complete ones', async () => {
    const cut = starts[3]! + 200;
    const entries = await collect(splitMbox(inChunks(takeout.subarray(0, cut), 700)));
    expect(messages(entries)).toHaveLength(3);
    expect(entries[3]).toEqual({ index: 3, start: starts[3], end: cut, truncated: true });
  });

  it('reports a file that ends straight after a separator line', () => {
    const cut = latin1(takeout).indexOf('\r\n', starts[2]!);
    const entries = splitMboxBytes(takeout.subarray(0, cut));
    expect(entries.map((e) => ('truncated' in e && e.truncated ? 'cut' : 'whole'))).toEqual(['whole', 'whole', 'cut']);
  });

  it('cannot tell a single-part email cut inside its body from a whole one, and offers it', () => {
    const body = latin1(takeout).indexOf('Your claim for');
    const entries = splitMboxBytes(takeout.subarray(0, body + 10));
    expect(messages(entries)).toHaveLength(3);
    expect(latin1(entries[2]!.bytes!).endsWith('Your claim')).toBe(true);
  });
});

describe('splitMbox and the size cap', () => {
  const limits = { ...IMPORT_LIMITS, maxMessageBytes: 3000 };
  const starts = lineStarts(takeout, 'From 18');

  it('skips an email over limits.maxMessageBytes with a marker and goes on', async () => {
    const entries = await collect(splitMbox(inChunks(takeout, 256), limits));
    expect(entries[0]).toEqual({ index: 0, start: 0, end: starts[1], tooLarge: true });
    expect(starts[1]! - starts[0]!).toBeGreaterThan(limits.maxMessageBytes);
    expect(messages(entries).map((e) => e.index)).toEqual([1, 2, 3]);
  });

  it('still reports a too-large last email that the file cuts short', async () => {
    const cut = latin1(takeout).indexOf('Content-Type: application/pdf') + 1500;
    expect(cut).toBeGreaterThan(limits.maxMessageBytes);
    expect(cut).toBeLessThan(starts[1]!);
    const entries = await collect(splitMbox(inChunks(takeout.subarray(0, cut), 256), limits));
    expect(entries).toEqual([{ index: 0, start: 0, end: cut, truncated: true }]);
  });

  it('reports a too-large last email that ends properly as too large, not cut short', () => {
    const entries = splitMboxBytes(takeout.subarray(0, starts[1]), limits);
    expect(entries).toEqual([{ index: 0, start: 0, end: starts[1], tooLarge: true }]);
  });
});
