import { describe, expect, it } from 'vitest';
import { sentenceAround } from '@/lib/ui/sentence-around';

describe('sentenceAround', () => {
  const text = 'Dear Ms Bennett,\nSam will join Lexia with Mrs Khan. We will keep an eye on it! Thanks';
  it('widens a finding to its sentence or line', () => {
    const start = text.indexOf('keep an eye');
    expect(sentenceAround(text, start, start + 11)).toBe('We will keep an eye on it!');
    const lexia = text.indexOf('Lexia');
    expect(sentenceAround(text, lexia, lexia + 5)).toBe('Sam will join Lexia with Mrs Khan.');
    expect(sentenceAround(text, text.indexOf('Thanks'), text.length)).toBe('Thanks');
  });
  it('copes with offsets outside the text', () => {
    expect(sentenceAround('', 5, 9)).toBe('');
    expect(sentenceAround('One. Two', -3, 2)).toBe('One.');
  });
});
