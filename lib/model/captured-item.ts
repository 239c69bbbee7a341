// What a capture adapter reads off a page. This crosses the boundary from the injected capture
// script to the background service worker, so it holds only structured-cloneable data.
import { SITE_IDS, type SiteId } from '@/lib/sites';

/**
 * What a saved item is, with the word the record shows for it. Data, once: the backup schema, the
 * capture guard and every label read this table.
 */
export const CAPTURE_KINDS = {
  email: 'Email',
  page: 'Page',
  selection: 'Passage',
  /** A letter, report or plan read from a PDF, Word or text file (imported, or attached to an imported email). */
  letter: 'Letter',
} as const;

export type CaptureKind = keyof typeof CAPTURE_KINDS;

/** Every CaptureKind, in table order (the backup schema's enum). */
export const CAPTURE_KIND_IDS = Object.keys(CAPTURE_KINDS) as [CaptureKind, ...CaptureKind[]];

/** What read a saved item: one of the SITES, the parent's selection on any of them, or an import of files. */
export type AdapterId = SiteId | 'selection' | 'import';

/** Every AdapterId, in SITES order then 'selection' and 'import' (the backup schema's enum). */
export const ADAPTER_IDS: readonly AdapterId[] = [...SITE_IDS, 'selection', 'import'];

export interface Person {
  /** Display name as shown on the page, e.g. "Mrs Anita Patel"; empty when the page shows none. */
  name: string;
  /** Email address, lower-cased; empty when the page shows none. */
  address: string;
}

export interface CapturedItem {
  kind: CaptureKind;
  adapter: AdapterId;
  url: string;
  /**
   * When the message was sent (or the page says it was published), as ISO 8601 with the
   * browser's UTC offset at that instant, e.g. "2026-05-13T23:02:00+01:00". Null when unknown.
   */
  sentAt: string | null;
  /** Exactly as the page showed it, kept for the evidence record. */
  sentAtText: string | null;
  from: Person | null;
  to: Person[];
  cc: Person[];
  /** Subject of the email, or title of the page. */
  subject: string;
  /** The new text of the message: no quoted history, no signature. What analysis reads. */
  text: string;
  /** Earlier messages quoted in a reply; kept as evidence, never analysed. */
  quotedText: string;
  /** The sender's signature block; kept, never analysed. */
  signature: string;
  /** The message as it looked, sanitised by DOMPurify (no scripts, no remote loads). */
  html: string;
  /** The webmail's own id for the message (Gmail's data-legacy-message-id, etc.), when it has one. */
  messageId: string | null;
  /** Names of attachments the page lists; the files themselves are not saved. */
  attachments: string[];
  /**
   * Imports only: the file it came from, as the parent would recognise it
   * ("takeout.zip › All mail Including Spam and Trash.mbox", "EHCP draft.pdf").
   */
  file?: string;
}

/** What the injected capture script hands back to the background. */
export type CaptureResult =
  | { ok: true; items: CapturedItem[] }
  | { ok: false; error: string };

/** One site adapter: recognises its pages and reads every open message off them. */
export interface SiteAdapter {
  id: AdapterId;
  /** True when this adapter knows the page at this URL with this document. */
  matches(url: URL, doc: Document): boolean;
  /** Every open (expanded) message, in page order. Never throws for a page it matched. */
  capture(doc: Document, url: URL): CapturedItem[];
}
