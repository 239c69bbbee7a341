// What a site's highlight.ts gives the highlighter: where the open messages' bodies are, and how to
// read who sent each, when, and its id. The same answers the capture adapters give (so "saved"
// matches what clipping saved), but without the adapters themselves, which pull in DOMPurify and
// Readability. Shared here: the reader's shape, the limits, and the small helpers readers use.
import { QUOTE_SELECTORS as Q } from '@/lib/sites/dom/quote';
import { parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { cleanText as clean } from '@/lib/sites/dom/query';
import type { SiteId } from '@/lib/sites';
import type { TextMapOptions } from '@/lib/highlight/content/text-map';

/** A webmail's reader is named after its site; the reader of any other page is 'page'. */
export type HighlightSiteId = SiteId | 'page';

/** What the analysis is told about a message besides its text. */
export interface MessageInfo {
  subject: string;
  /** "Mrs Anita Patel <a.patel@school.sch.uk>", or '' when unknown. */
  from: string;
  sentAt: string | null;
  messageId: string | null;
}

export interface Site {
  id: HighlightSiteId;
  /** The open messages' bodies, outermost only, in page order. */
  bodies(doc: Document): Element[];
  /** How to read a body's text (what to leave out, and how much at most). */
  text: TextMapOptions;
  info(body: Element, doc: Document, url: URL): MessageInfo;
  /**
   * A body whose text changed is read again no sooner than this after it was last read (a live
   * page keeps changing). None for webmail: there a body changes when the parent opens another
   * email (Gmail swaps the body in place), which must be marked at once.
   */
  recheckMs?: number;
}

/**
 * The most of a body's text read and sent: the background analyses no more than this
 * (MAX_ANALYSED_CHARS in lib/highlight/background/analyse-page-text.ts).
 */
export const MAX_TEXT_LENGTH = 100_000;
/** Bodies looked at on a page that is not a known webmail. */
export const MAX_PAGE_BODIES = 10;
/** A live page's body is read again at most this often. */
export const PAGE_RECHECK_MS = 3_000;

/** Quoted history and signatures: not what the sender wrote now, and not what capture analyses. */
export const WEBMAIL_TEXT: TextMapOptions = { skip: `${Q.quoteContainer}, ${Q.signature}`, stopAt: Q.quoteRest, cutPlainQuotes: true, maxLength: MAX_TEXT_LENGTH };

/** The elements not inside another of the list. */
export function outermost(list: Element[]): Element[] {
  return list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
}

/** "Name <address>", or whichever of the two is known. */
export function person(name: string, address: string): string {
  if (name && address && name.toLowerCase() !== address) return `${name} <${address}>`;
  return address || name;
}

/** When a message was sent, from the first of the attributes that parses, else the element's text. */
export function sentAtFrom(el: Element | null, ...attributes: string[]): string | null {
  if (!el) return null;
  for (const a of attributes) {
    const v = clean(el.getAttribute(a));
    const iso = v ? parseDisplayedDate(v) : null;
    if (iso) return iso;
  }
  const t = clean(el.textContent);
  return t ? parseDisplayedDate(t) : null;
}
