// The data of one zip entry, unpacked piece by piece as the consumer asks for it: never more than
// one input chunk and what it expands to is held, so a Takeout zip's multi-GB mbox streams through.
//
// Where the data ends: the local header gives the compressed size, unless bit 3 is set (Java, macOS
// and other streaming writers), when the size comes in a data descriptor after the data. Such data
// is scanned for a descriptor whose recorded compressed size equals the bytes read so far, so a
// stray "PK\x07\x08" inside compressed data (which fflate's streaming Unzip would take for the end,
// its issues #208 and #243) is not mistaken for the end. Descriptors with and without their
// signature, and with 4- or 8-byte (Zip64) sizes, are all recognised.
//
// Zip-bomb guard: every byte unpacked is counted against limits.maxZipExpandedBytes for the whole
// zip, and an entry that has unpacked more than limits.maxZipRatioAfterBytes may not have grown
// more than limits.maxZipRatio times its compressed bytes. Past either, reading stops for good.
import { Inflate } from 'fflate';
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import type { ImportLimits } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import type { ByteReader } from '@/lib/import/zip/byte-reader';
import { METHOD, SIGNATURE, u32, u64, type LocalHeader } from '@/lib/import/zip/local-header';

export type ZipLimits = Pick<ImportLimits, 'maxZipExpandedBytes' | 'maxZipRatio' | 'maxZipRatioAfterBytes'>;

export const ZIP_SENTENCES = {
  empty: FILE_SENTENCES.empty,
  notAZip: 'This file is not a zip file, or it is damaged at the start, so nothing could be read from it.',
  bomb: 'This zip file expands to far more than it holds, which is how harmful zip files behave, so nothing more is read from it.',
  cutShort: 'This zip file ends part-way through: it may not have finished downloading. What came before the break was read.',
  damaged: 'This zip file is damaged part-way through, so the files after the damage could not be read.',
  encrypted:
    'This file in the zip is protected by a password, so On Record cannot open it. Unzip it with its password on your computer, then choose the files inside.',
  unsupported: 'This file in the zip is packed in a way On Record cannot unpack. Unzip it on your computer, then choose the files inside.',
  badData: 'This file in the zip is damaged and could not be unpacked.',
} as const;

/**
 * The zip-bomb ratio rule, for a zip entry and for a .docx's whole directory alike: past
 * limits.maxZipRatioAfterBytes unpacked, no more than limits.maxZipRatio times the bytes it came from.
 */
export function outgrowsZipRatio(expanded: number, compressed: number, limits: Pick<ImportLimits, 'maxZipRatio' | 'maxZipRatioAfterBytes'>): boolean {
  return expanded > limits.maxZipRatioAfterBytes && expanded > limits.maxZipRatio * Math.max(1, compressed);
}

/** Compressed bytes handed to the inflater at a time: 16 KB can expand to at most about 16 MB. */
const INFLATE_SLICE = 16 * 1024;
/** Bytes needed after a candidate descriptor to check it: signature, CRC, two 8-byte sizes, the next signature. */
const LOOKAHEAD = 28;
/** Bytes kept back unread: an unsigned descriptor is recognised from the header after it, up to 20 bytes on. */
const HOLD_BACK = 20;
const TWO_32 = 0x1_0000_0000;

/** The zip's running total of unpacked bytes, and the error that stopped it for good, if any. */
export class ZipBudget {
  expanded = 0;
  fatal: Unreadable | null = null;
  constructor(readonly limits: ZipLimits) {}

  stop(sentence: string): never {
    this.fatal ??= new Unreadable(sentence);
    throw this.fatal;
  }
}

interface DescriptorMatch {
  /** Index in the view where the compressed data ends. */
  dataEnd: number;
  /** Bytes of descriptor after it. */
  length: number;
}

function isSignatureAt(view: Uint8Array, at: number): boolean {
  // Past the bytes in hand only at the end of the stream: nothing more to compare with.
  if (at + 2 > view.length) return true;
  return view[at] === 0x50 && view[at + 1] === 0x4b;
}

export class EntryData implements AsyncIterable<Uint8Array> {
  private compressedRead = 0;
  private compressedDone = false;
  private finished = false;
  private expanded = 0;
  private readonly outputs: Uint8Array[] = [];
  private readonly inflater: Inflate | null = null;
  private readonly problem: Unreadable | null = null;
  /** Absolute stream position up to which candidate descriptors have been ruled out. */
  private checkedUntil = 0;
  /** The compressed size once known: from the header, or when the data descriptor is found. */
  private dataSize: number | null;

