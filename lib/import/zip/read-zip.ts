// Reads a zip file as it streams in (a Google Takeout export holds a multi-GB mbox), entry by
// entry, each entry's bytes unpacked as they are asked for. Only local headers are read, never the
// central directory at the end, so the zip is read once, front to back.
//
// Why not fflate's streaming Unzip: it finds the end of an entry written with a data descriptor
// (Java, macOS, streaming writers) by the first "PK" signature it meets, which compressed data can
// hold by chance (fflate issues #208, #243; its author advises against the streaming API), it does
// not report encrypted entries (their scrambled bytes come out as if they were the file), and an
// entry not started is buffered whole. Here fflate's Inflate does the unpacking and
// entry-data.ts finds where each entry ends. Zip64 sizes (Takeouts over 4 GB) are read from the
// local header's Zip64 field and from 8-byte data descriptors.
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { streamChunks, type ByteSource } from '@/lib/import/mbox/stream-chunks';
import { ByteReader } from '@/lib/import/zip/byte-reader';
import { EntryData, ZipBudget, ZIP_SENTENCES, type ZipLimits } from '@/lib/import/zip/entry-data';
import { LOCAL_HEADER_BYTES, parseLocalHeader, SIGNATURE, u32, variableLength } from '@/lib/import/zip/local-header';

export { ZIP_SENTENCES, type ZipLimits } from '@/lib/import/zip/entry-data';

export interface ZipEntry {
  /** The entry's path inside the zip ("Takeout/Mail/All mail Including Spam and Trash.mbox"). */
  name: string;
  /**
   * Its unpacked bytes, piece by piece. Read it through (or not at all) before asking for the next
   * entry: whatever is left is skipped then. Throws Unreadable for an entry that is encrypted,
   * packed with a method other than stored or deflate, or damaged; the next entries can still be
   * read. A zip bomb throws here and from the zip itself, and nothing more is read.
   */
  chunks: AsyncIterable<Uint8Array>;
}

/** Folders, and the "__MACOSX/" and "._name" copies of Finder metadata macOS adds to zips it makes. */
function isNotAFile(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('._');
}

const END_OF_ENTRIES: ReadonlySet<number> = new Set([SIGNATURE.centralFile, SIGNATURE.endOfCentralDirectory, SIGNATURE.zip64EndOfCentralDirectory]);

/** Every file in the zip, in the order stored. Throws Unreadable when the file is not a zip, is damaged or cut short, or is a zip bomb. */
export async function* readZip(stream: ByteSource, limits: ZipLimits = IMPORT_LIMITS): AsyncGenerator<ZipEntry, void, undefined> {
  const reader = new ByteReader(streamChunks(stream)[Symbol.asyncIterator]());
  const budget = new ZipBudget(limits);
  let current: EntryData | null = null;
  try {
    for (;;) {
      const atStart = reader.consumed === 0;
      if (!(await reader.fill(4))) {
        if (atStart) throw new Unreadable(reader.available === 0 ? ZIP_SENTENCES.empty : ZIP_SENTENCES.notAZip);
        throw new Unreadable(ZIP_SENTENCES.cutShort);
      }
      const signature = u32(reader.peek(), 0);
      if (atStart && (signature === SIGNATURE.spannedMarker || signature === SIGNATURE.dataDescriptor)) {
        reader.take(4);
        continue;
      }
      // The central directory follows the last entry: everything has been read.
      if (END_OF_ENTRIES.has(signature)) return;
      if (signature !== SIGNATURE.localFile) throw new Unreadable(atStart ? ZIP_SENTENCES.notAZip : ZIP_SENTENCES.damaged);
      if (!(await reader.fill(LOCAL_HEADER_BYTES)) || !(await reader.fill(LOCAL_HEADER_BYTES + variableLength(reader.peek())))) {
        throw new Unreadable(ZIP_SENTENCES.cutShort);
      }
      const header = parseLocalHeader(reader.take(LOCAL_HEADER_BYTES + variableLength(reader.peek())));
      current = new EntryData(reader, header, budget);
      if (!isNotAFile(header.name)) yield { name: header.name, chunks: current };
      await current.skipRest();
      current = null;
    }
  } finally {
    current?.abandon();
    await reader.close();
  }
}
