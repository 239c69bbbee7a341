// Builds the document shown inside the side panel's sandboxed iframe: the saved message HTML,
// sanitised again (defence in depth: it was sanitised when captured), under a Content Security
// Policy that lets nothing load from the network. No React here, so it is unit-tested in Node.
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/** Only inline styles and images embedded in the message itself (data: URLs). */
export const MESSAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe',
  'frame', 'frameset', 'object', 'embed', 'applet', 'audio', 'video', 'source', 'track', 'picture', 'portal',
  'noscript', 'template', 'svg', 'math',
];
const FORBID_ATTR = [
  'srcset', 'background', 'poster', 'lowsrc', 'dynsrc', 'longdesc', 'ping', 'action', 'formaction', 'xlink:href',
  'data', 'codebase', 'manifest', 'imagesrcset',
];

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    const tag = el.tagName?.toUpperCase();
    if (tag === 'IMG') {
      const src = (el.getAttribute('src') ?? '').trim();
      if (src && !/^data:image\//i.test(src)) el.removeAttribute('src');
    }
    if (tag === 'A' && el.hasAttribute('href')) {
      // The frame is sandboxed without popups, so a click opens nothing and navigates nowhere;
      // the address stays visible on hover for the record.
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noreferrer');
      if (!el.getAttribute('title')) el.setAttribute('title', el.getAttribute('href') ?? '');
    }
    const style = el.getAttribute('style');
    if (style && /url\s*\(|@import|expression\s*\(/i.test(style)) {
      el.setAttribute(
        'style',
        style.replace(/url\s*\([^)]*\)?/gi, 'none').replace(/@import[^;]*;?/gi, '').replace(/expression\s*\([^)]*\)?/gi, ''),
      );
    }
  });
  purifiers.set(win, purify);
  return purify;
}

/** Sanitises saved message HTML for display. Returns '' when there is no DOM to sanitise with. */
export function sanitizeForDisplay(html: string, win: Window | undefined = globalThis.window): string {
  if (!html || !win) return '';
  const out = purifierFor(win).sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['target'],
    RETURN_TRUSTED_TYPE: false,
  });
  return String(out).trim();
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
