// What the scan remembers between reading the files and importing the parent's choice: one small
// entry per email (where it is, who sent it, when), and the letters given as their own files, read
// already (there are few, and reading them is how their date and letterhead are known).
import type { CapturedItem } from '@/lib/model/captured-item';
import type { ScanReport } from '@/lib/import/worker/protocol';

/** Where one email lives among the chosen files. */
export interface EmailPlace {
  /** Index of the chosen File. */
  file: number;
  /** The zip entry holding it, or null for a mailbox, .eml or .msg chosen directly. */
  entry: string | null;
  /** Its position in its mailbox (0 for a single .eml or .msg). */
  index: number;
  /** Byte range in the chosen File, for a mailbox or email chosen directly: re-read with File.slice. */
  start: number;
  end: number;
  /** How the email is held: one message of an mbox, a MIME email on its own (.eml), or an Outlook .msg. */
  format: 'mbox' | 'eml' | 'msg';
  /** What the parent will recognise it by ("takeout.zip › All mail.mbox"). */
  source: string;
}

export interface FoundEmail extends EmailPlace {
  /** Lower-cased sender address, '' when unreadable: the parent's choice is made by address. */
  address: string;
  sentAt: string | null;
  /**
   * The message's bytes, kept by the scan when its sender is ticked by default (within
   * limits.maxRetainedBytes), so the import need not read the file again; dropped once imported.
   */
  bytes?: Uint8Array;
}

export interface FoundLetterItem {
  key: string;
  item: CapturedItem;
}

export interface ScanResult {
  report: ScanReport;
  emails: FoundEmail[];
  letters: FoundLetterItem[];
}
