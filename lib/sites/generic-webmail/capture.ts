// Any webmail we have no dedicated adapter for (Roundcube, Zimbra, Horde, SOGo, school MIS inboxes).
// It looks for an open message the way a person would: a message body, and near it a header with
// labelled From / To / Cc / Date / Subject fields. Many of these webmails render the message (or
// just its body) in a same-origin iframe, so frames are searched too.
import type { CapturedItem, Person, SiteAdapter } from '@/lib/model/captured-item';
import { elementToText } from '@/lib/sites/dom/text';
import { splitReply } from '@/lib/sites/dom/quote';
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';
import { parsePeople, parsePerson } from '@/lib/sites/dom/people';
import { machineDateToIso, parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { sameOriginFrames, type FrameDoc } from '@/lib/sites/dom/frames';
import { cleanText as clean } from '@/lib/sites/dom/query';

export const GENERIC_WEBMAIL_SELECTORS = {
  /** Message bodies, most telling first. Attribute matches are case-insensitive. */
  body: [
    '[role="main"] [role="document"]',
    '[aria-label*="message body" i]',
    '[aria-label*="message content" i]',
    '[itemtype*="EmailMessage"] [itemprop="text"]',
    '[itemtype*="EmailMessage"] [itemprop="articleBody"]',
    '#messagebody, #message-body, #message_body, #msgbody, #msg-body, #msg_body, #mailbody, #mail-body, #mail_body',
    '[id*="readmsg" i], [id*="message-body" i], [id*="messagebody" i], [id*="msg-body" i], [id*="msgbody" i], [id*="mail-body" i], [id*="mailbody" i]',
    '[class*="message-body" i], [class*="messagebody" i], [class*="message_body" i], [class*="msg-body" i], [class*="msgbody" i], [class*="mail-body" i], [class*="mailbody" i], [class*="readmsg" i], [class*="message-htmlpart" i], [class*="message-text" i], [class*="message-content" i], [class*="mail-content" i]',
  ],
  /** Frames that hold a message (or its body) when the framed document has no body marker of its own. */
  messageFrame: /messagecontframe|message|msg|mail|preview|readmsg|body/i,
  /** Never part of a message header. */
  notHeader: 'nav, [role="navigation"], [role="tree"], [role="menu"], [role="menubar"], [role="listbox"], [role="grid"] [role="columnheader"], thead, a, button, script, style, template, textarea, input, select',
  /** Compose forms look like messages; their fields are editable. */
  editable: 'textarea, input, [contenteditable=""], [contenteditable="true"]',
  /** schema.org EmailMessage microdata, used when a field has no visible label. */
  itemprop: {
    from: '[itemprop="sender"], [itemprop="author"]',
    to: '[itemprop="toRecipient"], [itemprop="recipient"]',
    cc: '[itemprop="ccRecipient"]',
    date: '[itemprop="dateSent"], [itemprop="dateReceived"], [itemprop="dateCreated"]',
    subject: '[itemprop="about"], [itemprop="headline"], [itemprop="name"]',
  },
  /** Headings that show the subject when it carries no label. */
  subjectHeading: '[id*="subject" i], [class*="subject" i], h1, h2, h3',
  /** Elements that carry one address each. */
  addressCarrier: 'a[href^="mailto:" i], [data-email], [data-address], [email], [title*="@"]',
  attachments: [
    '[aria-label*="attachment" i] li',
    '[aria-label*="attachment" i] [role="listitem"]',
    '[class*="attachmentslist" i] li',
    '[id*="attachment-list" i] li',
    '[class*="attachment-list" i] li',
    '[data-attachment-name]',
    'a[download]',
  ],
  attachmentName: '[data-attachment-name], [class*="attachment-name" i], [class*="filename" i]',
  messageIdAttributes: ['data-message-id', 'data-msg-id', 'data-msgid', 'data-mid', 'data-uid'],
  messageIdParams: ['_uid', 'uid', 'msgid', 'msg_id', 'message_id', 'messageId', 'mid'],
} as const;

/** What a header label reads like, per field. Compared case-insensitively, without the colon. */
export const HEADER_LABELS = {
  from: ['from', 'sender', 'sent by'],
  to: ['to', 'recipient', 'recipients'],
  cc: ['cc', 'copy to'],
  date: ['date', 'sent', 'sent on', 'received', 'date sent'],
  subject: ['subject'],
} as const;

type Field = keyof typeof HEADER_LABELS;

const LABEL_TO_FIELD = new Map<string, Field>(
  (Object.keys(HEADER_LABELS) as Field[]).flatMap((f) => HEADER_LABELS[f].map((l) => [l, f] as [string, Field])),
);
const INLINE_LABEL = new RegExp(
  `^(${[...LABEL_TO_FIELD.keys()].map((l) => l.replace(/ /g, '\\s+')).join('|')})\\s*:\\s*(\\S[\\s\\S]*)$`,
  'i',
);
const SIZE_SUFFIX = /\s*[([]?\s*~?\d+(?:[.,]\d+)?\s*(?:bytes|b|kb|mb|gb)\s*[)\]]?\s*$/i;

/** A header field's value: the element showing it (when it has one of its own) and its text. */
interface FieldValue {
  els: Element[];
  text: string;
}

type Header = Partial<Record<Field, FieldValue>>;

interface OpenMessage {
  /** The element the body marker was found on (in whichever document). */
  marker: Element;
  /** The element whose content is the message body (may be a framed document's body). */
  content: Element;
  header: Header;
  /** Elements within which the header was found, for attachments. */
  scopes: Element[];
}

// ---------------------------------------------------------------- small helpers


function visibleText(el: Element): string {
  return clean(elementToText(el));
}

function labelField(text: string): Field | null {
  const key = clean(text).replace(/\s*:$/, '').toLowerCase();
  return LABEL_TO_FIELD.get(key) ?? null;
}

// ---------------------------------------------------------------- header

const SKIP_IN_VALUE = 'button, [role="button"], script, style, template, [hidden], [aria-hidden="true"]';

/**
 * The value shown after a label: the sibling nodes that follow it up to a line break or the next
 * label. Covers <dt>/<dd>, <th>/<td>, <span>From:</span><span>…</span> and "<b>From:</b> Name<br>".
 */
function valueFor(label: Element): FieldValue | null {
  if (label.tagName === 'LABEL') {
    const id = label.getAttribute('for');
    const target = id ? label.ownerDocument.getElementById(id) : null;
    if (target) return { els: [target], text: visibleText(target) };
  }
  let start: ChildNode | null = label.nextSibling;
  if (!start || (!start.nextSibling && !clean(start.textContent))) {
    // <div><span>From</span></div><div>value</div>: the label is alone in its wrapper.
    const parent = label.parentElement;
    if (parent && parent.childElementCount === 1 && labelField(parent.textContent ?? '')) start = parent.nextSibling;
  }
  const els: Element[] = [];
  let text = '';
  for (let n = start; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      text += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.tagName === 'BR') {
      if (clean(text)) break;
      continue;
    }
    if (labelField(el.textContent ?? '') || INLINE_LABEL.test(clean(el.textContent))) break;
    if (el.matches(SKIP_IN_VALUE)) continue;
    els.push(el);
    text += ' ' + elementToText(el) + ' ';
  }
  const value = clean(text);
  return value ? { els, text: value } : null;
}

