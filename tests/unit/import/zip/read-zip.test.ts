import { describe, expect, it } from 'vitest';
import { readZip, ZIP_SENTENCES, type ZipEntry } from '@/lib/import/zip/read-zip';
import { splitMbox } from '@/lib/import/mbox/split-mbox';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { ascii, collect, fixture, inChunks, readableStream, text } from '../mbox/byte-chunks';

const takeoutMbox = fixture('takeout.mbox');
const MBOX_NAME = 'Takeout/Mail/All mail Including Spam and Trash.mbox';

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts = await collect(chunks);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Every entry's name and content (or the sentence it failed with), reading each in turn. */
async function unpack(zip: Uint8Array, chunkSize: number, limits = IMPORT_LIMITS): Promise<Array<[string, Uint8Array | string]>> {
  const out: Array<[string, Uint8Array | string]> = [];
  for await (const entry of readZip(inChunks(zip, chunkSize), limits)) {
    try {
      out.push([entry.name, await bytesOf(entry.chunks)]);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      out.push([entry.name, error.message]);
    }
  }
  return out;
}

describe('readZip on Takeout-style exports', () => {
  it.each([
    ['takeout-streamed.zip', 'data descriptors'],
    ['takeout-zip64.zip', 'Zip64 local headers'],
    ['takeout-zip64-streamed.zip', 'Zip64 and data descriptors'],
  ])('unpacks %s (%s), skipping folders, whatever the chunk size', async (name) => {
    for (const size of [1, 7, 64 * 1024]) {
      const entries = await unpack(fixture(`zip/${name}`), size);
      expect(entries.map(([entryName]) => entryName)).toEqual(['Takeout/archive_browser.html', MBOX_NAME]);
      expect(text(entries[0]![1] as Uint8Array)).toContain('<title>Your Google data</title>');
      expect(entries[1]![1]).toEqual(takeoutMbox);
    }
  });

  it('streams an entry straight into the mbox splitter', async () => {
    const names: string[] = [];
    for await (const entry of readZip(inChunks(fixture('zip/takeout-streamed.zip'), 500))) {
      if (entry.name !== MBOX_NAME) continue;
      for await (const message of splitMbox(entry.chunks)) names.push(`${message.index}:${message.bytes ? 'whole' : 'not'}`);
    }
    expect(names).toEqual(['0:whole', '1:whole', '2:whole', '3:whole']);
  });

  it('skips what the reader leaves of an entry, read in part or not at all', async () => {
    const seen: string[] = [];
    for await (const entry of readZip(inChunks(fixture('zip/takeout-zip64-streamed.zip'), 100))) {
      if (entry.name === 'Takeout/archive_browser.html') continue; // not read at all
      for await (const chunk of entry.chunks) {
        seen.push(`${entry.name}:${chunk.length > 0}`);
        break; // read in part
      }
    }
    expect(seen).toEqual([`${MBOX_NAME}:true`]);
    const entries: ZipEntry[] = await collect(readZip(inChunks(fixture('zip/takeout-streamed.zip'), 100)));
    expect(entries.map((e) => e.name)).toEqual(['Takeout/archive_browser.html', MBOX_NAME]);
  });

  it('reads a File.stream() and cancels it when the reader stops early', async () => {
    const source = readableStream(fixture('zip/takeout-streamed.zip'), 64);
    for await (const entry of readZip(source.stream)) {
      expect(entry.name).toBe('Takeout/archive_browser.html');
      break;
    }
    expect(source.cancelled()).toBe(true);
  });
});

