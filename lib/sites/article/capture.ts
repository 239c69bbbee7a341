// The last resort: any page (school portals such as Arbor, ClassDojo, Tapestry, Seesaw, Google
// Classroom; newsletters; council pages). Mozilla Readability finds the main text; when it finds
// nothing worth having (short posts), the page's main region is read instead, minus its chrome.
import { Readability } from '@mozilla/readability';
import type { CapturedItem, Person, SiteAdapter } from '@/lib/model/captured-item';
import { elementToText } from '@/lib/sites/dom/text';
import { inertCopy } from '@/lib/sites/dom/inert';
import { sanitizeHtml } from '@/lib/sites/dom/sanitize';
import { parsePerson } from '@/lib/sites/dom/people';
import { parseDisplayedDate } from '@/lib/sites/dom/sent-date';
import { machineDateToIso } from '@/lib/sites/dom/sent-date';
import { cleanText as clean } from '@/lib/sites/dom/query';

export const ARTICLE_SELECTORS = {
  /** Where the page's own content lives, when Readability finds nothing. */
  main: ['[role="main"]', 'main', 'article', '#main', '#content'],
  /** Page furniture, never part of the saved text. */
  chrome: [
    'nav', 'header', 'footer', 'aside', 'menu', 'script', 'style', 'noscript', 'template', 'form', 'button', 'dialog',
    'select', 'input', 'textarea', 'svg', 'iframe',
    '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="menu"]',
    '[role="menubar"]', '[role="search"]', '[role="dialog"]', '[role="alertdialog"]', '[role="toolbar"]',
    '[role="tablist"]', '[role="button"]', '[hidden]', '[aria-hidden="true"]',
  ].join(', '),
  /** Where an author or date shown is the site's, not the page's (an article's own <header> is fine). */
  notMetadata: [
    'nav', 'aside', 'menu', 'script', 'style', 'noscript', 'template', 'body > header', 'body > footer', 'form',
    '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="menu"]',
    '[role="menubar"]', '[role="search"]', '[role="dialog"]', '[hidden]', '[aria-hidden="true"]',
  ].join(', '),
  /** Author, most telling first. */
  author: [
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    '[rel="author"]',
    '[class*="byline" i]',
    '[class*="author" i]',
    '[id*="author" i]',
    '[data-testid*="author" i], [data-test-name*="author" i], [data-qa*="author" i]',
  ],
  authorMeta: ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="twitter:creator"]'],
  /** Machine-readable publication date. */
  dateMeta: [
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ],
  dateMachine: ['[itemprop="datePublished"]', 'time[datetime]'],
  /** Visible dates with no machine form. */
  dateVisible: [
    'time',
    '[class*="date" i]',
    '[id*="date" i]',
    '[data-testid*="date" i], [data-test-name*="date" i], [data-qa*="date" i]',
    '[class*="timestamp" i]',
    '[aria-label^="posted" i], [aria-label^="created" i], [aria-label^="published" i], [aria-label^="added" i], [aria-label^="sent" i]',
  ],
  attachments: ['a[download]', '[data-attachment-name]', '[aria-label^="attachment" i]'],
} as const;

/** Words a page puts before its author or date. Case-insensitive, colon optional. */
export const ARTICLE_LABELS = {
  author: ['posted by', 'added by', 'created by', 'written by', 'sent by', 'observation by', 'observed by', 'author', 'from', 'by'],
  date: ['posted on', 'posted', 'added on', 'added', 'created', 'published', 'sent', 'date', 'observed on', 'observation date'],
} as const;

const labelRe = (labels: readonly string[]) =>
  new RegExp(`^(?:${labels.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\s*:?\\s+(\\S[\\s\\S]*)$`, 'i');
const AUTHOR_LABEL = labelRe(ARTICLE_LABELS.author);
const DATE_LABEL = labelRe(ARTICLE_LABELS.date);
/** A person's name as a portal shows it next to a post's date: "Mrs Priya Shah", "Laura Bennett". */
const NAME_LIKE = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;
/** Below this many characters, Readability's pick is not trusted over the page's main region. */
const MIN_READABLE_CHARS = 80;


function stripChrome(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(ARTICLE_SELECTORS.chrome))) el.remove();
}

