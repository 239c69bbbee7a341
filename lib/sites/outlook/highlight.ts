// Outlook on the web, as the highlighter reads it: the reading pane's message bodies.
import { OUTLOOK_SELECTORS as OUTLOOK } from '@/lib/sites/outlook/selectors';
import { urlItemId } from '@/lib/sites/outlook/url-item-id';
import { parsePerson, personFromElement } from '@/lib/sites/dom/people';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';
import { WEBMAIL_TEXT, outermost, person, sentAtFrom, type Site } from '@/lib/sites/highlight-reader';

function outlookBodies(doc: Document): Element[] {
  const pane = first(doc, OUTLOOK.readingPane) ?? doc.body;
  if (!pane) return [];
  for (const sel of OUTLOOK.body) {
    const found = outermost(Array.from(pane.querySelectorAll(sel)));
    if (found.length > 0) return found;
  }
  return [];
}

const outlook: Site = {
  id: 'outlook',
  bodies: outlookBodies,
  text: WEBMAIL_TEXT,
  info(body, doc, url) {
    const all = outlookBodies(doc);
    // The smallest ancestor holding a sender and no other body (capture.ts's messageRoot).
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

/** The highlighter finds each webmail's reader as its highlight.ts's default export. */
export default outlook;