function isInside(el: Element, container: Element | null): boolean {
  return !!container && (container === el || container.contains(el));
}

interface Label {
  el: Element;
  field: Field;
  value: FieldValue;
}

/** Labels per document, for one search only (the page changes between clicks). */
let labelCache = new WeakMap<Document, Label[]>();

/** Every labelled header field in the document ("From:" and what follows it), in document order. */
function labelsIn(doc: Document): Label[] {
  const cached = labelCache.get(doc);
  if (cached) return cached;
  const S = GENERIC_WEBMAIL_SELECTORS;
  const labels: Label[] = [];
  const root = doc.body ?? doc.documentElement;
  for (const el of root ? Array.from(root.querySelectorAll('*')) : []) {
    const raw = el.textContent ?? '';
    if (raw.length > 400 || !raw.trim()) continue;
    const field = labelField(raw);
    if (field) {
      // Innermost element with the label text only.
      if (Array.from(el.children).some((c) => labelField(c.textContent ?? '') === field)) continue;
      if (el.closest(S.notHeader)) continue;
      const value = valueFor(el);
      if (value && !value.els.some((e) => e.matches(S.editable) || e.querySelector(S.editable))) {
        labels.push({ el, field, value });
      }
      continue;
    }
    if (el.childElementCount === 0 || Array.from(el.children).every((c) => c.tagName === 'BR')) {
      const m = INLINE_LABEL.exec(clean(raw));
      const f = m ? labelField(m[1]!) : null;
      if (m && f && !el.closest(S.notHeader)) labels.push({ el, field: f, value: { els: [], text: clean(m[2]) } });
    }
  }
  labelCache.set(doc, labels);
  return labels;
}

function plausible(field: Field, value: FieldValue): boolean {
  if (field === 'date') return /\d/.test(value.text) || /today|yesterday/i.test(value.text);
  return true;
}

