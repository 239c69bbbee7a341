// jsdom pages for the highlighter's tests: saved webmail fixtures (first line <!--{"url":"…"}-->)
// or small hand-written pages, with the window the highlighter needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export interface Page {
  dom: JSDOM;
  doc: Document;
  win: Window;
}

const DIR = join(process.cwd(), 'tests/fixtures/capture');

export function fixturePage(name: string): Page {
  const html = readFileSync(join(DIR, name), 'utf8');
  const m = /^\s*<!--(\{.*?\})-->/.exec(html);
  const url = m?.[1] ? (JSON.parse(m[1]) as { url: string }).url : 'https://example.test/';
  return page(html, url);
}

export function page(html: string, url = 'https://example.test/'): Page {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  return { dom, doc: dom.window.document, win: dom.window as unknown as Window };
}

/** White space removed: inserted line breaks and folded runs are not part of the comparison. */
export function fold(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Waits for the MutationObserver's throttle and the replies that follow. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
