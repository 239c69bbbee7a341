// The shapes the import passes between its readers, its worker and the import page. The readers
// (mbox, zip, mail, documents, letter) are pure and run in the import worker and in Node; the page
// sees only these small summaries, never a message's bytes.
import type { CapturedItem, Person } from '@/lib/model/captured-item';

/** The kinds of file the import reads, decided by extension and checked against the first bytes. */
export type ImportFileKind = 'mbox' | 'zip' | 'eml' | 'msg' | 'pdf' | 'docx' | 'txt' | 'html';

/** A document read from a file or an email attachment: its text with line breaks kept. */
export interface DocumentText {
  text: string;
  /** The document's own title (PDF metadata, Word core properties), when it has one. */
  title: string | null;
  /** When the document says it was written (PDF CreationDate, Word dcterms:created), ISO 8601. */
  created: string | null;
}

/** A PDF, Word or text file attached to an email, waiting to be read as a letter. */
export interface AttachedDocument {
  name: string;
  kind: Extract<ImportFileKind, 'pdf' | 'docx' | 'txt' | 'html'>;
  bytes: Uint8Array;
}

/** One email read whole: what is saved (kind 'email', adapter 'import') and the documents it carried. */
export interface ReadMessage {
  item: CapturedItem;
  documents: AttachedDocument[];
}

/** What the scan keeps of one email: enough to group senders and filter by date, no body. */
export interface MessageHeaders {
  from: Person | null;
  /** ISO 8601 with the offset the Date header was written with; null when missing or unreadable. */
  sentAt: string | null;
  /** The RFC 5322 Message-ID without angle brackets, or null. */
  messageId: string | null;
  subject: string;
}
