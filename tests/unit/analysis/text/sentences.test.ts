import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/analysis/text/sentences';

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe('sentences', () => {
  it('splits at full stops, question marks and line breaks, with offsets into the body', () => {
    const body = 'Dear Ms Green,\nWe will call. Is Friday good?\n• Leo will join the group';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['Dear Ms Green,', 'We will call.', 'Is Friday good?', '• Leo will join the group']);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, initials, abbreviations or inside times', () => {
    expect(texts('Mrs. Patel and Dr. Shah will meet at 9.15am, e.g. in the hall. Mr D. Price agreed.')).toEqual([
      'Mrs. Patel and Dr. Shah will meet at 9.15am, e.g. in the hall.',
      'Mr D. Price agreed.',
    ]);
  });

  it('ends a sentence after a number when a new sentence starts', () => {
    expect(texts('He is in Year 4. He will join the group.')).toEqual(['He is in Year 4.', 'He will join the group.']);
  });

  it('splits only the part of the body asked for', () => {
    const body = 'Skip this. Keep this one. Skip too.';
    expect(splitSentences(body, 11, 25).map((s) => s.text)).toEqual(['Keep this one.']);
  });
  it('keeps a sentence whole across an abbreviated month or a lower-case continuation', () => {
    expect(texts('The panel met on 6 Feb. to consider it. We will write on Nov. 5 with the outcome. See you then.')).toEqual([
      'The panel met on 6 Feb. to consider it.',
      'We will write on Nov. 5 with the outcome.',
      'See you then.',
    ]);
    expect(texts('We met on 6 Feb. The panel agreed.')).toEqual(['We met on 6 Feb.', 'The panel agreed.']);
  });

  it('joins a line that only wraps a sentence, but not headings, list items or paragraphs', () => {
    const wrapped = 'Dear Mr Osei,\nI will send the plan to you\nby Friday, and we\n\nwill do our best to meet.\nNext steps:\n- review in March\n\n\nthank you';
    expect(texts(wrapped)).toEqual([
      'Dear Mr Osei,',
      'I will send the plan to you\nby Friday, and we\n\nwill do our best to meet.',
      'Next steps:',
      '- review in March',
      'thank you',
    ]);
  });
});
