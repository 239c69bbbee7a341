// Yahoo Mail (mail.yahoo.com). A thread shows one [data-test-id="message-view"] per message; only
// expanded ones have a body, and each of those becomes its own item.
import type { CapturedItem, Person, SiteAdapter } from '@/lib/model/captured-item';
import { splitReply } from '@/lib/sites/dom/quote';
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';
import { parsePeople, personFromElement } from '@/lib/sites/dom/people';
import { parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';
import { YAHOO_SELECTORS } from '@/lib/sites/yahoo/selectors';
import { isOnSite } from '@/lib/sites';

const S = YAHOO_SELECTORS;

/** Yahoo's address pill: title or data attributes hold the address, a child the name. */
function pillPerson(el: Element): Person {
  const p = personFromElement(el);
  const name = clean(el.querySelector(S.pillName)?.textContent);
  if (name && !name.includes('@')) return { name, address: p.address };
  if (p.name.includes('@') && p.name.toLowerCase() === p.address) return { name: '', address: p.address };
  return p;
}

function peopleIn(el: Element | null): Person[] {
  if (!el) return [];
  const pills = Array.from(el.querySelectorAll(S.pill));
  if (pills.length > 0) return pills.map(pillPerson);
  return parsePeople(clean(el.textContent));
}

function messages(doc: Document): Array<{ msg: Element; body: Element }> {
  const out: Array<{ msg: Element; body: Element }> = [];
  for (const sel of S.message) {
    for (const msg of Array.from(doc.querySelectorAll(sel))) {
      const body = first(msg, S.body);
      if (body) out.push({ msg, body });
    }
    if (out.length > 0) break;
  }
  return out;
}

function urlMessageId(url: URL): string | null {
  const m = /\/messages\/([^/?#]+)/.exec(url.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

function captureOne(msg: Element, body: Element, doc: Document, url: URL, subject: string, single: boolean): CapturedItem {
  const outsideBody = (el: Element) => !body.contains(el);
  const fromEl = first(msg, S.from, outsideBody);
  const dateEl = first(msg, S.date, outsideBody);
  const sentAtText = clean(dateEl?.getAttribute('title') || dateEl?.getAttribute('datetime') || dateEl?.textContent) || null;
  const parts = splitReply(body);
  let messageId: string | null = null;
  for (const a of S.messageIdAttributes) {
    messageId = msg.getAttribute(a) || null;
    if (messageId) break;
  }
  if (!messageId && single) messageId = urlMessageId(url);
  const attachments: string[] = [];
  for (const sel of S.attachment) {
    for (const a of Array.from(msg.querySelectorAll(sel)).filter(outsideBody)) {
      const name = clean(a.getAttribute('title') || a.textContent);
      if (name) attachments.push(name);
    }
    if (attachments.length > 0) break;
  }
  return {
    kind: 'email',
    adapter: 'yahoo',
    url: url.href,
    sentAt: sentAtText ? parseDisplayedDate(sentAtText) : null,
    sentAtText,
    from: fromEl ? (fromEl.matches(S.pill) ? pillPerson(fromEl) : peopleIn(fromEl)[0] ?? null) : null,
    to: peopleIn(first(msg, S.to, outsideBody)),
    cc: peopleIn(first(msg, S.cc, outsideBody)),
    subject,
    text: parts.text,
    quotedText: parts.quotedText,
    signature: parts.signature,
    html: sanitizeHtml(body, doc),
    messageId,
    attachments: Array.from(new Set(attachments)),
  };
}

export const yahooAdapter: SiteAdapter = {
  id: 'yahoo',
  matches(url, doc) {
    if (!isOnSite('yahoo', url)) return false;
    try {
      return messages(doc).length > 0;
    } catch {
      return false;
    }
  },
  capture(doc, url) {
    let found: Array<{ msg: Element; body: Element }> = [];
    try {
      found = messages(doc);
    } catch {
      return [];
    }
    let subject = '';
    try {
      subject = clean(first(doc, S.subject)?.textContent);
    } catch {
      // no subject
    }
    const items: CapturedItem[] = [];
    for (const { msg, body } of found) {
      try {
        items.push(captureOne(msg, body, doc, url, subject, found.length === 1));
      } catch {
        // One unreadable message must not cost the others.
      }
    }
    return items;
  },
};

/** The registry finds each site's adapter as its capture.ts's default export. */
export default yahooAdapter;
