// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). The reading
// pane shows one message, or a conversation with some messages expanded; each expanded message
// (one with a body) becomes its own item.
import type { CapturedItem, Person, SiteAdapter } from '@/lib/model/captured-item';
import { splitReply } from '@/lib/sites/dom/quote';
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';
import { parsePeople, parsePerson, personFromElement } from '@/lib/sites/dom/people';
import { parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';
import { OUTLOOK_SELECTORS } from '@/lib/sites/outlook/selectors';
import { isOnSite } from '@/lib/sites';
import { urlItemId } from '@/lib/sites/outlook/url-item-id';

const S = OUTLOOK_SELECTORS;

function bodies(doc: Document): Element[] {
  const pane = first(doc, S.readingPane) ?? doc.body;
  if (!pane) return [];
  for (const sel of S.body) {
    const found = Array.from(pane.querySelectorAll(sel));
    // Outermost only: a body inside another body is quoted content, not a message.
    const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
    if (outer.length > 0) return outer;
  }
  return [];
}

/** The smallest ancestor of a body that also holds a sender and no other body. */
function messageRoot(body: Element, all: readonly Element[]): Element {
  let root: Element = body;
  for (let p = body.parentElement; p; p = p.parentElement) {
    if (all.some((b) => b !== body && p.contains(b))) break;
    root = p;
    if (first(p, S.from, (el) => !body.contains(el))) break;
  }
  return root;
}

function peopleIn(el: Element | null): Person[] {
  if (!el) return [];
  const chips = Array.from(el.querySelectorAll(S.personChip));
  const outer = chips.filter((c) => !chips.some((o) => o !== c && o.contains(c)));
  if (outer.length > 0) return outer.map(personFromElement);
  return parsePeople(clean(el.getAttribute('aria-label') || el.textContent).replace(/^(to|cc)\s*(recipients)?\s*:?\s*/i, ''));
}

function fromPerson(el: Element | null): Person | null {
  if (!el) return null;
  const label = clean(el.getAttribute('aria-label'));
  const chip = personFromElement(el);
  if (!/^from:/i.test(label)) return chip;
  const fromLabel = parsePerson(label.replace(/^from:\s*/i, ''));
  return { name: fromLabel.name || chip.name, address: fromLabel.address || chip.address };
}

function captureOne(body: Element, root: Element, doc: Document, url: URL, subject: string, messageId: string | null): CapturedItem {
  const outsideBody = (el: Element) => !body.contains(el);
  const dateEl = first(root, S.date, outsideBody);
  const sentAtText = clean(dateEl?.getAttribute('title') || dateEl?.textContent) || null;
  const parts = splitReply(body);
  const attachments = Array.from(
    new Set(
      (first(root, S.attachments, outsideBody) ? Array.from(root.querySelectorAll(S.attachments.join(', '))).filter(outsideBody) : [])
        .map((a) => clean(a.querySelector(S.attachmentName)?.getAttribute('title') || a.getAttribute('title') || a.textContent))
        .filter((n) => n !== ''),
    ),
  );
  return {
    kind: 'email',
    adapter: 'outlook',
    url: url.href,
    sentAt: sentAtText ? parseDisplayedDate(sentAtText) : null,
    sentAtText,
    from: fromPerson(first(root, S.from, outsideBody)),
    to: peopleIn(first(root, S.to, outsideBody)),
    cc: peopleIn(first(root, S.cc, outsideBody)),
    subject,
    text: parts.text,
    quotedText: parts.quotedText,
    signature: parts.signature,
    html: sanitizeHtml(body, doc),
    messageId,
    attachments,
  };
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  matches(url, doc) {
    if (!isOnSite('outlook', url)) return false;
    try {
      return bodies(doc).length > 0;
    } catch {
      return false;
    }
  },
  capture(doc, url) {
    let found: Element[] = [];
    try {
      found = bodies(doc);
    } catch {
      return [];
    }
    let subject = '';
    try {
      const pane = first(doc, S.readingPane) ?? doc;
      const h = first(pane, S.subject);
      subject = clean(h?.getAttribute('title') || h?.textContent);
    } catch {
      // no subject
    }
    const items: CapturedItem[] = [];
    for (const body of found) {
      try {
        const root = messageRoot(body, found);
        let messageId: string | null = null;
        for (const a of S.messageIdAttributes) {
          const holder = body.closest(`[${a}]`);
          // Only an element around this message alone names it.
          if (holder && !found.some((b) => b !== body && holder.contains(b))) messageId = holder.getAttribute(a) || null;
          if (messageId) break;
        }
        // With one open message, the URL's item id (or the selected conversation) names it.
        if (!messageId && found.length === 1) {
          messageId = urlItemId(url) ?? (first(doc, S.conversationId)?.getAttribute('data-convid') || null);
        }
        items.push(captureOne(body, root, doc, url, subject, messageId));
      } catch {
        // One unreadable message must not cost the others.
      }
    }
    return items;
  },
};

/** The registry finds each site's adapter as its capture.ts's default export. */
export default outlookAdapter;
