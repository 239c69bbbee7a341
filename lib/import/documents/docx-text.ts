// A Word (.docx) letter, report or plan as text, through mammoth: each paragraph on its own, a blank
// line between paragraphs, a line break inside one kept. mammoth's HTML, not its raw text: the raw
// text drops line breaks ("review.Her school") and runs table cells together ("Date:12/03/2026").
// mammoth skips headers and footers, where a school's letterhead often sits: those come from
// docx-page-furniture.ts. An old .doc (or a password-protected .docx, which Word stores in the
// same old container) and a damaged file get their own sentence.
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import type { DocumentText } from '@/lib/import/types';
import { Unreadable } from '@/lib/import/unreadable';
import { DOCUMENT_SENTENCES } from '@/lib/import/documents/document-sentences';
import { docxPageFurniture } from '@/lib/import/documents/docx-page-furniture';
import { docxProperties } from '@/lib/import/documents/docx-properties';
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import { hasBytesAt, includesBytes, MAGIC } from '@/lib/import/files/magic-numbers';
import { htmlToText } from '@/lib/import/text/html-to-text';
import { outgrowsZipRatio } from '@/lib/import/zip/entry-data';

/** The stream an encrypted .docx keeps its package in, as its UTF-16 name appears in the OLE directory. */
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

/**
 * Whether the zip's own directory says it unpacks past the import's zip-bomb caps (the same rule as
 * for a .zip): read from the directory alone, nothing is inflated.
 */
function unpacksTooLarge(bytes: Uint8Array, limits: ImportLimits): boolean {
  let expanded = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        expanded += file.originalSize;
        return false;
      },
    });
  } catch {
    return false; // a damaged directory is mammoth's to report
  }
  return outgrowsZipRatio(expanded, bytes.length, limits);
}

/** Pictures are left out unread: an empty <img> costs nothing, where mammoth's default inlines each one as base64. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** The text of a .docx, its title and its creation time; throws Unreadable with the parent's sentence. */
export async function readDocx(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<DocumentText> {
  if (bytes.length === 0) throw new Unreadable(FILE_SENTENCES.empty);
  if (hasBytesAt(bytes, MAGIC.ole)) {
    throw new Unreadable(includesBytes(bytes, ENCRYPTED_PACKAGE) ? DOCUMENT_SENTENCES.wordPassword : DOCUMENT_SENTENCES.oldWord);
  }
  if (!hasBytesAt(bytes, MAGIC.zip)) throw new Unreadable(DOCUMENT_SENTENCES.wordDamaged);
  if (unpacksTooLarge(bytes, limits)) throw new Unreadable(DOCUMENT_SENTENCES.wordTooLarge);
  // A copy, whole and unshared: JSZip keeps a view on what it is given.
  const copy = bytes.slice();
  // mammoth's Node entry reads `buffer`, its browser entry (its package.json "browser" field, which
  // Vite follows) reads `arrayBuffer`; JSZip underneath takes either.
  const input = { arrayBuffer: copy.buffer, buffer: copy } as unknown as { arrayBuffer: ArrayBuffer };
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input, { convertImage: SKIP_IMAGES, externalFileAccess: false })).value;
  } catch {
    throw new Unreadable(DOCUMENT_SENTENCES.wordDamaged);
  }
  // The first page's header (often the letterhead) above the body and its footer below, as printed.
  const { header, footer } = docxPageFurniture(bytes);
  const text = [header, htmlToText(html), footer].filter((part) => part !== '').join('\n\n');
  if (!/\p{L}/u.test(text)) throw new Unreadable(DOCUMENT_SENTENCES.wordNoText);
  return { text, ...docxProperties(bytes) };
}
