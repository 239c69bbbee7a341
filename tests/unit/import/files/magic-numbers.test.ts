import { describe, expect, it } from 'vitest';
import { hasBytesAt, includesBytes, MAGIC } from '@/lib/import/files/magic-numbers';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('hasBytesAt', () => {
  it('finds the magic number at the start, or where it is told, and never past the end', () => {
    expect(hasBytesAt(bytes('%PDF-1.7'), MAGIC.pdf)).toBe(true);
    expect(hasBytesAt(bytes('>From me'), MAGIC.mboxFrom, 1)).toBe(true);
    expect(hasBytesAt(bytes('>From me'), MAGIC.mboxFrom)).toBe(false);
    expect(hasBytesAt(bytes('%PDF'), MAGIC.pdf)).toBe(false);
    expect(hasBytesAt(bytes('PK\x03\x04'), MAGIC.zip, -1)).toBe(false);
  });
});

describe('includesBytes', () => {
  it('finds a run of bytes anywhere, after near-misses', () => {
    expect(includesBytes(bytes('junk %PD %PDF-1.4'), MAGIC.pdf)).toBe(true);
    expect(includesBytes(bytes('junk %PDF'), MAGIC.pdf)).toBe(false);
    expect(includesBytes(new Uint8Array(), MAGIC.zip)).toBe(false);
  });
});
