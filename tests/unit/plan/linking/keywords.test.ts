import { describe, expect, it } from 'vitest';
import { blankSpans } from '@/lib/plan/linking/blank-spans';
import { keywords, stem } from '@/lib/plan/linking/keywords';

describe('stem', () => {
  it.each([
    ['reading', 'read'],
    ['reads', 'read'],
    ['read', 'read'],
    ['strategies', 'strategy'],
    ['strategy', 'strategy'],
    ['calmer', 'calm'],
    ['sitting', 'sit'],
    ['writing', 'writ'],
    ['write', 'writ'],
    ['spellings', 'spell'],
    ['feelings', 'feel'],
    ['Amelia’s', 'amelia'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('keywords', () => {
  it('keeps content words, as first written, and drops school small talk', () => {
    expect([...keywords('Dear Mrs Jones, she used her calm-down strategy when she got upset at school today.').values()]).toEqual([
      'Jones',
      'calm',
      'strategy',
      'upset',
    ]);
  });

  it('drops numbers and short words', () => {
    expect([...keywords('Read 30 common exception words by the end of Y2').keys()]).toEqual(['read', 'common', 'exception', 'word']);
  });
});

describe('blankSpans', () => {
  it('blanks overlapping spans in any order and keeps offsets', () => {
    expect(blankSpans('Mrs Khan runs Lexia daily', [{ start: 14, end: 19 }, { start: 0, end: 8 }, { start: 4, end: 8 }])).toBe('         runs       daily');
  });
});
