// Webmail that renders the message in an iframe (Roundcube, Zimbra, many school inboxes): the
// capture script runs in the top frame and reads same-origin frames from there.

export interface FrameDoc {
  doc: Document;
  /** The iframe element hosting it, in its parent document. */
  host: Element;
}

function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  let framed: Document | null = null;
  try {
    framed = frame.contentDocument; // null (or SecurityError in old engines) when cross-origin
  } catch {
    framed = null;
  }
  const srcdoc = frame.getAttribute('srcdoc');
  const empty = !framed || !framed.body || (framed.body.childElementCount === 0 && !framed.body.textContent?.trim());
  if (empty && srcdoc) {
    // A srcdoc frame that has not rendered (or an engine without srcdoc): read the markup inertly.
    const Parser = frame.ownerDocument.defaultView?.DOMParser;
    if (Parser) return new Parser().parseFromString(srcdoc, 'text/html');
  }
  return framed;
}

/** Same-origin frame documents in (and under) doc, in document order. Cross-origin frames are skipped. */
export function sameOriginFrames(doc: Document, depth = 0): FrameDoc[] {
  if (depth > 4) return [];
  const out: FrameDoc[] = [];
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
    const framed = frameDocument(frame);
    if (!framed || framed === doc) continue;
    out.push({ doc: framed, host: frame });
    out.push(...sameOriginFrames(framed, depth + 1));
  }
  return out;
}
