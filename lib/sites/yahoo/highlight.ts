// Yahoo Mail, as the highlighter reads it: each open message view's body.
import { YAHOO_SELECTORS as YAHOO } from '@/lib/sites/yahoo/selectors';
import { personFromElement } from '@/lib/sites/dom/people';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';
import { WEBMAIL_TEXT, person, sentAtFrom, type Site } from '@/lib/sites/highlight-reader';

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

/** The highlighter finds each webmail's reader as its highlight.ts's default export. */
export default yahoo;
