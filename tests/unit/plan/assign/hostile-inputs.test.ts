import { describe, expect, it } from 'vitest';
import { guessChild } from '@/lib/plan/assign/guess-child';
import { suggestLinks } from '@/lib/plan/linking/suggest-links';
import type { Child } from '@/lib/model/plan';
import { hostileInputs } from '../../analysis/hostile-inputs';
import { plan, provision, target } from '../provision/plan-builders';

// A pasted email can be anything: neither the guess nor the linker may take long on it.
const SIZE = 20_000;
const LIMIT_MS = 1_000;

const may: Child = {
  id: 'may', name: 'May Will', knownAs: ['Mr'], school: 'St Mary’s', schoolSenders: ['stmarys.sch.uk'], yearGroup: 'Year 1',
  senStatus: 'sen-support', primaryNeed: null, secondaryNeed: null, calendarId: null, evidenceWeeks: 4, createdAt: '', updatedAt: '',
};
const plans = [
  plan({
    provisions: [provision(), provision({ id: 'two', what: '1:1 check-in', who: 'Mrs Khan and Mr Obi, NHS SaLT (Sarah Bell)' })],
    targets: [target('t', 'Read 30 common exception words')],
  }),
];

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('hostile inputs', () => {
  for (const [name, text] of Object.entries(hostileInputs(SIZE))) {
    it(`guesses and links quickly on ${name}`, () => {
      const record = { from: { name: text.slice(0, 200), address: 'a@stmarys.sch.uk' }, to: [], cc: [], subject: text.slice(0, 500), text, quotedText: text };
      expect(fastest(() => guessChild(record, [may]))).toBeLessThan(LIMIT_MS);
      expect(fastest(() => suggestLinks({ findingText: text, sentence: text, recordSubject: text.slice(0, 500), senderName: text.slice(0, 200) }, plans, '2026-10-01'))).toBeLessThan(LIMIT_MS);
    });
  }
});
