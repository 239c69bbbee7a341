// What a capture adapter reads off a page. This crosses the boundary from the injected capture
// script to the background service worker, so it holds only structured-cloneable data.
import { SITE_IDS, type SiteId } from '@/lib/sites';

export type CaptureKind = 'email' | 'page' | 'selection';

/** What read a saved item: one of the SITES, or the parent's selection on any of them. */
export type AdapterId = SiteId | 'selection';

/** Every AdapterId, in SITES order then 'selection' (the backup schema's enum). */
export const ADAPTER_IDS: readonly AdapterId[] = [...SITE_IDS, 'selection'];

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
