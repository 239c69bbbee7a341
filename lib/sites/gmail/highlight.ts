// Gmail, as the highlighter reads it: every expanded message's body, in page order.
import { GMAIL_SELECTORS as G } from '@/lib/sites/gmail/selectors';
import { personFromElement } from '@/lib/sites/dom/people';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';
import { WEBMAIL_TEXT, outermost, person, sentAtFrom, type Site } from '@/lib/sites/highlight-reader';

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

/** The highlighter finds each webmail's reader as its highlight.ts's default export. */
export default gmail;
