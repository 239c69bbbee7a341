import { describe, expect, it } from 'vitest';
import { entryName } from '@/lib/import/zip/zip-names';

describe('entryName: names inside a zip', () => {
  const utf8 = new TextEncoder().encode('Année 4/Réunion.txt');

  it('reads UTF-8 whether or not the zip flags it (macOS does not)', () => {
    expect(entryName(utf8, true, null)).toBe('Année 4/Réunion.txt');
    expect(entryName(utf8, false, null)).toBe('Année 4/Réunion.txt');
  });

  it('reads code page 437 (old Windows zips) when the bytes are not UTF-8', () => {
    // "Réunion £.txt" as DOS wrote it: é is 0x82, £ is 0x9C in CP437.
    expect(entryName(new Uint8Array([0x52, 0x82, 0x75, 0x6e, 0x69, 0x6f, 0x6e, 0x20, 0x9c, 0x2e, 0x74, 0x78, 0x74]), false, null)).toBe('Réunion £.txt');
  });

  it('prefers the Unicode Path extra field when there is one', () => {
    expect(entryName(new TextEncoder().encode('R_union.txt'), false, utf8)).toBe('Année 4/Réunion.txt');
  });
});
