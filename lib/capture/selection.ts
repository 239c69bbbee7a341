// Save just the passage the parent selected. When the passage sits in an email, the record keeps
// that email's sender, recipients, date and subject, so the excerpt is still evidence of who said it.
// A selection is not a site (it can be on any of them), so it lives with capture, not in lib/sites.
import type { CapturedItem } from '@/lib/model/captured-item';
import { inertRangeContents } from '@/lib/sites/dom/inert';
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';
import { CAPTURE_TABLE, pickAdapter, type CaptureTable } from '@/lib/capture/registry';
import { sameOriginFrames } from '@/lib/sites/dom/frames';

function usable(selection: Selection | null | undefined): selection is Selection {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  return selection.toString().trim().length > 0;
}

/** The selection in the page, or in a same-origin frame (webmail bodies often live in one). */
function findSelection(doc: Document, selection: Selection | null): { selection: Selection; doc: Document } | null {
  if (usable(selection)) return { selection, doc };
  for (const frame of sameOriginFrames(doc)) {
    let framed: Selection | null = null;
    try {
      framed = frame.doc.getSelection?.() ?? null;
    } catch {
      framed = null;
    }
    if (usable(framed)) return { selection: framed, doc: frame.doc };
  }
  return null;
}

function normaliseLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function folded(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function selectionHtml(selection: Selection, doc: Document, live: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  inert.body.appendChild(container);
  for (let i = 0; i < selection.rangeCount; i++) {
    container.appendChild(inert.importNode(inertRangeContents(selection.getRangeAt(i)), true));
  }
  return sanitizeHtml(container, live.defaultView ? live : doc);
}

/** The email around the selection, when the page is an email the adapters can read. */
function enclosingEmail(doc: Document, url: URL, text: string, table: CaptureTable): CapturedItem | null {
  let items: CapturedItem[] = [];
  try {
    const adapter = pickAdapter(url, doc, table);
    if (adapter === table.fallback) return null;
    items = adapter.capture(doc, url).filter((i) => i.kind === 'email');
  } catch {
    return null;
  }
  if (items.length === 0) return null;
  const wanted = folded(text);
  return (
    items.find((i) => folded(`${i.text}\n${i.quotedText}\n${i.signature}`).includes(wanted)) ??
    (items.length === 1 ? items[0]! : null)
  );
}

/** The passage selected, with its email's sender, date and subject when `table`'s sites can read it. */
export function captureSelection(doc: Document, url: string, selection: Selection | null, table: CaptureTable = CAPTURE_TABLE): CapturedItem | null {
  const found = findSelection(doc, selection);
  if (!found) return null;
  const text = normaliseLines(found.selection.toString());
  if (!text) return null;
  const html = selectionHtml(found.selection, found.doc, found.doc.defaultView ? found.doc : doc);
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    u = null;
  }
  const email = u ? enclosingEmail(doc, u, text, table) : null;
  const title = (doc.title || found.doc.title || '').replace(/\s+/g, ' ').trim();
  return {
    kind: 'selection',
    adapter: 'selection',
    url: u?.href ?? url,
    sentAt: email?.sentAt ?? null,
    sentAtText: email?.sentAtText ?? null,
    from: email?.from ?? null,
    to: email?.to ?? [],
    cc: email?.cc ?? [],
    subject: email?.subject || title,
    text,
    quotedText: '',
    signature: '',
    html,
    messageId: null,
    attachments: [],
  };
}
