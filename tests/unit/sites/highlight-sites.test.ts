import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../../lib/highlight/background/analyse-page-text';
import { MAX_TEXT_LENGTH, siteFor } from '../../../lib/sites/highlight-sites';
import { buildTextMap } from '../../../lib/highlight/content/text-map';
import { fixturePage, page } from '../highlight/content/page';

interface Expected {
  messageId: string | null;
  sentAt: string | null;
  subject: string;
  from: { name: string; address: string } | null;
  text: string;
}

function expected(name: string): Expected[] {
  return JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/capture', name.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected[];
}

describe('reading the open messages as capture does', () => {
  for (const name of ['gmail-school-collapsed.html', 'gmail-thread.html', 'gmail-attachments.html', 'outlook-message.html', 'outlook-conversation.html', 'yahoo-message.html']) {
    it(name, () => {
      const { doc } = fixturePage(name);
      const url = new URL(doc.URL);
      const site = siteFor(url);
      const bodies = site.bodies(doc);
      const want = expected(name);
      expect(bodies).toHaveLength(want.length);
      bodies.forEach((body, i) => {
        const w = want[i]!;
        const info = site.info(body, doc, url);
        // The same message id as a saved record's, so "Saved" is known.
        expect(info.messageId).toBe(w.messageId);
        expect(info.sentAt).toBe(w.sentAt);
        expect(info.subject).toBe(w.subject);
        const from = w.from ? (w.from.name ? `${w.from.name} <${w.from.address}>` : w.from.address) : '';
        expect(info.from).toBe(from);
        // Every line capture analyses is in the text sent (list items lose capture's "- ").
        const text = buildTextMap(body, site.text).text;
        for (const line of w.text.split('\n').map((l) => l.replace(/^- /, '').trim()).filter(Boolean)) expect(text).toContain(line);
      });
    });
  }

  it('knows the webmail by its address, and reads any other page whole', () => {
    expect(siteFor(new URL('https://mail.google.com/mail/u/0/')).id).toBe('gmail');
    expect(siteFor(new URL('https://outlook.office365.com/mail/')).id).toBe('outlook');
    expect(siteFor(new URL('https://outlook.live.com/mail/0/')).id).toBe('outlook');
    expect(siteFor(new URL('https://mail.yahoo.com/d/folders/1')).id).toBe('yahoo');
    expect(siteFor(new URL('https://school.example/news')).id).toBe('page');
  });

  it('a page: its <main>, else its articles, else its body', () => {
    const site = siteFor(new URL('https://school.example/'));
    const withMain = page('<!DOCTYPE html><title>News</title><body><nav>Menu</nav><main>Term dates</main></body>');
    expect(site.bodies(withMain.doc).map((b) => b.tagName)).toEqual(['MAIN']);
    expect(site.info(withMain.doc.body, withMain.doc, new URL(withMain.doc.URL))).toEqual({ subject: 'News', from: '', sentAt: null, messageId: null });
    const articles = page('<!DOCTYPE html><body><article>One<article>Inner</article></article><article>Two</article></body>');
    expect(site.bodies(articles.doc).map((b) => b.textContent)).toEqual(['OneInner', 'Two']);
    const plain = page('<!DOCTYPE html><body><p>Hello</p></body>');
    expect(site.bodies(plain.doc)).toEqual([plain.doc.body]);
  });

  it('a page: no more than 10 articles, the first outermost ones', () => {
    const site = siteFor(new URL('https://school.example/'));
    const many = page(`<!DOCTYPE html><body>${Array.from({ length: 30 }, (_, i) => `<article>A${i}<article>inner</article></article>`).join('')}</body>`);
    expect(site.bodies(many.doc).map((b) => b.firstChild!.textContent)).toEqual(Array.from({ length: 10 }, (_, i) => `A${i}`));
  });

  it('reads at most 100,000 characters of a body, as many as the background analyses', () => {
    const long = `<p>${'We will wait and see. '.repeat(6000)}</p>`;
    for (const url of ['https://mail.google.com/mail/u/0/', 'https://outlook.live.com/mail/0/', 'https://mail.yahoo.com/d/folders/1', 'https://school.example/']) {
      const site = siteFor(new URL(url));
      expect(site.text.maxLength, url).toBe(MAX_TEXT_LENGTH);
      const { doc } = page(`<!DOCTYPE html><body>${long}</body>`);
      expect(buildTextMap(doc.body, site.text).text.length, url).toBe(100_000);
    }
    expect(MAX_TEXT_LENGTH).toBe(MAX_ANALYSED_CHARS);
  });

  it('a Gmail page with no open message has no bodies', () => {
    const inbox = page('<!DOCTYPE html><body><div role="main"><table><tr><td>Inbox row</td></tr></table></div></body>', 'https://mail.google.com/mail/u/0/#inbox');
    expect(siteFor(new URL(inbox.doc.URL)).bodies(inbox.doc)).toEqual([]);
  });
});
