import { describe, expect, it } from 'vitest';
import { termWordsIn } from '@/lib/plan/flags/term-words';

describe('termWordsIn', () => {
  it.each([
    ['We will review this after half term.', 'after half term'],
    ['Mrs Khan will send the plan by the end of term.', 'by the end of term'],
    ['We hope to start the group before the Easter holidays.', 'before the Easter holidays'],
    ['The assessment will take place in the summer term.', 'in the summer term'],
    ['We will meet again next term.', 'next term'],
    ['We will update you after the October half-term.', 'after the October half-term'],
    ['The SENCo will ring you after\nhalf   term.', 'after half term'],
  ])('finds the term words in “%s”', (text, words) => {
    expect(termWordsIn(text)).toBe(words);
  });

  it.each([
    'We will send the report by Friday.',
    'We are thinking about his long-term needs.',
    'In the long term we will look at a plan.',
    'We will discuss the terminology with you.',
  ])('finds none in “%s”', (text) => {
    expect(termWordsIn(text)).toBeNull();
  });

  it('stays fast on hostile input', () => {
    const hostile = `${'after the end of the '.repeat(20_000)}${' '.repeat(200_000)}${'half-'.repeat(40_000)}`;
    const started = performance.now();
    termWordsIn(hostile);
    expect(performance.now() - started).toBeLessThan(30_000); // a hang check only: speed is measured by npm run bench
  });
});
