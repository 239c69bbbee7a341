import { describe, expect, it } from 'vitest';
import { alignFinding, highlightSegments, nestSegments, nodeText, type HighlightNode } from '@/lib/ui/highlight-segments';

const TEXT = 'I will send the plan by Friday and we will keep an eye on it.';
const at = (words: string, id = words) => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(words);
  return { id, start, end: start + words.length };
};

/** Segments as [text, ids] pairs, easy to read in a failure. */
const pairs = (text: string, findings: Parameters<typeof highlightSegments>[1]) => highlightSegments(text, findings).map((s) => [s.text, s.ids]);

/** A node tree as a string: [id|text] for marks, with * on each finding's first piece. */
function show(nodes: HighlightNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : `[${n.findingId}${n.first ? '*' : ''}|${show(n.children)}]`)).join('');
}

describe('highlightSegments', () => {
  it('gives the whole text as one plain segment when nothing was found', () => {
    expect(pairs(TEXT, [])).toEqual([[TEXT, []]]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('covers the text exactly, in order, with no gaps or overlaps', () => {
    const findings = [at('I will send the plan by Friday', 'p'), at('by Friday', 'd'), at('keep an eye on it', 'v'), at('we will keep an eye', 'q')];
    const segments = highlightSegments(TEXT, findings);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      expect(s.text).toBe(TEXT.slice(s.start, s.end));
      expect(s.end).toBeGreaterThan(s.start);
      if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
    }
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(TEXT.length);
  });

  it('marks separate findings and leaves the text between them plain', () => {
    expect(pairs(TEXT, [at('by Friday', 'd'), at('keep an eye on it', 'v')])).toEqual([
      ['I will send the plan ', []],
      ['by Friday', ['d']],
      [' and we will ', []],
      ['keep an eye on it', ['v']],
      ['.', []],
    ]);
  });

  it('lists the outer finding first where one sits inside another', () => {
    expect(pairs(TEXT, [at('by Friday', 'd'), at('I will send the plan by Friday', 'p')])).toEqual([
      ['I will send the plan ', ['p']],
      ['by Friday', ['p', 'd']],
      [' and we will keep an eye on it.', []],
    ]);
  });

  it('splits crossing findings where they overlap', () => {
    expect(pairs(TEXT, [at('we will keep an eye', 'q'), at('keep an eye on it', 'v')])).toEqual([
      ['I will send the plan by Friday and ', []],
      ['we will ', ['q']],
      ['keep an eye', ['q', 'v']],
      [' on it', ['v']],
      ['.', []],
    ]);
  });

  it('keeps two findings of the same words apart, in a stable order', () => {
    const a = at('by Friday', 'b');
    const b = at('by Friday', 'a');
    expect(pairs(TEXT, [a, b])).toEqual(pairs(TEXT, [b, a]));
    expect(pairs(TEXT, [a, b])[1]).toEqual(['by Friday', ['a', 'b']]);
  });

  it('clips findings that run off either end and ignores empty or backwards ones', () => {
    expect(pairs('Hello there', [{ id: 'x', start: -4, end: 5 }, { id: 'y', start: 6, end: 99 }, { id: 'z', start: 3, end: 3 }, { id: 'w', start: 8, end: 2 }])).toEqual([
      ['Hello', ['x']],
      [' ', []],
      ['there', ['y']],
    ]);
  });

  it('marks a finding covering the whole text', () => {
    expect(pairs('by Friday', [{ id: 'd', start: 0, end: 9 }])).toEqual([['by Friday', ['d']]]);
  });
});

describe('nestSegments', () => {
  it('puts a date inside its promise as a mark inside a mark', () => {
    const nodes = nestSegments(highlightSegments(TEXT, [at('by Friday', 'd'), at('I will send the plan by Friday', 'p')]));
    expect(show(nodes)).toBe('[p*|I will send the plan [d*|by Friday]] and we will keep an eye on it.');
    const promise = nodes[0]!;
    expect(promise.type === 'mark' && promise.complete).toBe(true);
    expect(nodeText(promise)).toBe('I will send the plan by Friday');
  });

  it('cuts a crossing finding where the outer one ends, flagging only its first piece', () => {
    const nodes = nestSegments(highlightSegments(TEXT, [at('we will keep an eye', 'q'), at('keep an eye on it', 'v')]));
    expect(show(nodes)).toBe('I will send the plan by Friday and [q*|we will [v*|keep an eye]][v| on it].');
    const v = nodes.find((n) => n.type === 'mark' && n.findingId === 'q');
    expect(v?.type === 'mark' && v.children[1]?.type === 'mark' && v.children[1].complete).toBe(false);
  });

  it('keeps the same words for the same findings: every character drawn once', () => {
    const findings = [at('I will send the plan by Friday', 'p'), at('by Friday', 'd'), at('keep an eye on it', 'v'), at('we will keep an eye', 'q')];
    const nodes = nestSegments(highlightSegments(TEXT, findings));
    expect(nodes.map(nodeText).join('')).toBe(TEXT);
    // Each finding has exactly one first piece.
    const firsts: string[] = [];
    const walk = (ns: HighlightNode[]) =>
      ns.forEach((n) => {
        if (n.type !== 'mark') return;
        if (n.first) firsts.push(n.findingId);
        walk(n.children);
      });
    walk(nodes);
    expect(firsts.sort()).toEqual(['d', 'p', 'q', 'v']);
  });

  it('gives one mark for two findings of exactly the same words, one inside the other', () => {
    expect(show(nestSegments(highlightSegments(TEXT, [at('by Friday', 'a'), at('by Friday', 'b')])))).toBe(
      'I will send the plan [a*|[b*|by Friday]] and we will keep an eye on it.',
    );
  });
});

describe('alignFinding', () => {
  it('keeps offsets that still fit the words', () => {
    const f = { ...at('by Friday', 'd'), text: 'by Friday' };
    expect(alignFinding(TEXT, f)).toBe(f);
  });

  it('moves to the nearest place the words occur when the offsets no longer fit', () => {
    const text = 'we will, then later we will again';
    expect(alignFinding(text, { id: 'x', start: 18, end: 25, text: 'we will' })).toMatchObject({ start: 20, end: 27 });
    expect(alignFinding(text, { id: 'x', start: 2, end: 9, text: 'we will' })).toMatchObject({ start: 0, end: 7 });
  });

  it('gives null when the words are not in the text at all', () => {
    expect(alignFinding(TEXT, { id: 'x', start: 0, end: 5, text: 'half term' })).toBeNull();
  });
});
