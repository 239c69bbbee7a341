// Gmail (mail.google.com). Every expanded message of the open conversation becomes its own item;
// collapsed messages show only a snippet and have no body element, so they are skipped.
import type { CapturedItem, Person, SiteAdapter } from '@/lib/model/captured-item';
import { splitReply } from '@/lib/sites/dom/quote';
import { inertCopy } from '@/lib/sites/dom/inert';
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';
import { personFromElement } from '@/lib/sites/dom/people';
import { parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { GMAIL_SELECTORS as S } from '@/lib/sites/gmail/selectors';
import { isOnSite } from '@/lib/sites';
import { firstMatch as first, cleanText as clean } from '@/lib/sites/dom/query';

function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const found = Array.from(root.querySelectorAll(sel));
    if (found.length > 0) return found;
  }
  return [];
}



/** Message elements, outermost only, in page order. */
function messageElements(doc: Document): Element[] {
  const main = first(doc, S.main) ?? doc.body;
  if (!main) return [];
  const found = new Set<Element>();
  for (const sel of S.message) for (const el of Array.from(main.querySelectorAll(sel))) found.add(el);
  const list = Array.from(found).filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (found.has(p)) return false;
    return true;
  });
  return list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

function bodyOf(msg: Element): Element | null {
  return first(msg, S.body);
}

function subjectOf(doc: Document): string {
  const h = first(doc, S.subject);
  const fromHeading = clean(h?.textContent);
  if (fromHeading) return fromHeading;
  // Tab title: "Subject - someone@example.com - Gmail"
  return clean(doc.title.replace(/\s+-\s+\S+@\S+\s+-\s+Gmail$/i, '').replace(/\s+-\s+Gmail$/i, ''));
}

/** Better names for "me": the user's own chip elsewhere in the thread shows their real name. */
function knownNames(doc: Document): Map<string, string> {
  const names = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('[email][name]'))) {
    const address = (el.getAttribute('email') ?? '').toLowerCase();
    const name = clean(el.getAttribute('name'));
    if (address && name && name.toLowerCase() !== 'me' && !names.has(address)) names.set(address, name);
  }
  return names;
}

function named(p: Person, names: Map<string, string>): Person {
  if ((p.name === '' || p.name.toLowerCase() === 'me') && names.has(p.address)) return { ...p, name: names.get(p.address) ?? p.name };
  return p;
}

function uniquePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.address || `name:${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function recipients(msg: Element, outsideBody: (el: Element) => boolean, fromEl: Element | null): { to: Person[]; cc: Person[] } {
  // The details table, when open, says which recipients are To and which Cc.
  const to: Person[] = [];
  const cc: Person[] = [];
  let sawDetails = false;
  for (const row of all(msg, S.detailsRow).filter(outsideBody)) {
    const label = clean(row.querySelector('td')?.textContent).toLowerCase().replace(/:$/, '');
    const people = Array.from(row.querySelectorAll(S.detailsPerson)).map(personFromElement);
    if (label === 'to') { to.push(...people); sawDetails = true; }
    else if (label === 'cc') { cc.push(...people); sawDetails = true; }
  }
  if (sawDetails) return { to: uniquePeople(to), cc: uniquePeople(cc) };
  const chips = all(msg, S.recipients).filter((el) => outsideBody(el) && el !== fromEl);
  return { to: uniquePeople(chips.map(personFromElement)), cc: [] };
}

function attachmentsOf(msg: Element): string[] {
  const names: string[] = [];
  for (const el of Array.from(msg.querySelectorAll(S.attachmentDownloadUrl))) {
    // "application/pdf:SEN Support plan.pdf:https://mail.google.com/…"
    const m = /^[^:]*:(.*?):(?:https?:|\/\/)/i.exec(el.getAttribute('download_url') ?? '');
    if (m?.[1]) names.push(clean(m[1]));
  }
  for (const el of Array.from(msg.querySelectorAll(S.attachmentLabel))) {
    const name = clean((el.getAttribute('aria-label') ?? '').replace(/^download attachment\s*/i, ''));
    if (name) names.push(name);
  }
  for (const el of all(msg, S.attachmentName)) {
    const name = clean(el.getAttribute('title') || el.textContent);
    if (name) names.push(name);
  }
  return Array.from(new Set(names));
}

/** The body without Gmail's own controls, detached from the page. */
function cleanBody(body: Element): Element {
  const clone = inertCopy(body);
  for (const sel of S.bodyChrome) for (const el of Array.from(clone.querySelectorAll(sel))) el.remove();
  return clone;
}

function captureMessage(msg: Element, body: Element, doc: Document, url: URL, subject: string, names: Map<string, string>): CapturedItem {
  const outsideBody = (el: Element) => !body.contains(el);
  const fromEl = first(msg, S.from, (el) => outsideBody(el) && !el.closest(S.recipientArea));
  const dateEl = first(msg, S.date, outsideBody);
  const sentAtText = clean(dateEl?.getAttribute('title') || dateEl?.textContent) || null;
  const { to, cc } = recipients(msg, outsideBody, fromEl);
  const content = cleanBody(body);
  const parts = splitReply(content);
  return {
    kind: 'email',
    adapter: 'gmail',
    url: url.href,
    sentAt: sentAtText ? parseDisplayedDate(sentAtText) : null,
    sentAtText,
    from: fromEl ? named(personFromElement(fromEl), names) : null,
    to: to.map((p) => named(p, names)),
    cc: cc.map((p) => named(p, names)),
    subject,
    text: parts.text,
    quotedText: parts.quotedText,
    signature: parts.signature,
    html: sanitizeHtml(content, doc),
    messageId: msg.getAttribute('data-legacy-message-id') || msg.getAttribute('data-message-id') || null,
    attachments: attachmentsOf(msg),
  };
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matches(url, doc) {
    if (!isOnSite('gmail', url)) return false;
    try {
      return messageElements(doc).some((m) => bodyOf(m) !== null);
    } catch {
      return false;
    }
  },
  capture(doc, url) {
    const items: CapturedItem[] = [];
    let subject = '';
    let names = new Map<string, string>();
    try {
      subject = subjectOf(doc);
      names = knownNames(doc);
    } catch {
      // keep going with what we have
    }
    let messages: Element[] = [];
    try {
      messages = messageElements(doc);
    } catch {
      return [];
    }
    for (const msg of messages) {
      try {
        const body = bodyOf(msg);
        if (body) items.push(captureMessage(msg, body, doc, url, subject, names));
      } catch {
        // One unreadable message must not cost the others.
      }
    }
    return items;
  },
};

/** The registry finds each site's adapter as its capture.ts's default export. */
export default gmailAdapter;
