import { describe, expect, it } from 'vitest';
import { FLAG_RULES } from '@/lib/plan/flags/compute-flags';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';

// Meta-tests, refined-github style: the flag kinds are listed in two places that must agree, the
// rules that raise them and the words that describe them (the type system checks the words cover
// every kind; this checks the rules do, and that no kind is raised twice).
describe('the flag table', () => {
  const ruleKinds = FLAG_RULES.flatMap((rule) => rule.kinds);

  it('every kind with words is raised by exactly one rule', () => {
    expect([...ruleKinds].sort()).toEqual(Object.keys(FLAG_MESSAGES).sort());
    expect(new Set(ruleKinds).size).toBe(ruleKinds.length);
  });

  it('every kind has a title and a detail', () => {
    for (const [kind, words] of Object.entries(FLAG_MESSAGES)) {
      expect(typeof words.title, kind).toBe('function');
      expect(typeof words.detail, kind).toBe('function');
    }
  });
});