describe('readZip on other zips', () => {
  it('reads nested paths and UTF-8 names, and leaves out macOS metadata', async () => {
    const entries = await unpack(fixture('zip/letters.zip'), 333);
    expect(entries.map(([name]) => name)).toEqual(['Letters/2026/Review – Noah.txt', 'Letters/2026/thunderbird.mbox']);
    expect(entries[1]![1]).toEqual(fixture('thunderbird.mbox'));
  });

  it('finds the end of an entry whose data holds data descriptor and header signatures', async () => {
    for (const size of [1, 13, 4096]) {
      const entries = await unpack(fixture('zip/signature-in-data.zip'), size);
      expect(entries.map(([name, data]) => [name, (data as Uint8Array).length])).toEqual([
        ['notes.txt', 7250],
        ['after.txt', 17],
      ]);
      expect(text(entries[0]![1] as Uint8Array)).toMatch(/^Noah PK\x07\x08/);
    }
  });

  it('reads a zip written by Info-ZIP', async () => {
    const [[name, data]] = (await unpack(fixture('zip/info-zip-piped.zip'), 50)) as [[string, Uint8Array]];
    expect(name).toBe('letter.txt');
    expect(text(data)).toBe('A letter about Noah: reading check-ins every Tuesday.\n'.repeat(8));
  });

  it('says a password-protected entry cannot be opened', async () => {
    expect(await unpack(fixture('zip/encrypted.zip'), 64)).toEqual([['letter.txt', ZIP_SENTENCES.encrypted]]);
  });

  it('says an entry packed another way cannot be unpacked, and reads the next', async () => {
    const entries = await unpack(fixture('zip/bzip2.zip'), 64);
    expect(entries.map(([name, data]) => [name, typeof data === 'string' ? data : text(data)])).toEqual([
      ['packed.txt', ZIP_SENTENCES.unsupported],
      ['plain.txt', 'A plain entry.\n'],
    ]);
  });
});

describe('readZip on bad and hostile zips', () => {
  it('stops a zip bomb by its ratio once past maxZipRatioAfterBytes, and reads nothing more', async () => {
    const limits = { ...IMPORT_LIMITS, maxZipRatio: 100, maxZipRatioAfterBytes: 1024 * 1024 };
    const zip = readZip(inChunks(fixture('zip/zeros.zip'), 4096), limits);
    const entry = (await zip.next()).value as ZipEntry;
    let unpacked = 0;
    await expect(
      (async () => {
        for await (const chunk of entry.chunks) unpacked += chunk.length;
      })(),
    ).rejects.toThrow(new Unreadable(ZIP_SENTENCES.bomb));
    expect(unpacked).toBeLessThan(64 * 1024 * 1024);
    await expect(zip.next()).rejects.toThrow(ZIP_SENTENCES.bomb);
  });

  it('stops when the whole zip expands past maxZipExpandedBytes', async () => {
    const limits = { ...IMPORT_LIMITS, maxZipExpandedBytes: 5000 };
    const entries = readZip(inChunks(fixture('zip/takeout-streamed.zip'), 512), limits);
    await expect((async () => {
      for await (const entry of entries) await bytesOf(entry.chunks);
    })()).rejects.toThrow(/expands to far more than it holds/);
  });

  it('lets the same bomb through with the default limits, as it is only 64 MiB', async () => {
    let unpacked = 0;
    for await (const entry of readZip(inChunks(fixture('zip/zeros.zip'), 16 * 1024))) for await (const chunk of entry.chunks) unpacked += chunk.length;
    expect(unpacked).toBe(64 * 1024 * 1024);
  });

  it('refuses a file that is not a zip, and an empty one', async () => {
    for (const notZip of [takeoutMbox, fixture('review-letter.pdf'), ascii('PK')]) {
      await expect(collect(readZip(inChunks(notZip, 100)))).rejects.toThrow(new Unreadable(ZIP_SENTENCES.notAZip));
    }
    await expect(collect(readZip(inChunks(new Uint8Array(0), 1)))).rejects.toThrow(new Unreadable(ZIP_SENTENCES.empty));
  });

  it('reads what comes before the break in a zip cut short, then says so', async () => {
    const whole = fixture('zip/takeout-streamed.zip');
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    const zip = readZip(inChunks(cut, 256));
    const first = (await zip.next()).value as ZipEntry;
    expect(first.name).toBe('Takeout/archive_browser.html');
    expect(text(await bytesOf(first.chunks))).toContain('Your Google data');
    const second = (await zip.next()).value as ZipEntry;
    expect(second.name).toBe(MBOX_NAME);
    await expect(bytesOf(second.chunks)).rejects.toThrow(ZIP_SENTENCES.cutShort);
  });

  it('says a zip is damaged when garbage stands where the next entry should be', async () => {
    const whole = fixture('zip/takeout-zip64.zip');
    const damaged = whole.slice();
    const second = text(whole).indexOf('PK\x03\x04', 4);
    damaged.set(ascii('XXXX'), second);
    await expect(collect(readZip(inChunks(damaged, 128)))).rejects.toThrow(ZIP_SENTENCES.damaged);
  });
});
