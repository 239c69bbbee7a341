// The mbox splitter's engine: fed the mailbox's bytes chunk by chunk, it hands back each message as
// soon as the next "From " separator (or the end of the file) closes it. It never decodes the file
// and holds at most one message (up to limits.maxMessageBytes) plus a few bytes of a separator
// line that straddles two chunks. Scanning is indexOf over bytes, line break to line break.
//
// The chunks pushed must not be changed afterwards: a message's bytes are views of them.
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import { MAGIC } from '@/lib/import/files/magic-numbers';
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { isFromSpaceAt } from '@/lib/import/mail/mbox-from-line';
import { endsWithin, isCutShort, messageShape, type MessageShape } from '@/lib/import/mbox/cut-short';
import type { MboxEntry } from '@/lib/import/mbox/entries';
import { looksLikeSeparator, MAX_SEPARATOR_LINE_BYTES } from '@/lib/import/mbox/separator';
import { unescapeFromLines } from '@/lib/import/mbox/unescape';

export type MboxLimits = Pick<ImportLimits, 'maxMessageBytes' | 'maxHeaderBytes'>;

export const NOT_AN_MBOX =
  'This file is not an mbox mailbox: a mailbox file starts with a line beginning "From ". Choose the .mbox file from your email export.';
export const EMPTY_MBOX = FILE_SENTENCES.empty;

const LF = 0x0a;
const CR = 0x0d;
const F = 0x46;
const FROM_SPACE = MAGIC.mboxFrom;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Leading blank space allowed before the first separator; beyond it the file is not a mailbox. */
const MAX_LEADING_BLANK_BYTES = 64 * 1024;
/** Bytes kept from the end of a message too large to hold, to look for its closing boundary. */
const TAIL_BYTES = 4096;
const EMPTY: Uint8Array = new Uint8Array(0);

interface OpenMessage {
  index: number;
  /** File offset of its separator line. */
  start: number;
  /** Length of the separator line, line break included. */
  separatorLength: number;
  /** Views of its bytes so far, separator line included (emptied once it is too large). */
  chunks: Uint8Array[];
  size: number;
  tooLarge: boolean;
  /** For a message too large to hold: what its headers said, and its last bytes. */
  shape: MessageShape | null;
  tail: Uint8Array;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The first `count` bytes of a list of chunks, joined (a view when one chunk holds them all). */
function firstBytes(chunks: Uint8Array[], count: number): Uint8Array {
  const first = chunks[0];
  if (first && first.length >= count) return first.subarray(0, count);
  const out = new Uint8Array(count);
  let written = 0;
  for (const chunk of chunks) {
    if (written >= count) break;
    const take = chunk.subarray(0, count - written);
    out.set(take, written);
    written += take.length;
  }
  return out.subarray(0, written);
}

/** The last `count` bytes of what `tail` followed by `piece` hold, copied so no large chunk is kept alive. */
function keepTail(tail: Uint8Array, piece: Uint8Array): Uint8Array {
  if (piece.length >= TAIL_BYTES) return piece.slice(piece.length - TAIL_BYTES);
  const joined = concat(tail, piece);
  return joined.slice(Math.max(0, joined.length - TAIL_BYTES));
}

/** True when the bytes from `at` agree with "From " as far as they go (a separator may go on in the next chunk). */
function startsFromSpace(bytes: Uint8Array, at: number): boolean {
  const end = Math.min(bytes.length, at + FROM_SPACE.length);
  for (let i = at; i < end; i++) if (bytes[i] !== FROM_SPACE[i - at]) return false;
  return true;
}

function isBlank(byte: number): boolean {
  return byte === LF || byte === CR || byte === 0x20 || byte === 0x09;
}

export class MboxSplitter {
  private readonly limits: MboxLimits;
  /** Bytes seen before the first separator was found (only blank lines may come first). */
  private head: Uint8Array = EMPTY;
  private started = false;
  private current: OpenMessage | null = null;
  private nextIndex = 0;
  /** Unread bytes at a line start that may begin a separator, and their file offset. */
  private carry: Uint8Array = EMPTY;
  private carryOffset = 0;
  /** True when the next byte pushed starts a line (the last chunk ended on a line break or in a carry). */
  private atLineStart = false;
  private total = 0;

  constructor(limits: MboxLimits = IMPORT_LIMITS) {
    this.limits = limits;
  }

  /** Feeds the next bytes of the file; returns the messages they completed. Throws Unreadable for a file that is not an mbox. */
  push(chunk: Uint8Array): MboxEntry[] {
    const out: MboxEntry[] = [];
    if (chunk.length === 0) return out;
    this.total += chunk.length;
    if (!this.started) {
      this.head = concat(this.head, chunk);
      const first = this.firstSeparatorAt(false);
      if (first === -1) return out;
      this.started = true;
      this.scan(this.head.subarray(first), first, true, out);
      this.head = EMPTY;
      return out;
    }
    this.scan(concat(this.carry, chunk), this.carryOffset, this.atLineStart, out);
    return out;
  }

  /** Ends the file: returns the last message, or a truncated marker when the file stops inside it. */
  finish(): MboxEntry[] {
    const out: MboxEntry[] = [];
    if (!this.started) {
      this.firstSeparatorAt(true);
      return out;
    }
    const rest = this.carry;
    this.carry = EMPTY;
    if (rest.length > 0) {
      // The file ends on a line with no line break: a separator with nothing after it opens a message that never came.
      const line = rest[rest.length - 1] === CR ? rest.subarray(0, rest.length - 1) : rest;
      if (isFromSpaceAt(rest, 0) && (this.current === null || looksLikeSeparator(line))) {
        if (this.current) out.push(this.close(this.carryOffset, false));
        this.open(this.carryOffset, rest.length);
      }
      this.take(rest);
    }
    if (this.current) out.push(this.close(this.total, true));
    this.current = null;
    return out;
  }

