import { describe, expect, it } from 'vitest';
import { holdsAll, keywordGroups, keywordScanner } from '@/lib/analysis/text/keyword-scan';
import { compileAlternatives } from '@/lib/analysis/dates/parsers/rule-parser';
import { PERIOD_PHRASES, RELATIVE_PHRASES, TERM_PHRASES } from '@/lib/analysis/dates/phrases';

const found = (keywords: string[], text: string) => {
  const scanner = keywordScanner(keywords);
  const inText = scanner.scan(text);
  return keywords.filter((k) => inText[scanner.ids.get(k)!] === 1);
};

describe('keywordScanner', () => {
  it('finds keywords in any case, overlapping ones included', () => {
    expect(found(['mon', 'month', 'day', 'today', 'term', 'half'], 'See you TODAY, Monday, at Half-Term.')).toEqual(['mon', 'day', 'today', 'term', 'half']);
    expect(found(['mon', 'month', 'thu'], 'next month')).toEqual(['mon', 'month']);
  });

  it('finds nothing in text without the keywords', () => {
    expect(found(['term', 'easter'], 'Thank you for your help with the reading folder.')).toEqual([]);
  });

  it('reads the long s and the Kelvin sign as a case-insensitive Unicode pattern does', () => {
    expect(found(['summer', 'week'], 'over the ſummer')).toEqual(['summer']);
    expect(found(['summer', 'week'], 'next wee\u212A')).toEqual(['week']);
  });

  it('tests groups of keywords: one of each group', () => {
    const scanner = keywordScanner(['full', 'all', 'not', "n't"]);
    const groups = keywordGroups(scanner, [['full', 'all'], ['not', "n't"]]);
    expect(holdsAll(scanner.scan("They won't have him in for full days."), groups)).toBe(true);
    expect(holdsAll(scanner.scan('He will be in for full days.'), groups)).toBe(false);
  });
});

// Our own sentences, in the style of school emails: every phrase rule that matches one must list a
// keyword the sentence holds, or the gate would skip a real match.
const SENTENCES = [
  'Please return the form by the end of the school year.',
  'We will review this before the summer holidays and again before we break up for the summer.',
  'The trip is at the end of next term, and clubs restart at the start of next term.',
  'On the first day back after half term we will meet again.',
  'Please send it in before half term, or by the October half term at the latest.',
  'When the children come back after the February half term we will start the new topic.',
  'The review will be at the start of the second half of the spring term.',
  'On return in the second half of the summer term he will have a new teacher.',
  'Reports go home at the end of term, before we break up for Christmas on Friday.',
  'We will look again at the beginning of the autumn term and at the end of the spring term.',
  'After the Easter holidays the group moves to Tuesdays; Good Friday is a bank holiday.',
  'By the end of the week, or by the end of next week at the latest.',
  'By the end of this month, the end of next month, or the end of March.',
  'Over the next fortnight and over the weekend, then the week after next.',
  'In two weeks, within six weeks, or in a couple of days from today.',
  'This morning, tonight, tomorrow afternoon and yesterday evening; last night too.',
  'The day after tomorrow, or the day before yesterday.',
  'In 2019 and since 2021, during the 2024-25 school year, and in the new year.',
  'This summer, during the winter, over the Christmas break and throughout half-term week.',
];

describe('phrase rule keywords', () => {
  for (const p of [...TERM_PHRASES, ...PERIOD_PHRASES, ...RELATIVE_PHRASES]) {
    it(`${p.rule}: every match holds one of its keywords`, () => {
      const pattern = compileAlternatives(p.patterns);
      const scanner = keywordScanner(p.keywords);
      const groups = keywordGroups(scanner, [p.keywords]);
      for (const s of SENTENCES) if (pattern.test(s)) expect(holdsAll(scanner.scan(s), groups), s).toBe(true);
    });
  }

  it('the sentences match most rules, so the check above has something to check', () => {
    const rules = [...TERM_PHRASES, ...PERIOD_PHRASES, ...RELATIVE_PHRASES];
    const matched = rules.filter((p) => SENTENCES.some((s) => compileAlternatives(p.patterns).test(s)));
    expect(matched.length).toBeGreaterThan(rules.length - 3);
  });
});
