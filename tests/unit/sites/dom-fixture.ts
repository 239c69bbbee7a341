import { JSDOM } from 'jsdom';

/** A jsdom document with `html` in its body; returns the body's first element (or body). */
export function el(html: string, url = 'https://example.test/'): Element {
  const dom = new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`, { url });
  const body = dom.window.document.body;
  return body.firstElementChild ?? body;
}

export function doc(html: string, url = 'https://example.test/'): Document {
  return new JSDOM(html, { url }).window.document;
}