  /**
   * Where the first separator starts in `head`, or -1 when more bytes are needed to tell. Only blank
   * lines (and a UTF-8 byte order mark) may come before it; anything else is not a mailbox.
   */
  private firstSeparatorAt(final: boolean): number {
    const head = this.head;
    let at = UTF8_BOM.every((b, i) => head[i] === b) ? UTF8_BOM.length : 0;
    let line = at;
    while (at < head.length && isBlank(head[at]!)) {
      if (head[at] === LF) line = at + 1;
      at++;
    }
    if (at === head.length) {
      if (final) throw new Unreadable(EMPTY_MBOX);
      if (head.length > MAX_LEADING_BLANK_BYTES) throw new Unreadable(NOT_AN_MBOX);
      return -1;
    }
    if (at !== line || !startsFromSpace(head, at)) throw new Unreadable(NOT_AN_MBOX);
    if (head.length - at < FROM_SPACE.length) {
      if (final) throw new Unreadable(NOT_AN_MBOX);
      return -1;
    }
    return at;
  }

  /** Scans `data` (whose first byte is at file offset `base`) for separators, closing and opening messages. */
  private scan(data: Uint8Array, base: number, startsLine: boolean, out: MboxEntry[]): void {
    let taken = 0; // data[0, taken) belongs to messages already
    let searchFrom = 0;
    let carryAt = -1;
    let candidate = startsLine ? 0 : -1;
    for (;;) {
      if (candidate === -1) {
        const nl = data.indexOf(LF, searchFrom);
        if (nl === -1) break;
        candidate = nl + 1;
      }
      const at = candidate;
      candidate = -1;
      if (at >= data.length) {
        carryAt = data.length; // the data ends on a line break: the next chunk starts a line
        break;
      }
      if (data[at] !== F) {
        searchFrom = at;
        continue;
      }
      if (data.length - at < FROM_SPACE.length) {
        if (startsFromSpace(data, at)) {
          carryAt = at; // perhaps "From " going on in the next chunk
          break;
        }
        searchFrom = at;
        continue;
      }
      if (!isFromSpaceAt(data, at)) {
        searchFrom = at;
        continue;
      }
      const nl = data.indexOf(LF, at + FROM_SPACE.length);
      if (nl === -1) {
        if (data.length - at > MAX_SEPARATOR_LINE_BYTES) {
          if (this.current === null) throw new Unreadable(NOT_AN_MBOX);
          break; // too long to be a separator, and no more lines in this data
        }
        carryAt = at; // the line goes on in the next chunk
        break;
      }
      const lineEnd = nl > at && data[nl - 1] === CR ? nl - 1 : nl;
      // The file's first line is the separator whatever it says; later ones must look like one.
      if (this.current === null || looksLikeSeparator(data.subarray(at, lineEnd))) {
        if (this.current) {
          this.take(data.subarray(taken, at));
          out.push(this.close(base + at, false));
        }
        this.open(base + at, nl + 1 - at);
        taken = at;
      }
      searchFrom = nl;
    }
    const keepFrom = carryAt === -1 ? data.length : carryAt;
    this.take(data.subarray(taken, keepFrom));
    this.carry = data.subarray(keepFrom);
    this.carryOffset = base + keepFrom;
    this.atLineStart = carryAt !== -1;
  }

  private open(start: number, separatorLength: number): void {
    this.current = { index: this.nextIndex++, start, separatorLength, chunks: [], size: 0, tooLarge: false, shape: null, tail: EMPTY };
  }

  /** Adds bytes to the open message; past the size cap it keeps only what it needs to report it. */
  private take(piece: Uint8Array): void {
    const m = this.current;
    if (!m || piece.length === 0) return;
    m.size += piece.length;
    if (m.tooLarge) {
      m.tail = keepTail(m.tail, piece);
      return;
    }
    m.chunks.push(piece);
    if (m.size <= this.limits.maxMessageBytes) return;
    m.tooLarge = true;
    const head = firstBytes(m.chunks, m.separatorLength + this.limits.maxHeaderBytes).subarray(m.separatorLength);
    const shape = messageShape(head);
    // Headers cut off by the cap itself say nothing about the end of the file.
    m.shape = shape.headersComplete ? shape : null;
    let tail: Uint8Array = EMPTY;
    for (const chunk of m.chunks.slice(-2)) tail = keepTail(tail, chunk);
    m.tail = tail;
    m.chunks = [];
  }

  /** Closes the open message at file offset `end`; `last` when the file ended inside it. */
  private close(end: number, last: boolean): MboxEntry {
    const m = this.current!;
    this.current = null;
    const range = { index: m.index, start: m.start, end };
    if (m.tooLarge) {
      const closing = m.shape?.closing;
      if (last && closing && !endsWithin(m.tail, closing)) return { ...range, truncated: true };
      return { ...range, tooLarge: true };
    }
    const whole = m.chunks.length === 1 ? m.chunks[0]! : firstBytes(m.chunks, m.size);
    const content = whole.subarray(m.separatorLength);
    if (last && isCutShort(content)) return { ...range, truncated: true };
    return { ...range, bytes: unescapeFromLines(content) };
  }
}

/** Splits a whole mailbox held in memory (the command line, tests); the same entries as the streaming splitMbox. */
export function splitMboxBytes(bytes: Uint8Array, limits: MboxLimits = IMPORT_LIMITS): MboxEntry[] {
  const splitter = new MboxSplitter(limits);
  return [...splitter.push(bytes), ...splitter.finish()];
}
