import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../../lib/highlight/content/paint';
import { siteFor } from '../../../../lib/sites/highlight-sites';
import { buildTextMap } from '../../../../lib/highlight/content/text-map';
import { findingsFor, withAdoptedSheets, withHighlightApi } from './fakes';
import { fixturePage, fold, page } from './page';

/** Every text node under `root` with its data, in order: the page's text as its nodes hold it. */
function textNodes(root: Node): Array<[Text, string]> {
  const out: Array<[Text, string]> = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push([n as Text, (n as Text).data]);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('drawing by wrapping in <mark> (no highlight API)', () => {
  it('wraps the words, keeps the text, and unwraps to the very same nodes', () => {
    const { doc, win } = fixturePage('gmail-school-collapsed.html');
    const site = siteFor(new URL(doc.URL));
    const before = textNodes(doc.body);
    const textBefore = doc.body.textContent;
    const painter = createPainter(doc, win);
    expect(painter.mode).toBe('wrap');
    let count = 0;
    for (const body of site.bodies(doc)) {
      const map = buildTextMap(body, site.text);
      const marks = painter.draw(map, 'k', findingsFor(map.text, {
        "we'll keep an eye on it": 'vague',
        "I'll send you the updated plan by Friday": 'commitment',
        'by Friday': 'date',
        'Mrs Okafor': 'concern',
        'Thank you': 'vague',
      }));
      for (const m of marks) expect(fold(m.range.toString())).toBe(fold(m.finding.text));
      count += marks.length;
    }
    expect(count).toBeGreaterThanOrEqual(6);
    const marks = Array.from(doc.querySelectorAll('mark[data-on-record]'));
    expect(marks.map((m) => m.getAttribute('data-on-record'))).toEqual(expect.arrayContaining(['vague', 'commitment', 'date', 'concern']));
    // A date inside a promise: the shorter mark is the inner one.
    const date = doc.querySelector('mark[data-on-record="date"]')!;
    expect(date.textContent).toBe('by Friday');
    expect(date.closest('mark[data-on-record="commitment"]')).not.toBeNull();
    expect(painter.markAt(date)?.finding.kind).toBe('date');
    // The page's text is unchanged while marked…
    expect(doc.body.textContent).toBe(textBefore);
    painter.clear();
    // …and afterwards the same nodes hold the same text.
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.body.textContent).toBe(textBefore);
    const after = textNodes(doc.body);
    expect(after.length).toBe(before.length);
    after.forEach(([node, data], i) => {
      expect(node).toBe(before[i]![0]);
      expect(data).toBe(before[i]![1]);
    });
  });

  it('removes one message’s marks and leaves the others', () => {
    const { doc, win } = page('<!DOCTYPE html><body><div id="a">Please wait and see.</div><div id="b">We will wait and see.</div></body>');
    const painter = createPainter(doc, win);
    const a = buildTextMap(doc.getElementById('a')!);
    const b = buildTextMap(doc.getElementById('b')!);
    const ma = painter.draw(a, 'a', findingsFor(a.text, { 'wait and see': 'vague' }));
    painter.draw(b, 'b', findingsFor(b.text, { 'wait and see': 'vague' }));
    painter.remove(ma);
    expect(doc.getElementById('a')!.innerHTML).toBe('Please wait and see.');
    expect(doc.getElementById('a')!.childNodes.length).toBe(1);
    expect(doc.querySelectorAll('#b mark').length).toBe(1);
    painter.clear();
    expect(doc.getElementById('b')!.childNodes.length).toBe(1);
  });

  it('skips a finding whose words are not where the text says', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p>We will review it.</p></body>');
    const painter = createPainter(doc, win);
    const map = buildTextMap(doc.body);
    const marks = painter.draw(map, 'k', [
      { kind: 'vague', start: 3, end: 7, text: 'nope', title: '', why: '', ask: null },
      { kind: 'vague', start: 50, end: 60, text: 'x', title: '', why: '', ask: null },
    ]);
    expect(marks).toEqual([]);
    expect(doc.body.innerHTML).toBe('<p>We will review it.</p>');
  });

  it('wraps a finding that crosses elements, piece by piece', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p>Send it <b>by Friday</b> please.</p></body>');
    const painter = createPainter(doc, win);
    const map = buildTextMap(doc.body);
    const [mark] = painter.draw(map, 'k', findingsFor(map.text, { 'it by Friday please': 'commitment' }));
    expect(mark!.elements.length).toBe(3);
    expect(mark!.range.toString()).toBe('it by Friday please');
    painter.clear();
    expect(doc.body.innerHTML).toBe('<p>Send it <b>by Friday</b> please.</p>');
  });
});

