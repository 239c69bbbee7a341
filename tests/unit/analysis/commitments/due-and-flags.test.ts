// Due days come from the date findings of the same sentence; hedges and conditions are flagged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { createContext } from '@/lib/analysis/context';
import { detectCommitments } from '@/lib/analysis/commitments/detect-commitments';
import { commitments, email, one } from './helpers';

describe('due', () => {
  it('a date inside the clause', () => {
    expect(one('I will send the plan by Friday.', { dates: [['by Friday', '2025-03-07']] }).due).toBe('2025-03-07');
  });

  it('no date in the sentence: null', () => {
    expect(one('I will send the plan. It is nearly ready by Friday.', { dates: [['by Friday', '2025-03-07']] }).due).toBeNull();
  });

  it('a date with no single day gives null', () => {
    expect(one('I will call you next week.', { dates: [['next week', null]] }).due).toBeNull();
  });

  it('of several, the first day inside the clause', () => {
    const c = one('Maya will start the group on Monday 10th March, in the spring term.', {
      dates: [['Monday 10th March', '2025-03-10'], ['the spring term', null]],
    });
    expect(c.due).toBe('2025-03-10');
  });

  it('a date before the clause in the same sentence ("From Monday, …")', () => {
    expect(one('From Monday 10th March, Maya will have 1:1 reading.', { dates: [['Monday 10th March', '2025-03-10']] }).due).toBe('2025-03-10');
  });

  it('a date after the clause in the same sentence', () => {
    const c = one('I will send out the reports at least a week before the meeting, so you should have them by 14th March.', {
      dates: [['14th March', '2025-03-14']],
    });
    expect(c.due).toBe('2025-03-14');
  });

  it("each clause keeps its own date; one without takes the sentence's earlier day", () => {
    const found = commitments('The review will be held on 20th March, and we will look at his targets then.', {
      dates: [['20th March', '2025-03-20']],
    });
    expect(found.map((c) => c.due)).toEqual(['2025-03-20', '2025-03-20']);
    const two = commitments('I will ring the EP on Monday, and Mrs Osei will write to you by 14th March.', {
      dates: [['Monday', '2025-03-10'], ['by 14th March', '2025-03-14']],
    });
    expect(two.map((c) => c.due)).toEqual(['2025-03-10', '2025-03-14']);
  });

  it('a past day is never a due day', () => {
    expect(one('Following the meeting on 3rd February, I will update his plan.', { dates: [['3rd February', '2025-02-03']] }).due).toBeNull();
  });

  it('end to end with the dates detector', () => {
    const result = analyse(email('I will send you a copy of the plan by Friday 7th March.'));
    expect(result.commitments.map((c) => c.due)).toEqual(['2025-03-07']);
  });
});

describe('hedged', () => {
  it.each([
    'We will try to find him a quieter table.',
    'I will aim to get the report to you before Easter.',
    'Hopefully we will have the new laptop in place soon.',
    'We will do our best to keep him with his friends.',
    'I will endeavour to reply within two days.',
    'We will look into a lunchtime club for him.',
  ])('%s', (text) => {
    expect(one(text).hedged).toBe(true);
  });

  it('a plain promise is not hedged', () => {
    expect(one('I will send the plan home on Friday.').hedged).toBe(false);
  });
});

describe('conditional', () => {
  it.each([
    'If needed, we will refer him to the school nurse.',
    'If she is absent, Mrs Osei will cover the group.',
    'We will ring you if he is unwell.',
    'Mrs Osei will take him out of assembly where necessary.',
    'Unless you tell us otherwise, we will start the group on Monday.',
  ])('%s', (text) => {
    expect(one(text).conditional).toBe(true);
  });

  it('a plain promise is not conditional', () => {
    expect(one('We will start the group on Monday.').conditional).toBe(false);
  });
});

describe('robustness', () => {
  it('spans index the body and every field is well formed on random input', () => {
    const words = fc.constantFrom('I', 'We', 'will', "'ll", 'Mrs', 'Patel', ',', 'the SENCo', 'he', 'she', 'by', 'is', 'going to', 'meeting', 'that', '(', ')', '.', '\n', 'and', 'Maya', 'be');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const e = email(parts.join(' '));
        const found = detectCommitments(createContext(e), []);
        for (const c of found) {
          expect(c.text).toBe(e.body.slice(c.start, c.end));
          expect(c.end).toBeGreaterThan(c.start);
          expect(typeof c.actor).toBe('string');
          expect(c.actor.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('time per character stays flat on long run-on text', () => {
    const unit = 'we will will will and I will try to keep an eye on it, Mrs Patel, our SENCo, will ';
    const run = (n: number) => {
      const e = email(unit.repeat(n));
      const t0 = performance.now();
      detectCommitments(createContext(e), []);
      return performance.now() - t0;
    };
    run(200);
    // The fastest of three for each size, so a busy machine slowing one run cannot fail it; a
    // quadratic rule would make the large run about a hundred times the small one.
    const fastest = (n: number) => Math.min(run(n), run(n), run(n));
    const small = Math.max(fastest(500), 1);
    const large = fastest(5000);
    expect(large / small).toBeLessThan(30); // ten times the text, well under the square of it
  });

  it('a date past "so that" belongs to that clause, not the promise', () => {
    const c = one('Mrs Hale will share the plan in class on Monday 17th March so that staff can use it before the trip in June.', {
      dates: [['Monday 17th March', '2025-03-17'], ['in June', null]],
    });
    expect(c.due).toBe('2025-03-17');
    const d = commitments('Year 2 will visit the farm on Monday 17th March, and Leo will have his own adult with him so that he feels safe before the play in June.', {
      dates: [['Monday 17th March', '2025-03-17'], ['in June', null]],
    });
    expect(d.map((x) => x.due)).toEqual(['2025-03-17']);
  });
});
