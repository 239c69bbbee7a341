import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { ADAPTERS, pickAdapter } from '../../../lib/capture/registry';
import { CAPTURE_ERRORS, captureDocument } from '../../../lib/capture/capture-document';
import { genericWebmailAdapter } from '../../../lib/sites/generic-webmail/capture';
import type { AdapterId } from '../../../lib/model/captured-item';

const FIXTURES = 'tests/fixtures/capture';

function loadFixture(name: string): { doc: Document; url: string } {
  const html = readFileSync(`${FIXTURES}/${name}.html`, 'utf8');
  const url = (JSON.parse(/^<!--(.*?)-->/.exec(html)![1]!) as { url: string }).url;
  return { doc: new JSDOM(html, { url }).window.document, url };
}

function page(html: string, url = 'https://example-school.org.uk/news/1'): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('registry', () => {
  it('lists the adapters most specific first, article last', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual(['gmail', 'outlook', 'yahoo', 'generic-webmail', 'article']);
  });

  const expected: Record<string, AdapterId> = {
    'generic-webmail': 'generic-webmail',
    'roundcube-iframe': 'generic-webmail',
    'arbor-message': 'generic-webmail',
    'classdojo-post': 'article',
    'tapestry-observation': 'article',
    'google-classroom-announcement': 'article',
  };
  for (const [name, id] of Object.entries(expected)) {
    it(`picks ${id} for ${name}`, () => {
      const { doc, url } = loadFixture(name);
      expect(pickAdapter(url, doc).id).toBe(id);
      const result = captureDocument(doc, url);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.items.every((i) => i.adapter === id)).toBe(true);
    });
  }

  it('falls back to the article adapter for an ordinary page, and for a bad address', () => {
    const doc = page('<html><head><title>Term dates</title></head><body><main><p>Autumn term starts on 3 September.</p></main></body></html>');
    expect(pickAdapter('https://example-school.org.uk/term-dates', doc).id).toBe('article');
    expect(pickAdapter('not a url', doc).id).toBe('article');
  });
});

describe('generic webmail matching', () => {
  it('does not take a contact form with Subject and message fields for an open email', () => {
    const doc = page(`<html><body><main role="main"><h1>Contact the school office</h1>
      <form><label for="s">Subject:</label><input id="s" name="subject">
      <label for="m">Message</label><textarea id="m" class="message-body"></textarea>
      <button>Send</button></form><p>The office is open 8am to 4pm.</p></main></body></html>`);
    expect(genericWebmailAdapter.matches(new URL('https://example-school.org.uk/contact'), doc)).toBe(false);
  });

  it('does not take an inbox list (column headers From / Subject) for an open email', () => {
    const doc = page(`<html><body><main role="main"><table><thead><tr><th>From</th><th>Subject</th><th>Date</th></tr></thead>
      <tbody><tr><td>School Office</td><td>Trip letter</td><td>12/05/2026</td></tr></tbody></table></main></body></html>`);
    expect(genericWebmailAdapter.matches(new URL('https://webmail.example.org.uk/'), doc)).toBe(false);
  });

  it('reads a message whose header is outside the frame that holds only its body', () => {
    const doc = page(
      `<html><body><div role="main"><div class="hdr"><b>From:</b> Mrs Anita Patel &lt;a.patel@oakfield.example.sch.uk&gt;<br>
       <b>Subject:</b> Speech and language referral<br><b>Date:</b> 13 May 2026, 23:02</div>
       <iframe id="zv__msgBody" srcdoc="&lt;p&gt;Dear Mr Jones,&lt;/p&gt;&lt;p&gt;The referral has been sent.&lt;/p&gt;"></iframe></div></body></html>`,
      'https://zimbra.example.org.uk/#1',
    );
    const result = captureDocument(doc, 'https://zimbra.example.org.uk/#1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [item] = result.items;
    expect(item).toMatchObject({
      adapter: 'generic-webmail',
      kind: 'email',
      from: { name: 'Mrs Anita Patel', address: 'a.patel@oakfield.example.sch.uk' },
      subject: 'Speech and language referral',
      sentAt: '2026-05-13T23:02:00+01:00',
      sentAtText: '13 May 2026, 23:02',
      text: 'Dear Mr Jones,\n\nThe referral has been sent.',
    });
  });
});

describe('captureDocument on bad or empty pages', () => {
  it('gives a clear message for an empty page', () => {
    const doc = page('<html><head><title></title></head><body></body></html>');
    expect(captureDocument(doc, 'https://example-school.org.uk/blank')).toEqual({ ok: false, error: CAPTURE_ERRORS.emptyPage });
  });

  it('asks for the email to be opened on a webmail page with no open message', () => {
    const doc = page('<html><body><div role="main"><table><tr><td>Inbox</td><td>School trip</td></tr></table></div></body></html>', 'https://mail.google.com/mail/u/0/#inbox');
    expect(captureDocument(doc, 'https://mail.google.com/mail/u/0/#inbox')).toEqual({ ok: false, error: CAPTURE_ERRORS.nothingFound });
    expect(CAPTURE_ERRORS.nothingFound).toBe(
      "On Record couldn't find a message on this page. Open the email so you can read it, then try again.",
    );
  });

  it('gives a clear message for a page with only navigation', () => {
    const doc = page('<html><body><nav><a href="/">Home</a><a href="/about">About</a></nav><footer>© School</footer></body></html>');
    const result = captureDocument(doc, 'https://example-school.org.uk/');
    expect(result.ok).toBe(false);
  });

  it('gives a clear message for a bad address', () => {
    const doc = page('<html><body><p>Hello</p></body></html>');
    expect(captureDocument(doc, 'not a url')).toEqual({ ok: false, error: CAPTURE_ERRORS.badAddress });
  });

  it('never throws, even when the document itself throws', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('boom');
      },
    });
    let result: ReturnType<typeof captureDocument> | undefined;
    expect(() => {
      result = captureDocument(hostile, 'https://example-school.org.uk/');
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error).toMatch(/On Record/);
  });

  it('copes with a document that has no body', () => {
    const doc = page('<html><body><p>x</p></body></html>');
    doc.documentElement.remove();
    const result = captureDocument(doc, 'https://example-school.org.uk/');
    expect(result.ok).toBe(false);
  });
});

describe('article fallback for short pages', () => {
  it('reads the main region without menus, header or footer', () => {
    const doc = page(`<html><head><title>Message from Mr Hughes</title></head><body>
      <header role="banner"><a href="/">Portal</a></header>
      <nav><a href="/inbox">Inbox</a><a href="/settings">Settings</a></nav>
      <main><p>Noah did really well in his reading group today.</p></main>
      <footer>© Portal Ltd</footer></body></html>`);
    const result = captureDocument(doc, 'https://portal.example.com/messages/1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items[0]).toMatchObject({
      kind: 'page',
      adapter: 'article',
      subject: 'Message from Mr Hughes',
      text: 'Noah did really well in his reading group today.',
      to: [],
      cc: [],
      attachments: [],
      messageId: null,
    });
  });

  it('keeps no remote loads in the saved html', () => {
    const { doc, url } = loadFixture('tapestry-observation');
    const result = captureDocument(doc, url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items[0]!.html).not.toMatch(/\ssrc=|https:\/\/media\./);
  });
});
