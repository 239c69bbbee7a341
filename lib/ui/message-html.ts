// Builds the document shown inside the side panel's sandboxed iframe: the saved message HTML,
// sanitised again (defence in depth: it was sanitised when captured), under a Content Security
// Policy that lets nothing load from the network. No React here, so it is unit-tested in Node.
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';

/** Only inline styles and images embedded in the message itself (data: URLs). */
export const MESSAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Sanitises saved message HTML for display with the same rules as capture. Links are marked to
 * open nowhere (the frame is sandboxed without popups) with the address kept visible on hover.
 * Returns '' when there is no DOM to sanitise with.
 */
export function sanitizeForDisplay(html: string, win: Window | undefined = globalThis.window): string {
  if (!html || !win) return '';
  const inert = win.document.implementation.createHTMLDocument('');
  inert.body.innerHTML = sanitizeHtml(html, win.document);
  for (const a of Array.from(inert.body.querySelectorAll('a[href]'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noreferrer');
    if (!a.getAttribute('title')) a.setAttribute('title', a.getAttribute('href') ?? '');
  }
  return inert.body.innerHTML.trim();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FRAME_STYLE = `
  :root { color-scheme: light; }
  html, body { margin: 0; padding: 0; background: #ffffff; color: #1a1a1a; }
  body {
    padding: 16px;
    font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
    overflow-wrap: anywhere;
  }
  img { max-width: 100%; height: auto; }
  table { max-width: 100%; }
  pre { white-space: pre-wrap; }
  a { color: #0b4f8a; }
  blockquote { margin: 0 0 0 0.5em; padding-left: 0.75em; border-left: 3px solid #c9c6bd; color: #3d3d3d; }
`;

/**
 * The complete srcdoc: CSP first (before anything it governs), a readable base style, then the
 * body. `sanitise` is applied to the HTML; pass an identity function only for HTML already
 * sanitised by sanitizeForDisplay.
 */
export function buildMessageSrcdoc(
  html: string,
  options: { title?: string; sanitise?: (html: string) => string } = {},
): string {
  const sanitise = options.sanitise ?? ((h: string) => sanitizeForDisplay(h));
  const body = sanitise(html);
  return [
    '<!doctype html><html lang="en-GB"><head>',
    `<meta http-equiv="Content-Security-Policy" content="${MESSAGE_CSP}">`,
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(options.title ?? 'Saved message')}</title>`,
    `<style>${FRAME_STYLE}</style>`,
    '</head><body>',
    body,
    '</body></html>',
  ].join('');
}
