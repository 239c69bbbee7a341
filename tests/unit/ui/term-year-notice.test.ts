import { describe, expect, it } from 'vitest';
import { emailCount, markDescription, quotedWords, recordLine, termDatesLinkText, timelineNotice } from '@/lib/ui/term-year-notice';

describe('the words asking for a missing year’s term dates', () => {
  it('says which year and which words, beside one date', () => {
    expect(recordLine('2022–23', 'after half term')).toBe('Add term dates for 2022–23 to place “after half term”.');
    expect(termDatesLinkText('2022–23')).toBe('Add term dates for 2022–23');
  });

  it('lists a year’s words in plain English, and how many emails hold them', () => {
    expect(timelineNotice('2022–23', ['after half term', 'end of term'], 3)).toBe('Add term dates for 2022–23 to place “after half term” and “end of term” (3 emails).');
    expect(timelineNotice('2021–22', ['next term'], 1)).toBe('Add term dates for 2021–22 to place “next term” (1 email).');
  });

  it('quotes a few words, then says how many more', () => {
    expect(quotedWords(['a', 'b', 'c'])).toBe('“a”, “b” and “c”');
    expect(quotedWords(['a', 'b', 'c', 'd', 'e'])).toBe('“a”, “b”, “c” and 2 more');
    expect(quotedWords(['a'])).toBe('“a”');
    expect(emailCount(2)).toBe('2 emails');
  });
});

describe('the label of a mark on such words', () => {
  it('names the year whose term dates would place them', () => {
    expect(markDescription('Date', '2022–23')).toBe('Date: needs the term dates for 2022–23');
  });
});
