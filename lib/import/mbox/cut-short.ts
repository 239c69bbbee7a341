// Whether the last message of a mailbox was cut off by the end of the file (a download or copy that
// stopped part-way). A message is cut short when its headers never end (no blank line), or when it
// is multipart and its closing boundary ("--boundary--") never comes. A single-part message cut
// inside its body cannot be told from a whole one and is offered as it is.
import { findHeaderBlock, pickHeaders } from '@/lib/import/mail/header-block';
import { decodeUtf8OrWindows1252 } from '@/lib/import/text/text-decode';

const CONTENT_TYPE: ReadonlySet<string> = new Set(['content-type']);
const BOUNDARY = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;"]+))/i;

/** What a message's headers say about where it must end. */
export interface MessageShape {
  /** False when the header block never ended. */
  headersComplete: boolean;
  /** The closing delimiter of a top-level multipart ("--b1--"), as bytes; null for a single part. */
  closing: Uint8Array | null;
}

/** Reads the shape of a message from its first bytes (its header block). */
export function messageShape(head: Uint8Array): MessageShape {
  const block = findHeaderBlock(head, head.length);
  if (!block.complete) return { headersComplete: false, closing: null };
  const contentType = pickHeaders(decodeUtf8OrWindows1252(head.subarray(0, block.end)), CONTENT_TYPE).get('content-type') ?? '';
  if (!/^\s*multipart\//i.test(contentType)) return { headersComplete: true, closing: null };
  const match = BOUNDARY.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return { headersComplete: true, closing: boundary ? new TextEncoder().encode(`--${boundary.trim()}--`) : null };
}

/** True when `needle` occurs in `haystack`; searched from the end, where a closing boundary sits. */
export function endsWithin(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  if (haystack.length < needle.length) return false;
  for (let at = haystack.lastIndexOf(first, haystack.length - needle.length); at !== -1; at = at === 0 ? -1 : haystack.lastIndexOf(first, at - 1)) {
    let i = 1;
    while (i < needle.length && haystack[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/** True when a whole message (without its separator line) was cut short by the end of the file. */
export function isCutShort(message: Uint8Array): boolean {
  if (message.length === 0) return true;
  const shape = messageShape(message);
  if (!shape.headersComplete) return true;
  return shape.closing !== null && !endsWithin(message, shape.closing);
}
