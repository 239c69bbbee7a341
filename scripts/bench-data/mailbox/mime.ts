// MIME structure: boundaries, body parts and attachments, as byte strings and Buffers that the
// generator writes in order (a message is a list of them, never one joined string).

import type { Prng } from '../prng';
import type { Attachment } from './attachments';
import { base64Lines, CRLF, escapeFromLines, quotedPrintable } from './encode';

/** What a message is written as: byte strings (one char per byte) and ready-made Buffers. */
export type Bytes = string | Buffer;

/** A body with its type: a whole message's, or one part of a multipart. */
export interface Content {
  contentType: string;
  transferEncoding?: string;
  body: Bytes[];
}

export type BoundaryStyle = 'gmail' | 'outlook' | 'java';

export function boundary(style: BoundaryStyle, prng: Prng, ms: number): string {
  if (style === 'gmail') return `000000000000${prng.hex(12)}`;
  if (style === 'outlook') return `_000_${prng.hex(20).toUpperCase()}LO2P265MB${prng.int(1000, 9999)}GBRP_`;
  return `----=_Part_${prng.int(100000, 9999999)}_${prng.int(100000000, 999999999)}.${ms}`;
}

export const multipartType = (subtype: 'alternative' | 'mixed' | 'related', b: string) => `multipart/${subtype}; boundary="${b}"`;

/** The header lines of one body part, then a blank line. */
export function partHeader(b: string, lines: readonly string[]): string {
  return `--${b}${CRLF}${lines.join(CRLF)}${CRLF}${CRLF}`;
}

export const closing = (b: string) => `--${b}--${CRLF}`;

export type TextEncoding = 'quoted-printable' | 'base64' | '7bit' | '8bit';

/**
 * A text body (lines end in "\n") encoded for the wire, ending in CRLF. 7bit and 8bit bodies and
 * quoted-printable output get the mbox "From " escape; base64 never starts a line with "From ".
 */
export function encodeText(text: string, encoding: TextEncoding, charset: 'utf8' | 'latin1' = 'utf8'): string {
  if (encoding === 'base64') return base64Lines(Buffer.from(text.replace(/\n/g, CRLF), charset)) + CRLF;
  if (encoding === 'quoted-printable') return escapeFromLines(quotedPrintable(text, charset)) + CRLF;
  // 7bit / 8bit: written as the bytes of the charset, one char per byte.
  const bytes = charset === 'latin1' ? text : Buffer.from(text, 'utf8').toString('latin1');
  return escapeFromLines(bytes).replace(/\n/g, CRLF) + CRLF;
}

export function textPart(b: string, type: 'plain' | 'html', encoding: TextEncoding, body: Bytes[], charset = 'UTF-8'): Bytes[] {
  return [partHeader(b, [`Content-Type: text/${type}; charset="${charset}"`, `Content-Transfer-Encoding: ${encoding}`]), ...body];
}

export function attachmentPart(b: string, file: Attachment, name: string, prng: Prng, inline = false): Bytes[] {
  const id = `f_${prng.hex(10)}`;
  return [
    partHeader(b, [
      `Content-Type: ${file.contentType}; name="${name}"`,
      `Content-Disposition: ${inline ? 'inline' : 'attachment'}; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
      `Content-ID: <${id}>`,
      `X-Attachment-Id: ${id}`,
    ]),
    file.encoded,
  ];
}

/** Latin-1 cannot hold curly quotes or dashes: write them as an old desktop client would. */
export function toLatin1Text(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\u0000-\u00ff]/g, '?');  
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const byteLength = (parts: readonly Bytes[]) => parts.reduce((n, p) => n + p.length, 0);