/** Labelled header fields in scope, outside the body. */
function readHeader(scope: Element, body: Element): Header {
  const header: Header = {};
  const S = GENERIC_WEBMAIL_SELECTORS;
  for (const label of labelsIn(scope.ownerDocument)) {
    if (header[label.field] || !scope.contains(label.el)) continue;
    if (isInside(label.el, body) || label.el.contains(body)) continue;
    if (plausible(label.field, label.value)) header[label.field] = label.value;
  }
  for (const f of Object.keys(S.itemprop) as Field[]) {
    if (header[f]) continue;
    const el = Array.from(scope.querySelectorAll(S.itemprop[f])).find((e) => !isInside(e, body));
    if (el) {
      const content = el.getAttribute('content') ?? el.getAttribute('datetime');
      header[f] = { els: [el], text: content && f !== 'date' ? content : visibleText(el) || clean(content) };
    }
  }
  return header;
}

function hasHeader(h: Header): boolean {
  return !!(h.from?.text || h.subject?.text);
}

/** Walk out from the body (and out of its frame) to the nearest ancestor holding a From or Subject label. */
function findHeader(
  marker: Element,
  hosts: Map<Document, Element>,
): { header: Header; scopes: Element[] } | null {
  const scopes: Element[] = [];
  let body: Element = marker;
  let scope: Element | null = marker.parentElement;
  for (let hops = 0; hops < 60; hops++) {
    if (!scope) {
      const host = hosts.get(body.ownerDocument);
      if (!host) return null;
      body = host;
      scope = host.parentElement;
      continue;
    }
    const header = readHeader(scope, body);
    if (hasHeader(header)) {
      scopes.push(scope);
      return { header, scopes };
    }
    scope = scope.parentElement;
  }
  return null;
}

// ---------------------------------------------------------------- finding the message

function bodyCandidates(doc: Document): Element[] {
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const sel of GENERIC_WEBMAIL_SELECTORS.body) {
    let found: Element[] = [];
    try {
      found = Array.from(doc.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of found) {
      if (seen.has(el) || el.matches(GENERIC_WEBMAIL_SELECTORS.editable) || el.closest('form textarea, [contenteditable="true"]')) continue;
      if (el.closest('head, script, style, template')) continue;
      seen.add(el);
      out.push(el);
    }
  }
  return out;
}

/** When the body marker only wraps a frame, the message is the framed document's body. */
function contentOf(marker: Element, frames: FrameDoc[]): Element {
  const inner = frames.find((f) => marker.contains(f.host));
  if (!inner) return marker;
  const own = clean(marker.textContent);
  if (own.length > 20) return marker;
  const innerCandidate = bodyCandidates(inner.doc)[0];
  return innerCandidate ?? inner.doc.body ?? marker;
}

/** Enough for any real message view; keeps a click on a huge page quick. */
const MAX_CANDIDATES = 40;

function hasText(el: Element): boolean {
  return visibleText(el).length > 0;
}

export function findOpenMessage(doc: Document): OpenMessage | null {
  labelCache = new WeakMap();
  const frames = sameOriginFrames(doc);
  const hosts = new Map<Document, Element>(frames.map((f) => [f.doc, f.host]));
  const docs = [doc, ...frames.map((f) => f.doc)];
  for (const d of docs) {
    for (const marker of bodyCandidates(d).slice(0, MAX_CANDIDATES)) {
      const content = contentOf(marker, frames);
      if (!hasText(content)) continue;
      const found = findHeader(marker, hosts);
      if (found) return { marker, content, ...found };
    }
  }
  // A frame that is itself the message body (Zimbra, Horde): header lives around the frame.
  for (const f of frames) {
    const host = f.host;
    const name = `${host.id} ${host.getAttribute('name') ?? ''} ${host.getAttribute('title') ?? ''} ${host.className}`;
    if (!GENERIC_WEBMAIL_SELECTORS.messageFrame.test(name) || !f.doc.body || !hasText(f.doc.body)) continue;
    const found = findHeader(host, hosts);
    if (found) return { marker: host, content: f.doc.body, ...found };
  }
  return null;
}

// ---------------------------------------------------------------- reading fields

function addressOf(el: Element): string {
  const href = el.getAttribute('href');
  if (href && /^mailto:/i.test(href)) {
    try {
      return decodeURIComponent(href.replace(/^mailto:/i, '').split('?')[0] ?? '').trim().toLowerCase();
    } catch {
      return href.replace(/^mailto:/i, '').split('?')[0]!.trim().toLowerCase();
    }
  }
  for (const a of ['data-email', 'data-address', 'email', 'title']) {
    const v = el.getAttribute(a);
    const m = v ? /[^\s<>"',;]+@[^\s<>"',;]+\.[^\s<>"',;]+/.exec(v) : null;
    if (m) return m[0].toLowerCase();
  }
  return '';
}

