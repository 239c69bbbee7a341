import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteFor } from '../../../../lib/sites/highlight-sites';
import { buildTextMap, type TextMap } from '../../../../lib/highlight/content/text-map';
import { fixturePage, fold, page } from './page';

function bodiesOf(name: string) {
  const p = fixturePage(name);
  const site = siteFor(new URL(p.doc.URL));
  return { ...p, site, maps: site.bodies(p.doc).map((b) => buildTextMap(b, site.text)) };
}

/** The phrase's Range in the page, checked against the text it was found in. */
function rangeOf(map: TextMap, phrase: string): Range {
  const start = map.text.indexOf(phrase);
  expect(start, `"${phrase}" in the text`).toBeGreaterThanOrEqual(0);
  const range = map.range(start, start + phrase.length);
  expect(range).not.toBeNull();
  return range!;
}

function one(html: string) {
  const { doc } = page(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return doc.body;
}

describe('text map on the saved webmail pages', () => {
  it('Gmail: one text per expanded message, without quoted history or signature', () => {
    const { maps } = bodiesOf('gmail-school-collapsed.html');
    expect(maps).toHaveLength(2);
    const [first, second] = maps as [TextMap, TextMap];
    expect(first.text.startsWith('Dear Ms Bennett,\n\nThank you for your email')).toBe(true);
    expect(first.text).toContain("SEN Support plan:\n\nSam will join small group phonics");
    expect(first.text.endsWith('Kind regards,')).toBe(true);
    expect(first.text).not.toContain('SENCo, Oakfield Primary School'); // signature
    expect(first.text).not.toContain('cried before school'); // quoted history
    expect(second.text).toContain('Sam already knows Mrs Okafor from Year 1'); // &nbsp; reads as a space
  });

  it('Gmail: ranges cover exactly the words found', () => {
    const [first, second] = bodiesOf('gmail-school-collapsed.html').maps as [TextMap, TextMap];
    for (const phrase of ['by Friday', "we'll keep an eye on it", 'before half term', 'three mornings a week (Monday, Wednesday and Friday, 9:10–9:30)', 'Dear Ms Bennett,']) {
      expect(rangeOf(first, phrase).toString()).toBe(phrase);
    }
    // Across &nbsp;: the page has a non-breaking space where the text has a space.
    expect(fold(rangeOf(second, 'Mrs Okafor from Year 1').toString())).toBe(fold('Mrs Okafor from Year 1'));
    expect(rangeOf(second, 'Mrs Okafor from Year 1').toString()).toBe('Mrs\u00a0Okafor from Year\u00a01');
  });

  it('Gmail: a finding across lines maps to a range over both blocks', () => {
    const [first] = bodiesOf('gmail-school-collapsed.html').maps as [TextMap];
    const phrase = 'for now.\nMr Hughes will send';
    const range = rangeOf(first, phrase);
    expect(fold(range.toString())).toBe(fold(phrase));
  });

  it('Outlook: the message body without the quoted reply', () => {
    const [map] = bodiesOf('outlook-message.html').maps as [TextMap];
    expect(map.text).toContain('on Thursday 21 November at 3.30pm');
    expect(map.text.endsWith('Best wishes,')).toBe(true);
    expect(map.text).not.toContain('Dr Ahmed');
    expect(map.text).not.toContain('confidential');
    for (const phrase of ['Thursday 21 November at 3.30pm', 'by Friday', 'I have attached the reading assessment we did last week.']) {
      expect(rangeOf(map, phrase).toString()).toBe(phrase);
    }
  });

  it('Yahoo: the message body without the quoted one', () => {
    const [map] = bodiesOf('yahoo-message.html').maps as [TextMap];
    expect(map.text).toContain('on Tuesday afternoons');
    expect(map.text).not.toContain('Could the school make a referral?');
    for (const phrase of ['on Tuesday afternoons', 'before half term', 'would be helpful for Sam']) {
      expect(rangeOf(map, phrase).toString()).toBe(phrase);
    }
  });

  it('every stretch of every fixture maps back to the same characters', () => {
    for (const name of ['gmail-school-collapsed.html', 'outlook-message.html', 'yahoo-message.html', 'gmail-thread.html', 'outlook-conversation.html']) {
      for (const map of bodiesOf(name).maps) {
        for (const seg of map.segments) {
          const fromNode = seg.node.data.slice(seg.offset, seg.offset + seg.length).replace(/\u00a0/g, ' ');
          const fromText = map.text.slice(seg.at, seg.at + seg.length);
          // Folded white space: one space in the text stands for the run's first character.
          expect(fromNode.replace(/[\t\n\r\f]/g, ' ')).toBe(fromText);
        }
        // Every sentence of the text maps to a range that reads the same.
        for (const m of map.text.matchAll(/[^.\n?!]+[.?!]?/g)) {
          const range = map.range(m.index, m.index + m[0].length);
          if (!m[0].trim()) continue;
          expect(fold(range!.toString())).toBe(fold(m[0]));
        }
      }
    }
  });
});

describe('text map rules', () => {
  it('folds white space and breaks lines at blocks and <br>', () => {
    const body = one('<div>  Dear   Jo,\n  </div><div><br></div><div>We will <b>review</b>\n it<br>soon.</div>');
    expect(buildTextMap(body).text).toBe('Dear Jo,\n\nWe will review it\nsoon.');
  });

  it('keeps at most one blank line, and none at the start or end', () => {
    const body = one('<br><br><p>One</p><br><br><br><p>Two</p><br>');
    expect(buildTextMap(body).text).toBe('One\n\nTwo');
  });

  it('leaves out scripts, styles, hidden elements, buttons and what `skip` names', () => {
    const body = one('<p>Keep <script>x()</script><style>.a{}</style><span hidden>no</span><span style="display: none">no</span><span aria-hidden="true">no</span><button>Reply</button><i class="chrome">no</i>this.</p>');
    expect(buildTextMap(body, { skip: '.chrome' }).text).toBe('Keep this.');
  });

  it('stops at `stopAt` and at a plain-text quote header', () => {
    expect(buildTextMap(one('<div>Mine.</div><div id="x_divRplyFwdMsg">From: x</div><div>Theirs.</div>'), { stopAt: '[id$="divRplyFwdMsg"]' }).text).toBe('Mine.');
    expect(buildTextMap(one('<div>Mine.<br><br>On Mon, 11 May 2026 at 19:40, Jo wrote:<br>&gt; Theirs.</div>'), { cutPlainQuotes: true }).text).toBe('Mine.');
    expect(buildTextMap(one('<div>Mine.<br>-----Original Message-----<br>Theirs.</div>'), { cutPlainQuotes: true }).text).toBe('Mine.');
    expect(buildTextMap(one('<div>Mine.<br>From: Jo &lt;jo@x.uk&gt;<br>Sent: Monday<br>Theirs.</div>'), { cutPlainQuotes: true }).text).toBe('Mine.');
    // Without the option the text is whole.
    expect(buildTextMap(one('<div>Mine.<br>-----Original Message-----<br>Theirs.</div>')).text).toContain('Theirs.');
  });

  it('keeps white space inside <pre>', () => {
    const body = one('<pre>Line one\n  indented</pre>');
    const map = buildTextMap(body);
    expect(map.text).toBe('Line one\n  indented');
    expect(map.range(9, 19)!.toString()).toBe('  indented');
  });

  it('sets table cells apart', () => {
    const body = one('<table><tr><td>Date</td><td>Friday</td></tr><tr><td>Time</td><td>3pm</td></tr></table>');
    const map = buildTextMap(body);
    expect(map.text).toBe('Date Friday\nTime 3pm');
    expect(map.range(5, 11)!.toString()).toBe('Friday');
  });

  it('stops after maxLength characters', () => {
    const body = one(`<p>${'word '.repeat(1000)}</p>`);
    expect(buildTextMap(body, { maxLength: 100 }).text.length).toBeLessThanOrEqual(100);
  });

  it('reads no more than maxLength characters, even inside one long word', () => {
    const body = one(`<p>Start ${'x'.repeat(5000)} end.</p>`);
    const map = buildTextMap(body, { maxLength: 100 });
    expect(map.text).toBe(`Start ${'x'.repeat(94)}`);
    expect(map.range(6, 100)!.toString()).toBe('x'.repeat(94));
  });

  it('never reads what is being written: editable parts, or a body inside an editor', () => {
    const body = one('<div>Sent: we will wait and see.<div contenteditable="true">Draft: <b>we will wait</b> and see.</div><div contenteditable="false">Shown.</div></div>');
    expect(buildTextMap(body).text).toBe('Sent: we will wait and see.\nShown.');
    const editor = one('<div contenteditable><p id="in">Reply being written.</p></div>');
    expect(buildTextMap(editor.querySelector('#in')!).text).toBe('');
    // Where the browser says (isContentEditable), that decides.
    const p = editor.querySelector('#in')! as HTMLElement;
    Object.defineProperty(p, 'isContentEditable', { value: false });
    expect(buildTextMap(p).text).toBe('Reply being written.');
  });

  it('maps a range that starts or ends on an inserted line break to the nearest page text', () => {
    const body = one('<div>One</div><div>Two</div>');
    const map = buildTextMap(body);
    expect(map.text).toBe('One\nTwo');
    expect(map.range(3, 7)!.toString()).toBe('Two');
    expect(map.range(0, 4)!.toString()).toBe('One');
    expect(map.range(3, 4)).toBeNull();
  });

  it('knows when the page changed the nodes it points at', () => {
    const body = one('<div><p>Hello there.</p></div>');
    const map = buildTextMap(body);
    expect(map.intact()).toBe(true);
    body.querySelector('p')!.textContent = 'Hello there.';
    expect(map.intact()).toBe(false);
  });

  it('any stretch of any page maps to a range reading the same (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9'’.,?]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', ' \n\t ', '\u00a0');
    const text = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    type Tree = string | { tag: string; kids: Tree[] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.record({ tag: fc.constantFrom('div', 'p', 'span', 'b', 'li', 'br', 'td'), kids: fc.array(tie('node'), { maxLength: 4 }) }),
      ),
    })).node;
    const html = (t: Tree): string => {
      if (typeof t === 'string') return t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      if (t.tag === 'br') return '<br>';
      if (t.tag === 'li') return `<ul><li>${t.kids.map(html).join('')}</li></ul>`;
      if (t.tag === 'td') return `<table><tr><td>${t.kids.map(html).join('')}</td><td>x</td></tr></table>`;
      return `<${t.tag}>${t.kids.map(html).join('')}</${t.tag}>`;
    };
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const body = one(`<div>${trees.map(html).join('')}</div>`);
        const map = buildTextMap(body);
        if (map.text.length === 0) return;
        const start = a % map.text.length;
        const end = start + 1 + (b % (map.text.length - start));
        const wanted = map.text.slice(start, end);
        const range = map.range(start, end);
        if (!wanted.trim()) return;
        // Only the cells' inserted separator may lack a node.
        expect(range).not.toBeNull();
        expect(fold(range!.toString())).toBe(fold(wanted));
      }),
      { numRuns: 250 },
    );
  });
});
