import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { captureSelection } from '../../../lib/capture/selection';
import { captureDocument } from '../../../lib/capture/capture-document';

const FIXTURES = 'tests/fixtures/capture';

function loadFixture(name: string): { doc: Document; url: string } {
  const html = readFileSync(`${FIXTURES}/${name}.html`, 'utf8');
  const url = (JSON.parse(/^<!--(.*?)-->/.exec(html)![1]!) as { url: string }).url;
  return { doc: new JSDOM(html, { url }).window.document, url };
}

/** Select from the start of `from` to the end of `to` (whole elements). */
function select(doc: Document, from: Element, to: Element = from): Selection {
  const range = doc.createRange();
  range.setStartBefore(from);
  range.setEndAfter(to);
  const sel = doc.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return sel;
}

const ARTICLE = `<html><head><title>Sports day – Oakfield Primary</title></head><body>
  <nav><a href="/">Home</a></nav>
  <main><h1>Sports day</h1>
  <p id="a">Children who find noise hard can use ear defenders on the field.</p>
  <p id="b">A quiet tent will be set up by the pavilion. <img src="https://cdn.example.com/tent.jpg" alt="Quiet tent"><script>alert(1)</script></p>
  </main></body></html>`;

describe('captureSelection', () => {
  it('returns null when nothing is selected', () => {
    const doc = new JSDOM(ARTICLE, { url: 'https://oakfield.example.sch.uk/news/sports-day' }).window.document;
    expect(captureSelection(doc, doc.URL, null)).toBeNull();
    expect(captureSelection(doc, doc.URL, doc.getSelection())).toBeNull();
    // A collapsed selection (a caret) is not a passage.
    const sel = doc.getSelection()!;
    const r = doc.createRange();
    r.setStart(doc.getElementById('a')!.firstChild!, 3);
    sel.addRange(r);
    expect(captureSelection(doc, doc.URL, sel)).toBeNull();
  });

  it('ignores a selection of only white space', () => {
    const doc = new JSDOM('<html><body><p id="x">   </p><p>Text</p></body></html>', { url: 'https://example.org/' }).window.document;
    expect(captureSelection(doc, doc.URL, select(doc, doc.getElementById('x')!))).toBeNull();
  });

  it('saves just the selected passage of a page, with the page title', () => {
    const doc = new JSDOM(ARTICLE, { url: 'https://oakfield.example.sch.uk/news/sports-day' }).window.document;
    const item = captureSelection(doc, doc.URL, select(doc, doc.getElementById('a')!, doc.getElementById('b')!));
    expect(item).not.toBeNull();
    expect(item).toMatchObject({
      kind: 'selection',
      adapter: 'selection',
      url: 'https://oakfield.example.sch.uk/news/sports-day',
      subject: 'Sports day – Oakfield Primary',
      from: null,
      to: [],
      cc: [],
      sentAt: null,
      sentAtText: null,
      quotedText: '',
      signature: '',
      messageId: null,
      attachments: [],
    });
    expect(item!.text).toContain('Children who find noise hard can use ear defenders on the field.');
    expect(item!.text).toContain('A quiet tent will be set up by the pavilion.');
    expect(item!.text).not.toContain('Home');
    expect(item!.html).toContain('<p id="a">Children who find noise hard');
    expect(item!.html).toContain('alt="Quiet tent"');
    expect(item!.html).not.toMatch(/<script|\ssrc=|cdn\.example\.com/);
  });

  it('normalises line breaks in the selected text', () => {
    const doc = new JSDOM('<html><head><title>Note</title></head><body><pre id="p">Line one\r\nLine two   \r\n\r\n\r\n\r\nLine three</pre></body></html>', {
      url: 'https://example.org/note',
    }).window.document;
    const item = captureSelection(doc, doc.URL, select(doc, doc.getElementById('p')!));
    expect(item!.text).toBe('Line one\nLine two\n\nLine three');
  });

  it('copies the enclosing email’s sender, recipients, date and subject', () => {
    const { doc, url } = loadFixture('generic-webmail');
    const para = Array.from(doc.querySelectorAll('.message-body p')).find((p) => p.textContent!.startsWith('On the needs assessment'))!;
    const item = captureSelection(doc, url, select(doc, para));
    expect(item).toMatchObject({
      kind: 'selection',
      adapter: 'selection',
      url,
      subject: 'Re: Ellie – SEN Support plan review and EHC needs assessment',
      from: { name: 'Mrs Helen Okafor', address: 'h.okafor@larkfield-primary.example.sch.uk' },
      to: [{ name: 'Rachel Morgan', address: 'r.morgan@example-home.co.uk' }],
      sentAt: '2026-05-12T16:45:00+01:00',
      sentAtText: 'Tue, 12 May 2026 16:45',
      messageId: null,
      attachments: [],
    });
    expect(item!.cc).toHaveLength(2);
    expect(item!.text).toMatch(/^On the needs assessment: the school will not be submitting a request/);
  });

  it('finds a selection inside a same-origin frame (webmail body in an iframe)', () => {
    const { doc, url } = loadFixture('roundcube-iframe');
    // In a browser the srcdoc frame is rendered; give jsdom's frame the same document.
    const frame = doc.getElementById('messagecontframe') as HTMLIFrameElement;
    const framed = frame.contentDocument!;
    const frameHtml = readFileSync(`${FIXTURES}/roundcube-iframe.frame.html`, 'utf8');
    framed.documentElement.innerHTML = new JSDOM(frameHtml).window.document.documentElement.innerHTML;
    const para = Array.from(framed.querySelectorAll('#messagebody p')).find((p) => p.textContent!.startsWith('From tomorrow'))!;
    select(framed, para);
    // The top document's own selection is empty, as it is when the parent selects inside a frame.
    const item = captureSelection(doc, url, doc.getSelection());
    expect(item).toMatchObject({
      kind: 'selection',
      subject: 'Ellie – Year 5 transition and Monday\'s incident at lunch',
      from: { name: 'Mr Kwame Bello', address: 'k.bello@larkfield-primary.example.sch.uk' },
      sentAt: '2026-05-13T09:41:00+01:00',
      messageId: null,
    });
    expect(item!.text).toMatch(/^From tomorrow Ellie can eat her lunch in the Rainbow Room/);
    expect(item!.to.map((p) => p.name)).toEqual(['Rachel Morgan', 'David Morgan']);
  });
});

describe('captureDocument with a selection', () => {
  it('saves the selection first, or the whole page when asked not to', () => {
    const doc = new JSDOM(ARTICLE, { url: 'https://oakfield.example.sch.uk/news/sports-day' }).window.document;
    select(doc, doc.getElementById('a')!);
    const withSel = captureDocument(doc, doc.URL);
    expect(withSel.ok && withSel.items.map((i) => i.kind)).toEqual(['selection']);
    const whole = captureDocument(doc, doc.URL, { selection: false });
    expect(whole.ok && whole.items.map((i) => i.kind)).toEqual(['page']);
  });
});