function readPeople(value: FieldValue | undefined): Person[] {
  if (!value) return [];
  if (value.els.length) {
    const carriers = value.els.flatMap((el) => [
      ...(el.matches(GENERIC_WEBMAIL_SELECTORS.addressCarrier) ? [el] : []),
      ...Array.from(el.querySelectorAll(GENERIC_WEBMAIL_SELECTORS.addressCarrier)),
    ]);
    const people: Person[] = [];
    const seen = new Set<string>();
    for (const c of carriers) {
      const address = addressOf(c);
      if (!address || seen.has(address)) continue;
      seen.add(address);
      const name = visibleText(c)
        .replace(/<[^>]*>/g, '')
        .replace(/^"|"$/g, '')
        .trim();
      const p = parsePerson(name && name.toLowerCase() !== address ? `${name} <${address}>` : address);
      people.push({ name: p.name, address: p.address || address });
    }
    if (people.length) return people;
  }
  return parsePeople(value.text);
}

function readDate(value: FieldValue | undefined): { sentAt: string | null; sentAtText: string | null } {
  if (!value || !value.text) return { sentAt: null, sentAtText: null };
  let machine: string | null = null;
  let titled: string | null = null;
  for (const el of value.els) {
    machine ??=
      (el.matches('time[datetime]') ? el : el.querySelector('time[datetime]'))?.getAttribute('datetime') ??
      el.getAttribute('content');
    titled ??= el.getAttribute('title') ?? el.querySelector('[title]')?.getAttribute('title') ?? null;
  }
  const sentAt =
    machineDateToIso(machine) ??
    (titled ? parseDisplayedDate(clean(titled)) : null) ??
    parseDisplayedDate(value.text);
  return { sentAt, sentAtText: value.text };
}

function readSubject(msg: OpenMessage): string {
  const labelled = msg.header.subject?.text;
  if (labelled) return labelled;
  for (const scope of msg.scopes) {
    const heading = Array.from(scope.querySelectorAll(GENERIC_WEBMAIL_SELECTORS.subjectHeading)).find(
      (h) => !isInside(h, msg.marker) && !h.contains(msg.marker) && !h.closest(GENERIC_WEBMAIL_SELECTORS.notHeader) && visibleText(h),
    );
    if (heading) return visibleText(heading);
  }
  return '';
}

function readAttachments(msg: OpenMessage): string[] {
  const roots = new Set<Element>(msg.scopes);
  const frameBody = msg.content.ownerDocument.body;
  if (frameBody && msg.content.ownerDocument !== msg.scopes[0]?.ownerDocument) roots.add(frameBody);
  const names: string[] = [];
  for (const root of roots) {
    for (const sel of GENERIC_WEBMAIL_SELECTORS.attachments) {
      for (const el of Array.from(root.querySelectorAll(sel))) {
        if (isInside(el, msg.content) || isInside(el, msg.marker)) continue;
        const named = el.matches(GENERIC_WEBMAIL_SELECTORS.attachmentName)
          ? el
          : el.querySelector(GENERIC_WEBMAIL_SELECTORS.attachmentName);
        const raw =
          el.getAttribute('data-attachment-name') ??
          el.getAttribute('download') ??
          el.querySelector('a[download]')?.getAttribute('download') ??
          (named ? (named.getAttribute('data-attachment-name') ?? named.textContent) : el.textContent);
        const name = clean(raw).replace(SIZE_SUFFIX, '').trim();
        if (name && !names.includes(name)) names.push(name);
      }
      if (names.length) return names;
    }
  }
  return names;
}

function readMessageId(msg: OpenMessage, url: URL): string | null {
  for (const start of [msg.marker, ...msg.scopes]) {
    for (let el: Element | null = start; el; el = el.parentElement) {
      for (const a of GENERIC_WEBMAIL_SELECTORS.messageIdAttributes) {
        const v = el.getAttribute(a);
        if (v) return v;
      }
    }
  }
  for (const p of GENERIC_WEBMAIL_SELECTORS.messageIdParams) {
    const v = url.searchParams.get(p);
    if (v) return v;
  }
  return null;
}

export const genericWebmailAdapter: SiteAdapter = {
  id: 'generic-webmail',
  matches(_url, doc) {
    try {
      return findOpenMessage(doc) !== null;
    } catch {
      return false;
    }
  },
  capture(doc, url) {
    const msg = findOpenMessage(doc);
    if (!msg) return [];
    const { text, quotedText, signature } = splitReply(msg.content);
    const from = readPeople(msg.header.from)[0] ?? null;
    const item: CapturedItem = {
      kind: 'email',
      adapter: 'generic-webmail',
      url: url.href,
      ...readDate(msg.header.date),
      from,
      to: readPeople(msg.header.to),
      cc: readPeople(msg.header.cc),
      subject: readSubject(msg),
      text,
      quotedText,
      signature,
      html: sanitizeHtml(msg.content, doc),
      messageId: readMessageId(msg, url),
      attachments: readAttachments(msg),
    };
    return [item];
  },
};

/** The registry finds each site's adapter as its capture.ts's default export. */
export default genericWebmailAdapter;