describe('taking wrapped marks away after the page changed its text', () => {
  it('leaves the page’s new text as the page made it, and takes only our <mark>s away', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p id="p">We will wait and see, as agreed.</p></body>');
    const painter = createPainter(doc, win);
    const p = doc.getElementById('p')!;
    const map = buildTextMap(p);
    const marks = painter.draw(map, 'k', findingsFor(map.text, { 'wait and see': 'vague' }));
    // The page edits the words after the mark (its own text node, split off ours).
    const after = marks[0]!.elements[0]!.nextSibling as Text;
    after.data = ', as we said.';
    painter.remove(marks);
    expect(p.querySelector('mark')).toBeNull();
    expect(p.textContent).toBe('We will wait and see, as we said.');
    // Not joined back: the page's node is still its own, with its own text.
    expect(after.isConnected).toBe(true);
    expect(after.data).toBe(', as we said.');
    expect(p.childNodes.length).toBe(3);
  });

  it('does not join pieces the page has put something between', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p id="p">We will wait and see today.</p></body>');
    const painter = createPainter(doc, win);
    const p = doc.getElementById('p')!;
    const map = buildTextMap(p);
    const marks = painter.draw(map, 'k', findingsFor(map.text, { 'wait and see': 'vague' }));
    const mark = marks[0]!.elements[0]!;
    const theirs = doc.createTextNode(' (the page)');
    mark.after(theirs);
    painter.remove(marks);
    expect(p.querySelector('mark')).toBeNull();
    expect(p.textContent).toBe('We will wait and see (the page) today.');
    expect(theirs.data).toBe(' (the page)'); // nothing of ours joined into the page's node
  });

  it('joins the pieces back when the page left them alone', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p id="p">We will wait and see today.</p></body>');
    const painter = createPainter(doc, win);
    const p = doc.getElementById('p')!;
    const node = p.firstChild;
    const map = buildTextMap(p);
    painter.remove(painter.draw(map, 'k', findingsFor(map.text, { 'wait and see': 'vague' })));
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
    expect(p.textContent).toBe('We will wait and see today.');
  });
});

describe('drawing with the CSS Custom Highlight API', () => {
  it('registers one highlight per kind and changes no DOM', () => {
    const { doc, win } = fixturePage('outlook-message.html');
    const registry = withHighlightApi(win);
    const sheets = withAdoptedSheets(win);
    const site = siteFor(new URL(doc.URL));
    const html = doc.documentElement.outerHTML;
    const painter = createPainter(doc, win);
    expect(painter.mode).toBe('highlights');
    const [body] = site.bodies(doc);
    const map = buildTextMap(body!, site.text);
    const marks = painter.draw(map, 'k', findingsFor(map.text, { 'Thursday 21 November at 3.30pm': 'date', 'by Friday': 'date', 'We would like to meet': 'commitment' }));
    expect(marks.map((m) => m.range.toString())).toEqual(['We would like to meet', 'Thursday 21 November at 3.30pm', 'by Friday']);
    expect([...registry.keys()].sort()).toEqual(['on-record-commitment', 'on-record-concern', 'on-record-date', 'on-record-vague']);
    expect(registry.get('on-record-date')!.size).toBe(2);
    expect(registry.get('on-record-date')!.priority).toBeGreaterThan(registry.get('on-record-commitment')!.priority);
    expect(doc.documentElement.outerHTML).toBe(html);
    expect(sheets.sheets()).toHaveLength(1);
    expect(sheets.sheets()[0]!.cssText).toContain('::highlight(on-record-vague){background-color:#fff1c7');
    painter.remove(marks.slice(0, 1));
    expect(registry.get('on-record-commitment')!.size).toBe(0);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(sheets.sheets()).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  it('falls back to a <style> where constructed stylesheets cannot be adopted, and takes it away', () => {
    const { doc, win } = page('<!DOCTYPE html><head></head><body><p>We will wait and see.</p></body>');
    withHighlightApi(win);
    const painter = createPainter(doc, win);
    const map = buildTextMap(doc.body);
    painter.draw(map, 'k', findingsFor(map.text, { 'wait and see': 'vague' }));
    expect(doc.head.querySelector('style')?.textContent).toContain('::highlight(on-record-vague)');
    painter.clear();
    expect(doc.head.querySelector('style')).toBeNull();
  });
});

describe('choosing how to draw', () => {
  it('wraps when the highlight API is there but refuses us', () => {
    const { doc, win } = page('<!DOCTYPE html><body><p>We will wait and see.</p></body>');
    Object.assign(win, {
      CSS: { highlights: { set: () => { throw new Error('Permission denied'); }, get: () => undefined, delete: () => false } },
      Highlight: class {},
    });
    expect(createPainter(doc, win).mode).toBe('wrap');
  });
});
