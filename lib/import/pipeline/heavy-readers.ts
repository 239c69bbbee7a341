// The readers that bring big libraries (pdf.js and mammoth for letters, msgreader for Outlook
// files), loaded the first time such a file comes. A worker that reads only a mailbox starts with
// none of them: a fraction of the code to parse before the first email is read.
import type { DocumentText, ReadMessage } from '@/lib/import/types';
import type { ImportLimits } from '@/lib/import/limits';
import type { DocumentKind } from '@/lib/import/documents/read-document';

export async function readDocument(kind: DocumentKind, bytes: Uint8Array, limits?: ImportLimits): Promise<DocumentText> {
  const documents = await import('@/lib/import/documents/read-document');
  return documents.readDocument(kind, bytes, limits);
}

export async function readMsg(bytes: Uint8Array, options: { file: string; limits?: ImportLimits }): Promise<ReadMessage> {
  const msg = await import('@/lib/import/mail/read-msg');
  return msg.readMsg(bytes, options);
}

/**
 * Starts loading the letter readers while the parent is still choosing what to import: most school
 * mail carries a PDF or Word letter somewhere, and the import should not wait on pdf.js then.
 */
export function preloadLetterReaders(): void {
  void import('@/lib/import/documents/read-document').catch(() => {
    // Loaded again, with its error reported, when a letter comes.
  });
}
