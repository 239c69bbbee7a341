// The import page and the import worker talk only in these messages. The page sends File objects
// (structured-cloned, never read on the page) and the parent's choices; the worker sends back
// small summaries and counts. Typed at both ends: each side switches on `type` exhaustively.

/** One address the scan found mail from. */
export interface SenderSummary {
  /** Lower-cased address; the key the parent's choice is made with. */
  address: string;
  /** The display name used most often with this address, or ''. */
  name: string;
  count: number;
  /** ISO 8601 of the earliest and latest email from this address with a readable date, or null. */
  first: string | null;
  last: string | null;
  /**
   * Why On Record ticked this address already ("Amelia’s school", "a school address (.sch.uk)",
   * "ParentMail, a school messaging service"), or null when it stays unticked until the parent
   * ticks it. Per address: a child's school may be one address at a public webmail domain.
   */
  ticked: string | null;
}

/** Every address at one domain, with why it is ticked (or null when it is not). */
export interface SenderGroup {
  /** "stmarys.sch.uk"; '(no address)' collects emails with no readable sender. */
  domain: string;
  addresses: SenderSummary[];
  count: number;
  first: string | null;
  last: string | null;
  /** The reason any of its addresses is ticked (listed first), or null when none is. */
  ticked: string | null;
}

/** A letter, report or plan given as its own file (not attached to an email). */
export interface FoundLetter {
  /** Stable within one import: which file (and zip entry) it is. */
  key: string;
  file: string;
  /** Its subject as it will be saved (the document title, or the file name). */
  title: string;
  /** The date read off the letter, ISO 8601, or null. */
  sentAt: string | null;
  /** Who wrote it (the letterhead), or ''. */
  from: string;
  /**
   * Ticked before the parent looks: a letter chosen as a file on its own is; one found inside a zip
   * is not (a whole Takeout export holds Drive files that are not about school).
   */
  ticked: boolean;
}

/** A file, or one thing inside it, that could not be read, and the plain sentence why. */
export interface UnreadableFile {
  file: string;
  reason: string;
}

export interface ScanReport {
  /** Files the parent chose. */
  files: number;
  /** Emails found in them (mbox, zip, eml, msg), before any choice. */
  emails: number;
  senders: SenderGroup[];
  letters: FoundLetter[];
  unreadable: UnreadableFile[];
  /** ISO 8601 of the earliest and latest email found, for the date range's defaults; null when none has a date. */
  earliest: string | null;
  latest: string | null;
}

/** What the parent chose to bring in. */
export interface ImportChoice {
  /** Ticked sender addresses (SenderSummary.address). */
  senders: string[];
  /** Ticked letters (FoundLetter.key). */
  letters: string[];
  /** Only emails sent on or after / on or before these days (YYYY-MM-DD), when set. */
  fromDay: string | null;
  toDay: string | null;
}

export interface ScanProgress {
  bytesRead: number;
  bytesTotal: number;
  emails: number;
}

export interface ImportProgress {
  /** Emails and letters dealt with so far, of `total`. */
  done: number;
  total: number;
  saved: number;
  alreadySaved: number;
  skipped: number;
  unreadable: number;
}

export interface ImportSummary extends ImportProgress {
  /** True when the parent pressed Cancel: what was saved before is kept whole. */
  cancelled: boolean;
  /** One line per email or file that could not be read, with the reason. */
  problems: UnreadableFile[];
  /** Letters saved from attachments of imported emails (counted in `saved` too). */
  attachmentsSaved: number;
  /** Of `saved`, those filed under a child; the rest wait for the parent to say whose they are. */
  filed: number;
  seconds: number;
}

export type ToImportWorker =
  | { type: 'scan'; files: File[] }
  | { type: 'import'; choice: ImportChoice }
  | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'scan-progress'; progress: ScanProgress }
  | { type: 'scanned'; report: ScanReport }
  | { type: 'import-progress'; progress: ImportProgress }
  | { type: 'imported'; summary: ImportSummary }
  /** A step stopped part-way: the sentence says why, and, during an import, what was saved before. */
  | { type: 'failed'; error: string };
