import { describe, expect, it } from 'vitest';
import { normaliseLineEnds } from '@/lib/import/text/line-ends';
import { decodeText, decodeUtf8OrWindows1252, decodeWindows1252, looksLikeText } from '@/lib/import/text/text-decode';

const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decodeWindows1252', () => {
  it('decodes every Windows-1252 byte the way browsers do (0x80-0x9F are not control characters)', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0xa3, 0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x85]))).toBe('“A” £5 € – …');
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });
});

describe('decodeUtf8OrWindows1252', () => {
  it('reads valid UTF-8 as UTF-8, and anything else as Windows-1252 (raw header bytes from older mail programs)', () => {
    expect(decodeUtf8OrWindows1252(new TextEncoder().encode('Subject: Café – “plan”'))).toBe('Subject: Café – “plan”');
    expect(decodeUtf8OrWindows1252(latin1Bytes('Subject: Caf\xe9 \x96 \x93plan\x94'))).toBe('Subject: Café – “plan”');
  });
});

describe('decodeText', () => {
  it('believes a declared charset, but checks a declared UTF-8', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9]); // "Café" in Latin-1
    expect(decodeText(bytes, 'iso-8859-1')).toBe('Café');
    expect(decodeText(bytes, 'utf-8')).toBe('Café');
    expect(decodeText(new TextEncoder().encode('Café'), 'utf-8')).toBe('Café');
    expect(decodeText(new TextEncoder().encode('Café'), 'no-such-charset')).toBe('Café');
  });

  it('makes every line end "\\n"', () => {
    expect(decodeText(new TextEncoder().encode('one\r\ntwo\rthree\n'))).toBe('one\ntwo\nthree\n');
  });
});

describe('looksLikeText', () => {
  it('is false for bytes with a NUL near the start, unless a byte-order mark says UTF-16', () => {
    expect(looksLikeText(new TextEncoder().encode('Dear Mrs Khan,'))).toBe(true);
    expect(looksLikeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe(false);
    expect(looksLikeText(new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0x65, 0x00]))).toBe(true);
  });
});

describe('normaliseLineEnds', () => {
  it('turns Windows and old Mac line ends into "\\n" and leaves the rest', () => {
    expect(normaliseLineEnds('a\r\nb\rc\nd\r\n\r\ne')).toBe('a\nb\nc\nd\n\ne');
  });
});
