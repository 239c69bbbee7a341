// Bytes to a string, for a text or web-page file and for an email's raw headers: a byte-order mark
// decides first, then a charset the file declares, then UTF-8 when the bytes are valid UTF-8, else
// Windows-1252 (what Notepad, Word and older mail programs wrote in England for years: "£" and
// curly quotes as single bytes).
import { normaliseLineEnds } from '@/lib/import/text/line-ends';

/**
 * Windows-1252's bytes 0x80-0x9F (the rest is Latin-1). Written out because Node 20's TextDecoder
 * reads 'windows-1252' as Latin-1 and would turn curly quotes into control characters. Bytes the
 * code page leaves undefined keep their Latin-1 value, as the WHATWG Encoding standard does.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes read for the "is this text at all?" check. */
const SNIFF_BYTES = 4096;

const windows1252Code = (byte: number): number => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);

/** The character a Windows-1252 byte stands for (HTML reads "&#147;" this way too: a curly quote). */
export function windows1252Char(byte: number): string {
  return String.fromCharCode(windows1252Code(byte));
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    out += String.fromCharCode(...Array.from(bytes.subarray(start, start + CHUNK), windows1252Code));
  }
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (every byte decodes, so it never throws). */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

function byteOrderMark(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A decoder for a declared charset, or null when the label is unknown ("windows-1252" is handled here, not by TextDecoder). */
function declaredDecoder(label: string): ((bytes: Uint8Array) => string) | null {
  const name = label.trim().toLowerCase();
  // UTF-8 is what most pages claim, not always what they are: the default path checks it.
  if (name === 'utf-8' || name === 'utf8') return null;
  if (['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(name)) return decodeWindows1252;
  try {
    const decoder = new TextDecoder(name);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * False when the bytes are not text at all (a picture or a program renamed .txt): text has no NUL
 * byte near its start, unless it is UTF-16 and says so with a byte-order mark.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  return byteOrderMark(bytes) !== null || !bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** The text of a file's bytes, line ends "\n". `declared` is a charset the file names for itself (an HTML meta tag). */
export function decodeText(bytes: Uint8Array, declared?: string | null): string {
  const bom = byteOrderMark(bytes);
  if (bom) return normaliseLineEnds(new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)));
  const fromDeclared = declared ? declaredDecoder(declared) : null;
  return normaliseLineEnds(fromDeclared ? fromDeclared(bytes) : decodeUtf8OrWindows1252(bytes));
}
