// Any other page ("Highlight this page"), as the highlighter reads it: its main region, else its
// first outermost articles, else its whole body. The last site in SITES reads any page, in capture
// and here alike; its reader is called 'page'.
import { cleanText as clean } from '@/lib/sites/dom/query';
import { MAX_PAGE_BODIES, MAX_TEXT_LENGTH, PAGE_RECHECK_MS, type Site } from '@/lib/sites/highlight-reader';

const page: Site = {
  id: 'page',
  bodies(doc) {
    const main = doc.querySelector('main, [role="main"]');
    if (main) return [main];
    // The first outermost articles, in page order: an article inside one kept comes right after it.
    const articles: Element[] = [];
    for (const a of Array.from(doc.querySelectorAll('article'))) {
      if (articles[articles.length - 1]?.contains(a)) continue;
      articles.push(a);
      if (articles.length === MAX_PAGE_BODIES) break;
    }
    if (articles.length > 0) return articles;
    return doc.body ? [doc.body] : [];
  },
  text: { maxLength: MAX_TEXT_LENGTH },
  recheckMs: PAGE_RECHECK_MS,
  info(_body, doc) {
    return { subject: clean(doc.title), from: '', sentAt: null, messageId: null };
  },
};

/** The highlighter finds each site's reader as its highlight.ts's default export. */
export default page;
