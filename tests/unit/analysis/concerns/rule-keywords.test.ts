import { describe, expect, it } from 'vitest';
import { CONCERN_RULES } from '@/lib/analysis/concerns/concern-lexicon';
import { holdsAll, keywordGroups, keywordScanner } from '@/lib/analysis/text/keyword-scan';
import { ignoreAsciiCase } from '@/lib/analysis/text/ascii-case';

// Our own sentences: a sentence is searched only when it holds a keyword of each of a rule's
// groups, so every rule that matches one of these must find its keywords in it.
const SENTENCES = [
  'Sam spent the afternoon in the isolation room and was internally excluded on Monday.',
  'He was given a fixed-term suspension and she has been sent home twice; we sent him home at lunch.',
  'The head told us not to bring him in tomorrow and asked me to keep her at home.',
  'We are proposing a reduced timetable, a part-time timetable with mornings only, on a phased return.',
  'She can attend until lunchtime, come in for half days, or stay for two hours a day and leave early each day.',
  "They still won't take him for full time hours, and we can't have her in for full days yet.",
  'Could you collect him early? We had to pick her up at lunchtime and he went home early.',
  'School keep phoning me to pick him up, and rang us to come and get her.',
  'Nothing can be put in place until there is a diagnosis, unless he gets a formal ADHD diagnosis.',
  'He needs a diagnosis before we can refer, and a diagnosis is required for the group.',
  'She was diagnosed last year, but they said they would need a report before they would consider it.',
  'We will have to wait for a formal diagnosis.',
  'We are removing Leo from the SEN register; he no longer needs SEN support and will come off the SEN list.',
];

describe('concern rule keywords', () => {
  const scanner = keywordScanner(CONCERN_RULES.flatMap((r) => r.keywords.flat()));
  for (const rule of CONCERN_RULES) {
    it(`${rule.id}: every match holds a keyword of each group`, () => {
      const pattern = new RegExp(ignoreAsciiCase(rule.pattern));
      const groups = keywordGroups(scanner, rule.keywords);
      let matched = 0;
      for (const s of SENTENCES) {
        if (!pattern.test(s)) continue;
        matched++;
        expect(holdsAll(scanner.scan(s), groups), s).toBe(true);
      }
      // Each rule has a sentence of its own above, so the check is never empty.
      expect(matched).toBeGreaterThan(0);
    });
  }
});