function mainRegion(doc: Document): Element | null {
  for (const sel of ARTICLE_SELECTORS.main) {
    const el = doc.querySelector(sel);
    if (el && clean(el.textContent)) return el;
  }
  return doc.body;
}

type Readable = { title: string; byline: string; publishedTime: string; content: Element | null };

function runReadability(doc: Document): Readable | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, { serializer: (n) => n as Element }).parse();
    if (!parsed) return null;
    return {
      title: clean(parsed.title),
      byline: clean(parsed.byline),
      publishedTime: clean(parsed.publishedTime),
      content: parsed.content ?? null,
    };
  } catch {
    return null;
  }
}

function outsideChrome(el: Element): boolean {
  return !el.closest(ARTICLE_SELECTORS.notMetadata);
}

function personFrom(text: string, address = ''): Person | null {
  const name = clean(text)
    .replace(/^(?:by|from)\s+/i, '')
    .replace(/\s*[·•|,]\s*\d.*$/, '')
    .trim();
  if (!name && !address) return null;
  const p = parsePerson(address && name ? `${name} <${address}>` : name || address);
  return { name: p.name, address: p.address || address.toLowerCase() };
}

/** The name shown just before a post's date, in the same header ("Mrs Priya Shah · 12 May 2026"). */
function nameBeside(dateEl: Element): Person | null {
  let el: Element | null = dateEl;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!outsideChrome(prev)) continue;
      const candidates = [prev, ...Array.from(prev.querySelectorAll('span, a, strong, b, div, p'))];
      for (const c of candidates) {
        const text = clean(c.textContent);
        if (text && text.length <= 60 && NAME_LIKE.test(text)) return personFrom(text);
      }
      if (clean(prev.textContent)) break;
    }
  }
  return null;
}

function findAuthor(doc: Document, scope: Element, byline: string, dateEl?: Element): Person | null {
  for (const sel of ARTICLE_SELECTORS.author) {
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      if (!outsideChrome(el)) continue;
      const text = clean(el.getAttribute('content') ?? el.textContent);
      if (!text || text.length > 120) continue;
      const labelled = AUTHOR_LABEL.exec(text);
      const href = el.getAttribute('href') ?? '';
      const address = /^mailto:/i.test(href) ? href.replace(/^mailto:/i, '').split('?')[0]! : '';
      const who = personFrom(labelled ? labelled[1]! : text, address);
      if (who) return who;
    }
  }
  for (const sel of ARTICLE_SELECTORS.authorMeta) {
    const v = clean(doc.querySelector(sel)?.getAttribute('content'));
    if (v && !/^https?:/i.test(v)) return personFrom(v);
  }
  if (byline) return personFrom(AUTHOR_LABEL.exec(byline)?.[1] ?? byline);
  // "Posted by Mrs Patel" as plain text.
  for (const el of Array.from(scope.querySelectorAll('p, span, div, li, dd, td, small'))) {
    if (el.childElementCount > 3 || !outsideChrome(el)) continue;
    const text = clean(el.textContent);
    if (text.length > 80) continue;
    const m = AUTHOR_LABEL.exec(text);
    if (m && !/^(?:by|from)\b/i.test(text)) return personFrom(m[1]!);
  }
  return dateEl ? nameBeside(dateEl) : null;
}

interface FoundDate {
  sentAt: string | null;
  sentAtText: string | null;
  /** The element showing the date, when it is shown. */
  el?: Element;
}

function findDate(doc: Document, scope: Element, publishedTime: string): FoundDate {
  for (const sel of ARTICLE_SELECTORS.dateMachine) {
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      if (!outsideChrome(el)) continue;
      const iso = machineDateToIso(el.getAttribute('datetime') ?? el.getAttribute('content'));
      if (iso) return { sentAt: iso, sentAtText: clean(el.textContent) || null, el };
    }
  }
  for (const sel of ARTICLE_SELECTORS.dateMeta) {
    const raw = doc.querySelector(sel)?.getAttribute('content');
    const iso = machineDateToIso(raw);
    if (iso) return { sentAt: iso, sentAtText: clean(raw) };
  }
  const fromReadability = machineDateToIso(publishedTime);
  if (fromReadability) return { sentAt: fromReadability, sentAtText: publishedTime };
  for (const sel of ARTICLE_SELECTORS.dateVisible) {
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      if (!outsideChrome(el)) continue;
      const found = visibleDate(el);
      if (found) return found;
    }
  }
  for (const el of Array.from(scope.querySelectorAll('p, span, div, li, dd, td, small'))) {
    if (el.childElementCount > 3 || !outsideChrome(el)) continue;
    const text = clean(el.textContent);
    if (text.length > 60 || !DATE_LABEL.test(text)) continue;
    const found = visibleDate(el);
    if (found) return found;
  }
  return { sentAt: null, sentAtText: null };
}

