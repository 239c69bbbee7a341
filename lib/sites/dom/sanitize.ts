// The message as it looked, made safe to show again from the record: DOMPurify with no scripts,
// no event handlers, no forms or frames, and nothing that loads from the network when opened
// (remote images, srcset, CSS url(), background attributes, <link>, <style>).
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { inertCopy } from '@/lib/sites/dom/inert';
import { isHidden } from '@/lib/sites/dom/text';

const purifiers = new WeakMap<object, Purifier>();

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe',
  'frame', 'frameset', 'object', 'embed', 'applet', 'audio', 'video', 'source', 'track', 'picture', 'portal',
  'noscript', 'template', 'svg', 'math',
];
const DROP_WITH_CONTENT = 'script, style, noscript, template, button, select, textarea, input, iframe, frame, frameset, object, embed, applet, audio, video, svg, math';
const FORBID_ATTR = [
  'srcset', 'background', 'poster', 'lowsrc', 'dynsrc', 'longdesc', 'ping', 'action', 'formaction', 'xlink:href',
  'data', 'codebase', 'manifest', 'imagesrcset', 'download_url',
];

function purifierFor(win: Window): Purifier {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    if (el.tagName?.toUpperCase() === 'IMG') {
      const src = (el.getAttribute('src') ?? '').trim();
      if (!/^data:image\//i.test(src)) {
        // A remote (or cid:) image would load or break: keep its description, drop the load.
        el.removeAttribute('src');
        el.setAttribute('data-removed-src', 'remote');
      }
    }
    const style = el.getAttribute('style');
    if (style && /url\s*\(|@import|expression\s*\(/i.test(style)) {
      el.setAttribute('style', style.replace(/url\s*\([^)]*\)?/gi, 'none').replace(/@import[^;]*;?/gi, '').replace(/expression\s*\([^)]*\)?/gi, ''));
    }
  });
  purifiers.set(win, purify);
  return purify;
}

function windowFor(el: Element | string, doc?: Document): Window | null {
  if (typeof el !== 'string' && el.ownerDocument?.defaultView) return el.ownerDocument.defaultView;
  if (doc?.defaultView) return doc.defaultView;
  if (typeof window !== 'undefined') return window;
  return null;
}

/**
 * Sanitised HTML of the element's contents (its innerHTML, not the element itself), or of an HTML
 * string. Elements hidden by inline markup are dropped first. Returns '' when no window is at hand
 * (a string outside any page, with no `doc`).
 */
export function sanitizeHtml(el: Element | string, doc?: Document): string {
  const win = windowFor(el, doc);
  if (!win) return '';
  let container: Element;
  if (typeof el === 'string') {
    // An inert document: nothing in it runs or loads.
    const inert = win.document.implementation.createHTMLDocument('');
    inert.body.innerHTML = el;
    container = inert.body;
  } else {
    container = inertCopy(el);
  }
  // Controls and embedded content go with their contents (a form's "Send" label is not the message).
  for (const drop of Array.from(container.querySelectorAll(DROP_WITH_CONTENT))) drop.remove();
  for (const hidden of Array.from(container.querySelectorAll('*')).filter(isHidden)) hidden.remove();
  const html = container.innerHTML;
  const purify = purifierFor(win);
  const out = purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['data-removed-src'],
    RETURN_TRUSTED_TYPE: false,
  });
  return String(out).trim();
}
