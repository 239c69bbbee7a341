// Where each webmail keeps the open messages' bodies, and how to read who sent each, when, and its
// id: the same answers the capture adapters give (so "saved" matches what clipping saved), but
// without the adapters themselves, which pull in DOMPurify. Gmail's selectors are shared data;
// Outlook's and Yahoo's live inside their adapters, so the few needed are copied here (keep them in
// step with lib/sites/outlook/capture.ts and yahoo.ts).
import { GMAIL_SELECTORS as G } from '@/lib/sites/gmail/selectors';
import { OUTLOOK_HOSTS, OUTLOOK_SELECTORS as OUTLOOK } from '@/lib/sites/outlook/selectors';
import { YAHOO_HOSTS, YAHOO_SELECTORS as YAHOO } from '@/lib/sites/yahoo/selectors';
import { QUOTE_SELECTORS as Q } from '@/lib/sites/dom/quote';
import { parsePerson, personFromElement } from '@/lib/sites/dom/people';
import { parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';
import type { TextMapOptions } from '@/lib/highlight/content/text-map';

export type SiteId = 'gmail' | 'outlook' | 'yahoo' | 'page';

/** What the analysis is told about a message besides its text. */
export interface MessageInfo {
  subject: string;
  /** "Mrs Anita Patel <a.patel@school.sch.uk>", or '' when unknown. */
  from: string;
  sentAt: string | null;
  messageId: string | null;
}

export interface Site {
  id: SiteId;
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
const WEBMAIL_TEXT: TextMapOptions = { skip: `${Q.quoteContainer}, ${Q.signature}`, stopAt: Q.quoteRest, cutPlainQuotes: true, maxLength: MAX_TEXT_LENGTH };

function outermost(list: Element[]): Element[] {
  return list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
}

function person(name: string, address: string): string {
  if (name && address && name.toLowerCase() !== address) return `${name} <${address}>`;
  return address || name;
}

function sentAtFrom(el: Element | null, ...attributes: string[]): string | null {
  if (!el) return null;
  for (const a of attributes) {
    const v = clean(el.getAttribute(a));
    const iso = v ? parseDisplayedDate(v) : null;
    if (iso) return iso;
  }
  const t = clean(el.textContent);
  return t ? parseDisplayedDate(t) : null;
}

// Gmail -------------------------------------------------------------------------------------------

function gmailMessages(doc: Document): Element[] {
  const main = first(doc, G.main) ?? doc.body;
  if (!main) return [];
  const found: Element[] = [];
  for (const sel of G.message) found.push(...Array.from(main.querySelectorAll(sel)));
  return outermost(Array.from(new Set(found)));
}

const gmail: Site = {
  id: 'gmail',
  bodies(doc) {
    const out: Element[] = [];
    for (const msg of gmailMessages(doc)) {
      const body = first(msg, G.body);
      if (body) out.push(body);
    }
    return out.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  },
  text: { ...WEBMAIL_TEXT, skip: `${WEBMAIL_TEXT.skip}, ${G.bodyChrome.join(', ')}` },
  info(body, doc) {
    const msg = body.parentElement?.closest(G.message.join(', ')) ?? null;
    const outside = (el: Element) => !body.contains(el);
    const fromEl = msg ? first(msg, G.from, (el) => outside(el) && !el.closest(G.recipientArea)) : null;
    const from = fromEl ? personFromElement(fromEl) : null;
    const heading = clean(first(doc, G.subject)?.textContent);
    return {
      subject: heading || clean(doc.title.replace(/\s+-\s+\S+@\S+\s+-\s+Gmail$/i, '').replace(/\s+-\s+Gmail$/i, '')),
      from: from ? person(from.name, from.address) : '',
      sentAt: msg ? sentAtFrom(first(msg, G.date, outside), 'title') : null,
      messageId: msg?.getAttribute('data-legacy-message-id') || msg?.getAttribute('data-message-id') || null,
    };
  },
};

// Outlook -----------------------------------------------------------------------------------------

function outlookBodies(doc: Document): Element[] {
  const pane = first(doc, OUTLOOK.readingPane) ?? doc.body;
  if (!pane) return [];
  for (const sel of OUTLOOK.body) {
    const found = outermost(Array.from(pane.querySelectorAll(sel)));
    if (found.length > 0) return found;
  }
  return [];
}

function urlItemId(url: URL): string | null {
  const m = /\/id\/([^/?#]+)/.exec(url.pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

const outlook: Site = {
  id: 'outlook',
  bodies: outlookBodies,
  text: WEBMAIL_TEXT,
  info(body, doc, url) {
    const all = outlookBodies(doc);
    // The smallest ancestor holding a sender and no other body (outlook.ts messageRoot).
    const outside = (el: Element) => !body.contains(el);
    let root: Element = body;
    for (let p = body.parentElement; p; p = p.parentElement) {
      if (all.some((b) => b !== body && p.contains(b))) break;
      root = p;
      if (first(p, OUTLOOK.from, outside)) break;
    }
    const fromEl = first(root, OUTLOOK.from, outside);
    let from = '';
    if (fromEl) {
      const label = clean(fromEl.getAttribute('aria-label'));
      const chip = personFromElement(fromEl);
      const p = /^from:/i.test(label) ? parsePerson(label.replace(/^from:\s*/i, '')) : chip;
      from = person(p.name || chip.name, p.address || chip.address);
    }
    let messageId: string | null = null;
    for (const a of OUTLOOK.messageIdAttributes) {
      const holder = body.closest(`[${a}]`);
      if (holder && !all.some((b) => b !== body && holder.contains(b))) messageId = holder.getAttribute(a) || null;
      if (messageId) break;
    }
    if (!messageId && all.length === 1) messageId = urlItemId(url) ?? (first(doc, OUTLOOK.conversationId)?.getAttribute('data-convid') || null);
    const pane = first(doc, OUTLOOK.readingPane) ?? doc;
    const h = first(pane, OUTLOOK.subject);
    return {
      subject: clean(h?.getAttribute('title') || h?.textContent),
      from,
      sentAt: sentAtFrom(first(root, OUTLOOK.date, outside), 'title'),
      messageId,
    };
  },
};

// Yahoo -------------------------------------------------------------------------------------------

function yahooMessages(doc: Document): Array<{ msg: Element; body: Element }> {
  const out: Array<{ msg: Element; body: Element }> = [];
  for (const msg of Array.from(doc.querySelectorAll(YAHOO.message.join(', ')))) {
    const body = first(msg, YAHOO.body);
    if (body) out.push({ msg, body });
  }
  return out;
}

const yahoo: Site = {
  id: 'yahoo',
  bodies: (doc) => yahooMessages(doc).map((m) => m.body),
  text: WEBMAIL_TEXT,
  info(body, doc, url) {
    const all = yahooMessages(doc);
    const msg = body.closest(YAHOO.message.join(', '));
    const outside = (el: Element) => !body.contains(el);
    let from = '';
    const fromEl = msg ? first(msg, YAHOO.from, outside) : null;
    if (fromEl) {
      const p = personFromElement(fromEl);
      const name = clean(fromEl.querySelector(YAHOO.pillName)?.textContent);
      from = person(name && !name.includes('@') ? name : p.name.includes('@') ? '' : p.name, p.address);
    }
    let messageId: string | null = null;
    for (const a of YAHOO.messageIdAttributes) {
      messageId = msg?.getAttribute(a) || null;
      if (messageId) break;
    }
    if (!messageId && all.length === 1) {
      const m = /\/messages\/([^/?#]+)/.exec(url.pathname);
      messageId = m?.[1] ? decodeURIComponent(m[1]) : null;
    }
    return {
      subject: clean(first(doc, YAHOO.subject)?.textContent),
      from,
      sentAt: msg ? sentAtFrom(first(msg, YAHOO.date, outside), 'title', 'datetime') : null,
      messageId,
    };
  },
};

// Any other page ("Highlight this page") ----------------------------------------------------------

const page: Site = {
  id: 'page',
  bodies(doc) {
    const main = doc.querySelector('main, [role="main"]');
    if (main) return [main];
    // The first outermost articles, in page order: an article inside one kept comes right after it.
    const articles: Element[] = [];
    for (const a of Array.from(doc.querySelectorAll('article'))) {
      if (articles[articles.length - 1]?.contains(a)) continue;
      articles.push(a);
      if (articles.length === MAX_PAGE_BODIES) break;
    }
    if (articles.length > 0) return articles;
    return doc.body ? [doc.body] : [];
  },
  text: { maxLength: MAX_TEXT_LENGTH },
  recheckMs: PAGE_RECHECK_MS,
  info(_body, doc) {
    return { subject: clean(doc.title), from: '', sentAt: null, messageId: null };
  },
};

/** The site a page belongs to; any page that is not a known webmail is read whole. */
export function siteFor(url: URL): Site {
  const host = url.hostname.toLowerCase();
  if (host === 'mail.google.com') return gmail;
  if ((OUTLOOK_HOSTS as readonly string[]).includes(host)) return outlook;
  if ((YAHOO_HOSTS as readonly string[]).includes(host)) return yahoo;
  return page;
}
