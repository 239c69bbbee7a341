// The files an import reads, by name ending. Data, once: the file input's accept list, the reader
// each file goes to and the sentence for a file On Record cannot read all come from here. The
// endings of the four document kinds are the documents' own (documents/document-kinds.ts).
import { DOCUMENT_KINDS } from '@/lib/import/documents/document-kinds';
import { DOCUMENT_SENTENCES } from '@/lib/import/documents/document-sentences';
import { baseName } from '@/lib/import/files/file-name';
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import { hasBytesAt, MAGIC } from '@/lib/import/files/magic-numbers';
import type { ImportFileKind } from '@/lib/import/types';

export const FILE_KINDS: Readonly<Record<ImportFileKind, { readonly endings: readonly string[]; readonly label: string }>> = {
  // First: ".mbox.txt" must not be taken for a text file.
  mbox: { endings: ['.mbox', '.mbx', '.mbox.txt'], label: 'a mailbox (mbox)' },
  zip: { endings: ['.zip'], label: 'a zip file (such as a Google Takeout export)' },
  eml: { endings: ['.eml'], label: 'an email (.eml)' },
  msg: { endings: ['.msg'], label: 'an Outlook email (.msg)' },
  pdf: { endings: DOCUMENT_KINDS.pdf.endings, label: 'a PDF' },
  docx: { endings: DOCUMENT_KINDS.docx.endings, label: 'a Word document (.docx)' },
  txt: { endings: DOCUMENT_KINDS.txt.endings, label: 'a text file' },
  html: { endings: DOCUMENT_KINDS.html.endings, label: 'a web page (.html)' },
};

/** Endings the file input offers (its `accept`). */
export const ACCEPTED_ENDINGS: readonly string[] = Object.values(FILE_KINDS).flatMap((k) => k.endings);

/** Old formats parents will have, each with what to do instead. */
const KNOWN_UNREADABLE: ReadonlyArray<{ endings: readonly string[]; reason: string }> = [
  { endings: ['.doc'], reason: DOCUMENT_SENTENCES.oldWord },
  { endings: ['.pst', '.ost'], reason: FILE_SENTENCES.outlookDataFile },
  { endings: ['.rar', '.7z', '.tar', '.gz'], reason: FILE_SENTENCES.otherArchive },
  { endings: ['.jpg', '.jpeg', '.png', '.heic', '.gif', '.tif', '.tiff'], reason: FILE_SENTENCES.picture },
];

/**
 * The kind a file's name says, else what its first bytes say (Apple Mail's export holds a file
 * called just "mbox"; a Takeout mailbox may lose its ending when downloaded), else null.
 */
export function fileKindOf(name: string, head?: Uint8Array): ImportFileKind | null {
  const base = baseName(name).toLowerCase();
  for (const [kind, { endings }] of Object.entries(FILE_KINDS) as [ImportFileKind, (typeof FILE_KINDS)[ImportFileKind]][]) {
    if (endings.some((e) => base.endsWith(e))) return kind;
  }
  if (base === 'mbox') return 'mbox';
  return head ? kindFromBytes(head) : null;
}

/** Magic numbers: PK zip (a .docx is a zip too, but only a named one is read as Word), %PDF, OLE (.msg), "From " (mbox). */
export function kindFromBytes(head: Uint8Array): ImportFileKind | null {
  if (hasBytesAt(head, MAGIC.zip)) return 'zip';
  if (hasBytesAt(head, MAGIC.pdf)) return 'pdf';
  if (hasBytesAt(head, MAGIC.ole)) return 'msg';
  if (hasBytesAt(head, MAGIC.mboxFrom)) return 'mbox';
  return null;
}

/** The sentence for a file On Record will not read, by its name. */
export function unknownFileReason(name: string): string {
  const base = baseName(name).toLowerCase();
  const known = KNOWN_UNREADABLE.find((k) => k.endings.some((e) => base.endsWith(e)));
  return known ? known.reason : FILE_SENTENCES.unknownKind;
}
