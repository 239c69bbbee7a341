// Which reader a letter, report or plan goes to, by its name's extension and else its MIME type
// (an email attachment may be called "letter" with "application/pdf" beside it). Data, once: the
// file kinds (files/file-kinds.ts) take their endings for these four from here.
import { extensionOf } from '@/lib/import/files/file-name';
import type { AttachedDocument } from '@/lib/import/types';

export type DocumentKind = AttachedDocument['kind'];

/** Each kind's extensions (one dot each, lower-case, the usual one first) and MIME types. */
export const DOCUMENT_KINDS: Readonly<Record<DocumentKind, { readonly endings: readonly string[]; readonly mimeTypes: readonly string[] }>> = {
  pdf: { endings: ['.pdf'], mimeTypes: ['application/pdf', 'application/x-pdf'] },
  docx: { endings: ['.docx'], mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  txt: { endings: ['.txt', '.text'], mimeTypes: ['text/plain'] },
  html: { endings: ['.html', '.htm', '.xhtml'], mimeTypes: ['text/html', 'application/xhtml+xml'] },
};

const ENTRIES = Object.entries(DOCUMENT_KINDS) as [DocumentKind, (typeof DOCUMENT_KINDS)[DocumentKind]][];

/**
 * The kind of document a file is, or null when it is none On Record reads as a letter. A name with
 * an extension decides alone ("photo.jpg" sent as application/pdf is a picture; "Old.doc" is not
 * read: mammoth reads .docx only); the MIME type speaks only for a name without one.
 */
export function documentKindOf(name: string | null | undefined, mime?: string | null): DocumentKind | null {
  const extension = extensionOf(name ?? '');
  if (extension !== '') return ENTRIES.find(([, { endings }]) => endings.includes(extension))?.[0] ?? null;
  const type = mime?.split(';')[0]?.trim().toLowerCase();
  if (!type) return null;
  return ENTRIES.find(([, { mimeTypes }]) => mimeTypes.includes(type))?.[0] ?? null;
}

/** A file name for a document that came without one (an attachment with only a MIME type): "attachment.pdf". */
export function fallbackDocumentName(kind: DocumentKind): string {
  return `attachment${DOCUMENT_KINDS[kind].endings[0]}`;
}