  constructor(
    private readonly reader: ByteReader,
    private readonly header: LocalHeader,
    private readonly budget: ZipBudget,
  ) {
    this.dataSize = header.hasDataDescriptor ? null : header.compressedSize;
    if (header.encrypted) this.problem = new Unreadable(ZIP_SENTENCES.encrypted);
    else if (header.method === METHOD.deflated) this.inflater = new Inflate((data) => this.unpacked(data));
    else if (header.method !== METHOD.stored) this.problem = new Unreadable(ZIP_SENTENCES.unsupported);
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: async () => {
        const value = await this.next();
        return value === null ? { done: true, value: undefined } : { done: false, value };
      },
      // Stopping early leaves the rest to skipRest, when the zip moves on to its next entry.
      return: async () => ({ done: true, value: undefined }),
    };
  }

  /** The next unpacked piece, or null at the end of the entry. */
  async next(): Promise<Uint8Array | null> {
    for (;;) {
      if (this.budget.fatal) throw this.budget.fatal;
      if (this.problem && !this.finished) throw this.problem;
      const ready = this.outputs.shift();
      if (ready) return ready;
      if (this.finished) return null;
      const piece = await this.nextCompressed();
      if (piece === null) {
        this.inflate(new Uint8Array(0), true);
        this.finished = true;
        continue;
      }
      if (this.inflater) {
        for (let at = 0; at < piece.length; at += INFLATE_SLICE) this.inflate(piece.subarray(at, at + INFLATE_SLICE), false);
      } else {
        this.unpacked(piece);
      }
    }
  }

  /** Reads past whatever the consumer left of this entry, without unpacking it. */
  async skipRest(): Promise<void> {
    if (this.budget.fatal) throw this.budget.fatal;
    this.finished = true;
    this.outputs.length = 0;
    while ((await this.nextCompressed()) !== null) {
      // Passed over.
    }
  }

  /** Marks the entry as over when the zip stops being read (its data is no longer reachable). */
  abandon(): void {
    this.finished = true;
    this.compressedDone = true;
    this.outputs.length = 0;
  }

  private inflate(piece: Uint8Array, final: boolean): void {
    if (!this.inflater) return;
    try {
      this.inflater.push(piece, final);
    } catch (error) {
      if (error instanceof Unreadable) throw error;
      this.finished = true;
      this.outputs.length = 0;
      throw new Unreadable(ZIP_SENTENCES.badData);
    }
  }

  /** Counts unpacked bytes against the zip's limits, then queues them for the consumer. */
  private unpacked(data: Uint8Array): void {
    if (data.length === 0) return;
    const { limits } = this.budget;
    this.expanded += data.length;
    this.budget.expanded += data.length;
    if (this.budget.expanded > limits.maxZipExpandedBytes) this.budget.stop(ZIP_SENTENCES.bomb);
    if (outgrowsZipRatio(this.expanded, this.compressedRead, limits)) this.budget.stop(ZIP_SENTENCES.bomb);
    this.outputs.push(data);
  }

  /** The next piece of compressed data, or null once the entry's data has all been read. */
  private async nextCompressed(): Promise<Uint8Array | null> {
    if (this.compressedDone) return null;
    const piece = this.dataSize === null ? await this.beforeDescriptor() : await this.sized(this.dataSize);
    if (piece === null) this.compressedDone = true;
    else this.compressedRead += piece.length;
    return piece;
  }

  private async sized(size: number): Promise<Uint8Array | null> {
    const remaining = size - this.compressedRead;
    if (remaining <= 0) return null;
    const piece = await this.reader.piece(remaining);
    if (piece === null) this.budget.stop(ZIP_SENTENCES.cutShort);
    return piece;
  }

  /** Data up to the data descriptor; the descriptor itself is taken and dropped. */
  private async beforeDescriptor(): Promise<Uint8Array | null> {
    for (;;) {
      await this.reader.fill(LOOKAHEAD);
      // At the end of the stream every position can be checked; before it, only those with LOOKAHEAD bytes after them.
      const final = this.reader.exhausted;
      const view = this.reader.peek();
      const last = final ? view.length - 4 : view.length - LOOKAHEAD;
      const from = Math.max(0, this.checkedUntil - this.reader.consumed);
      const match = this.findDescriptor(view, from, last);
      if (match) {
        const data = this.reader.take(match.dataEnd);
        this.reader.take(match.length);
        this.dataSize = this.compressedRead + data.length;
        return data.length > 0 ? data : null;
      }
      if (final) this.budget.stop(ZIP_SENTENCES.cutShort);
      this.checkedUntil = this.reader.consumed + last + 1;
      const give = last + 1 - HOLD_BACK;
      if (give > 0) return this.reader.take(give);
      await this.reader.fill(this.reader.available + 1);
    }
  }

  /** A data descriptor ending this entry's data, looked for at view positions [from, last]. */
  private findDescriptor(view: Uint8Array, from: number, last: number): DescriptorMatch | null {
    const zip64 = this.header.zip64;
    for (let i = view.indexOf(0x50, from); i !== -1 && i <= last; i = view.indexOf(0x50, i + 1)) {
      if (view[i + 1] !== 0x4b || i + 4 > view.length) continue;
      const signature = u32(view, i);
      const dataLength = this.compressedRead + i;
      if (signature === SIGNATURE.dataDescriptor && i + 16 <= view.length) {
        // Signed descriptor: signature, CRC-32, compressed size, size; 4-byte sizes or, for Zip64, 8-byte ones.
        const wide = i + 24 <= view.length && u64(view, i + 8) === dataLength && isSignatureAt(view, i + 24);
        const narrow = u32(view, i + 8) === dataLength % TWO_32 && isSignatureAt(view, i + 16);
        if (zip64 && wide) return { dataEnd: i, length: 24 };
        if (narrow) return { dataEnd: i, length: 16 };
        if (wide) return { dataEnd: i, length: 24 };
      } else if (signature === SIGNATURE.localFile || signature === SIGNATURE.centralFile) {
        // Unsigned descriptor (CRC-32 and sizes only) just before the next header.
        if (i >= 12 && u32(view, i - 8) === (this.compressedRead + i - 12) % TWO_32) return { dataEnd: i - 12, length: 12 };
        if (i >= 20 && u64(view, i - 16) === this.compressedRead + i - 20) return { dataEnd: i - 20, length: 20 };
      }
    }
    return null;
  }
}
