// A zip's local file header (APPNOTE.TXT §4.3.7), the record in front of each entry's data, which
// is all a streaming reader sees: the central directory comes at the very end of the file.
import { entryName } from '@/lib/import/zip/zip-names';

export const SIGNATURE = {
  localFile: 0x04034b50,
  dataDescriptor: 0x08074b50,
  centralFile: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  zip64EndOfCentralDirectory: 0x06064b50,
  zip64EndLocator: 0x07064b50,
  /** "PK00": the marker some tools write before a single-part "spanned" archive. */
  spannedMarker: 0x30304b50,
} as const;

export const LOCAL_HEADER_BYTES = 30;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const SIZE_IN_ZIP64 = 0xffffffff;

export const METHOD = { stored: 0, deflated: 8 } as const;

export interface LocalHeader {
  name: string;
  method: number;
  encrypted: boolean;
  /** The sizes follow the data (bit 3): the data's end is found by its data descriptor. */
  hasDataDescriptor: boolean;
  /** The entry has a Zip64 extra field, so its data descriptor holds 8-byte sizes. */
  zip64: boolean;
  /** Sizes from the header; meaningless when hasDataDescriptor. */
  compressedSize: number;
  size: number;
  /** Bytes of header, name and extra field, before the data. */
  headerLength: number;
}

export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** A little-endian 8-byte size as a number (exact up to 2^53, far beyond any file a browser reads). */
export function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

/** The name and extra field's length, from the fixed part of a local header (which must be in hand). */
export function variableLength(fixed: Uint8Array): number {
  return u16(fixed, 26) + u16(fixed, 28);
}

/** Parses a local header: `bytes` holds its fixed part, name and extra field. */
export function parseLocalHeader(bytes: Uint8Array): LocalHeader {
  const flags = u16(bytes, 6);
  const nameLength = u16(bytes, 26);
  const extraLength = u16(bytes, 28);
  const rawName = bytes.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + nameLength);
  const extra = bytes.subarray(LOCAL_HEADER_BYTES + nameLength, LOCAL_HEADER_BYTES + nameLength + extraLength);
  let compressedSize = u32(bytes, 18);
  let size = u32(bytes, 22);
  let zip64 = false;
  let unicodePath: Uint8Array | null = null;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    const data = extra.subarray(at + 4, at + 4 + length);
    if (id === EXTRA_ZIP64) {
      zip64 = true;
      // Only the sizes the fixed header could not hold are here, original size first (§4.5.3).
      let field = 0;
      if (size === SIZE_IN_ZIP64 && field + 8 <= data.length) {
        size = u64(data, field);
        field += 8;
      }
      if (compressedSize === SIZE_IN_ZIP64 && field + 8 <= data.length) compressedSize = u64(data, field);
    } else if (id === EXTRA_UNICODE_PATH && data.length > 5 && data[0] === 1) {
      unicodePath = data.subarray(5);
    }
    at += 4 + length;
  }
  return {
    name: entryName(rawName, (flags & FLAG_UTF8) !== 0, unicodePath),
    method: u16(bytes, 8),
    encrypted: (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0,
    hasDataDescriptor: (flags & FLAG_DATA_DESCRIPTOR) !== 0,
    zip64,
    compressedSize,
    size,
    headerLength: LOCAL_HEADER_BYTES + nameLength + extraLength,
  };
}