function visibleDate(el: Element): { sentAt: string; sentAtText: string; el: Element } | null {
  for (const raw of [el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent]) {
    const text = clean(raw);
    if (!text || text.length > 60 || !/\d/.test(text)) continue;
    const unlabelled = DATE_LABEL.exec(text)?.[1] ?? text;
    const sentAt = parseDisplayedDate(unlabelled) ?? parseDisplayedDate(text);
    if (sentAt) return { sentAt, sentAtText: clean(el.textContent) || text, el };
  }
  return null;
}

function findAttachments(scope: Element): string[] {
  const names: string[] = [];
  for (const sel of ARTICLE_SELECTORS.attachments) {
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      if (!outsideChrome(el)) continue;
      const labelled = /^attachment\s*[:\-–]\s*(\S.*)$/i.exec(clean(el.getAttribute('aria-label')))?.[1];
      if (sel.includes('aria-label') && !labelled) continue;
      const raw = el.getAttribute('data-attachment-name') || el.getAttribute('download') || labelled || el.textContent;
      const name = clean(raw).replace(/\s*[([]?\s*~?\d+(?:[.,]\d+)?\s*(?:bytes|kb|mb|gb)\s*[)\]]?$/i, '');
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** The heading the content opens with (a post's own title on a page titled after the class or site). */
function leadingHeading(content: Element | null): string {
  if (!content) return '';
  for (const el of Array.from(content.querySelectorAll('*'))) {
    if (/^H[1-3]$/.test(el.tagName)) return clean(el.textContent);
    if (el.childElementCount === 0 && clean(el.textContent)) return '';
  }
  return '';
}

function pageTitle(doc: Document, readable: Readable | null, content: Element | null): string {
  const og = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  const main = mainRegion(doc);
  const h1s = main ? Array.from(main.querySelectorAll('h1')).filter(outsideChrome) : [];
  const h1 = h1s.length === 1 ? clean(h1s[0]!.textContent) : '';
  return (
    og || leadingHeading(content) || h1 || readable?.title || clean(doc.title) || clean(doc.querySelector('h1')?.textContent)
  );
}

export const articleAdapter: SiteAdapter = {
  id: 'article',
  matches() {
    return true;
  },
  capture(doc, url) {
    if (!doc.body) return [];
    const readable = runReadability(doc);
    let content: Element | null = readable?.content ?? null;
    if (content) stripChrome(content);
    let text = content ? elementToText(content).trim() : '';
    if (!content || clean(text).length < MIN_READABLE_CHARS) {
      const main = mainRegion(doc);
      if (main) {
        const copy = inertCopy(main);
        stripChrome(copy);
        const mainText = elementToText(copy).trim();
        if (mainText.length > text.length) {
          content = copy;
          text = mainText;
        }
      }
    }
    if (!content || !text) return [];
    const scope = mainRegion(doc) ?? doc.documentElement;
    const date = findDate(doc, scope, readable?.publishedTime ?? '');
    const item: CapturedItem = {
      kind: 'page',
      adapter: 'article',
      url: url.href,
      sentAt: date.sentAt,
      sentAtText: date.sentAtText,
      from: findAuthor(doc, scope, readable?.byline ?? '', date.el),
      to: [],
      cc: [],
      subject: pageTitle(doc, readable, content),
      text,
      quotedText: '',
      signature: '',
      html: sanitizeHtml(content, doc),
      messageId: null,
      attachments: findAttachments(scope),
    };
    return [item];
  },
};

/** The registry finds each site's adapter as its capture.ts's default export. */
export default articleAdapter;
