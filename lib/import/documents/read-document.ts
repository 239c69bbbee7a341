// One entry for every letter, report or plan: a PDF, a Word file, a text file or a web page, read
// on its own or as an email's attachment. Each reader throws Unreadable with the parent's sentence.
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import type { DocumentText } from '@/lib/import/types';
import { Unreadable } from '@/lib/import/unreadable';
import { DOCUMENT_SENTENCES } from '@/lib/import/documents/document-sentences';
import type { DocumentKind } from '@/lib/import/documents/document-kinds';
import { sizeText } from '@/lib/import/files/file-size';
import { readDocx } from '@/lib/import/documents/docx-text';
import { readPdf } from '@/lib/import/documents/pdf-text';
import { readHtmlFile, readTextFile } from '@/lib/import/documents/text-file';

export { documentKindOf, type DocumentKind } from '@/lib/import/documents/document-kinds';

/** The text of a document of this kind, with its title and creation date when it states them. */
export async function readDocument(kind: DocumentKind, bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<DocumentText> {
  if (bytes.length > limits.maxDocumentBytes) {
    throw new Unreadable(DOCUMENT_SENTENCES.tooLarge(sizeText(limits.maxDocumentBytes)));
  }
  switch (kind) {
    case 'pdf':
      return readPdf(bytes, limits);
    case 'docx':
      return readDocx(bytes, limits);
    case 'txt':
      return readTextFile(bytes);
    case 'html':
      return readHtmlFile(bytes);
  }
}
