// Letters pasted into a text file (.txt) or saved as a web page (.html). A text file has no title
// or date of its own beyond its name; a web page may have a <title>.
import type { DocumentText } from '@/lib/import/types';
import { Unreadable } from '@/lib/import/unreadable';
import { DOCUMENT_SENTENCES } from '@/lib/import/documents/document-sentences';
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import { ukWallTimeIso } from '@/lib/import/letter/uk-local-time';
import { htmlPageText } from '@/lib/import/text/html-to-text';
import { decodeText, decodeWindows1252, looksLikeText } from '@/lib/import/text/text-decode';

/** A page's own charset is named in its first kilobyte (<meta charset="…">), if anywhere. */
const META_WINDOW = 1024;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** When the page says it was written (LibreOffice and Word write <meta name="created" content="2026-03-12T10:15:00">). */
const META_CREATED = /<meta\b[^>]*\bname\s*=\s*["']?(?:created|dcterms\.created|date)["']?[^>]*\bcontent\s*=\s*["']([^"']+)["']/i;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Trailing spaces gone, at most one blank line in a row, none at the ends. */
function tidyText(text: string): string {
  return text
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function nonEmpty(text: string): string {
  if (text === '') throw new Unreadable(FILE_SENTENCES.empty);
  return text;
}

/** The bytes as text; throws Unreadable when they are not text (a picture or a program renamed .txt). */
function textOf(bytes: Uint8Array, declared?: string | null): string {
  if (!looksLikeText(bytes)) throw new Unreadable(DOCUMENT_SENTENCES.notText);
  return decodeText(bytes, declared);
}

/** A .txt file: UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252. */
export function readTextFile(bytes: Uint8Array): DocumentText {
  return { text: nonEmpty(tidyText(textOf(bytes))), title: null, created: null };
}

/** The page's creation time: a zone-less one is UK wall-clock time; anything else is not read. */
function createdOf(html: string): string | null {
  const value = META_CREATED.exec(html)?.[1]?.trim() ?? '';
  const m = LOCAL_DATE_TIME.exec(value.replace(/\.\d+$/, ''));
  if (!m) return null;
  return ukWallTimeIso(m[1]!, Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0));
}

/** A .html file as plain text with paragraph breaks, in the charset it declares (else UTF-8, else Windows-1252). */
export function readHtmlFile(bytes: Uint8Array): DocumentText {
  const head = decodeWindows1252(bytes.subarray(0, META_WINDOW));
  const declared = META_CHARSET.exec(head)?.[1] ?? null;
  const html = textOf(bytes, declared);
  const { text, title } = htmlPageText(html);
  return { text: nonEmpty(text), title, created: createdOf(html) };
}
