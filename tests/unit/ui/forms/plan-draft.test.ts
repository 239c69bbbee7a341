import { describe, expect, it } from 'vitest';
import type { Provision, SupportPlan } from '@/lib/model/plan';
import {
  PER_OPTIONS,
  applyParsed,
  defaultPlanTitle,
  draftFromPlan,
  draftFromProvision,
  isFrequencyPer,
  parsedChanges,
  parsedPreview,
  planDraftProblems,
  planFromDraft,
  planKindFor,
  provisionFromDraft,
  targetChoiceLabel,
  targetWords,
} from '@/lib/ui/forms/plan-draft';
import { parseProvisionLine } from '@/lib/ui/forms/provision-line';
import { problemFor, withStoreProblems } from '@/lib/ui/forms/problems';

const lexia: Provision = {
  id: 'p1',
  what: 'Lexia',
  who: 'Mrs Khan (TA)',
  frequency: { times: 3, per: 'week' },
  minutes: 20,
  from: '2026-09-07',
  to: null,
  targetIds: ['t1'],
};

const plan: SupportPlan = {
  id: 'plan1',
  childId: 'c1',
  kind: 'sen-support',
  title: 'SEN Support plan, autumn 2026',
  startsOn: '2026-09-07',
  reviewOn: '2026-12-10',
  targets: [
    { id: 't1', text: 'Read 50 common words', area: 'cognition-learning' },
    { id: 't2', text: '', area: null },
  ],
  provisions: [lexia],
  revisions: [],
  createdAt: '2026-09-07T10:00:00.000Z',
  updatedAt: '2026-09-07T10:00:00.000Z',
};

const blankRow = { id: 'p9', what: '', who: '', times: '', per: 'week' as const, minutes: '', from: '', to: '', targetIds: [] };

describe('plan kinds', () => {
  it('starts from the child’s SEN status', () => {
    expect(planKindFor('ehc-plan')).toBe('ehc-plan');
    expect(planKindFor('sen-support')).toBe('sen-support');
    expect(planKindFor('monitoring')).toBe('sen-support');
  });

  it('titles plans as the store does, and calls EHC targets outcomes', () => {
    expect(defaultPlanTitle('iep')).toBe('Individual education plan (IEP)');
    expect(targetWords('ehc-plan')).toEqual({ heading: 'Outcomes', one: 'Outcome' });
    expect(targetWords('iep').heading).toBe('Targets');
  });

  it('offers every frequency unit', () => {
    expect(PER_OPTIONS.map((o) => o.value)).toEqual(['day', 'week', 'fortnight', 'half-term', 'term', 'year']);
    expect(isFrequencyPer('half-term')).toBe(true);
    expect(isFrequencyPer('month')).toBe(false);
  });
});

describe('provision drafts', () => {
  it('round-trip', () => {
    expect(provisionFromDraft(draftFromProvision(lexia))).toEqual(lexia);
    const unsaid: Provision = { ...lexia, frequency: null, minutes: null, from: null };
    expect(provisionFromDraft(draftFromProvision(unsaid))).toEqual(unsaid);
  });

  it('leaves how often unset until a number is typed', () => {
    expect(provisionFromDraft({ ...blankRow, per: 'day' }).frequency).toBeNull();
    expect(provisionFromDraft({ ...blankRow, times: '2', per: 'day' }).frequency).toEqual({ times: 2, per: 'day' });
    expect(provisionFromDraft({ ...blankRow, times: 'x' }).frequency?.times).toBeNaN();
  });

  it('fills in from a pasted line, keeping what it did not find', () => {
    const row = { ...blankRow, what: 'Lexia 3 x 20 mins weekly with Mrs Khan', per: 'day' as const };
    const parsed = parseProvisionLine(row.what);
    expect(parsedChanges(row, parsed)).toBe(true);
    expect(parsedPreview(row, parsed)).toBe('3 times a week, 20 minutes each, with Mrs Khan');
    const filled = applyParsed(row, parsed);
    expect(filled).toMatchObject({ what: 'Lexia', who: 'Mrs Khan', times: '3', per: 'week', minutes: '20' });
    expect(parsedChanges(filled, parseProvisionLine(filled.what))).toBe(false);

    const partial = { ...blankRow, what: 'Phonics 15 mins', who: 'Mr Lee' };
    expect(applyParsed(partial, parseProvisionLine(partial.what))).toMatchObject({ what: 'Phonics', who: 'Mr Lee', times: '', minutes: '15' });
  });
});

describe('plan drafts', () => {
  it('round-trip, dropping empty targets and links to them', () => {
    const draft = draftFromPlan({ ...plan, provisions: [{ ...lexia, targetIds: ['t1', 't2'] }] });
    const back = planFromDraft(draft);
    expect(back.targets.map((t) => t.id)).toEqual(['t1']);
    expect(back.provisions[0]!.targetIds).toEqual(['t1']);
    expect(back.reviewOn).toBe('2026-12-10');
  });

  it('drops support rows left blank, and keeps a review date only when given', () => {
    const draft = { ...draftFromPlan(plan), reviewOn: '' };
    draft.provisions.push(blankRow);
    const back = planFromDraft(draft);
    expect(back.provisions).toHaveLength(1);
    expect(back.reviewOn).toBeNull();
  });

  it('has no problems when it can be saved', () => {
    expect(planDraftProblems(draftFromPlan(plan))).toEqual([]);
    expect(planDraftProblems({ ...draftFromPlan(plan), provisions: [blankRow] })).toEqual([]);
  });

  it('ties each problem to its field, in form order', () => {
    const draft = {
      ...draftFromPlan(plan),
      startsOn: '',
      provisions: [
        { ...blankRow, id: 'a', who: 'Mrs Khan', minutes: '0' },
        { ...blankRow, id: 'b', what: 'Lexia', times: '1.5', from: '2026-10-01', to: '2026-09-01' },
      ],
    };
    const problems = planDraftProblems(draft);
    expect(problems.map((p) => p.key)).toEqual(['startsOn', 'provision:a:what', 'provision:a:minutes', 'provision:b:times', 'provision:b:to']);
    expect(problemFor(problems, 'provision:a:what')).toBe('Support 1: say what the support is.');
    expect(problemFor(problems, 'provision:b:to')).toBe('Support 2 (Lexia): it ends before it starts.');
    expect(problemFor(problems, 'nothing')).toBeUndefined();
  });

  it('says when the review is before the start', () => {
    expect(planDraftProblems({ ...draftFromPlan(plan), reviewOn: '2026-01-01' })).toEqual([{ key: 'reviewOn', message: 'The review date is before the plan started.' }]);
  });

  it('labels target choices with a short quote', () => {
    expect(targetChoiceLabel('sen-support', { id: 't', text: 'Read 50 common words', area: null }, 0)).toBe('Target 1: Read 50 common words');
    expect(targetChoiceLabel('ehc-plan', { id: 't', text: ' ', area: null }, 2)).toBe('Outcome 3');
    expect(targetChoiceLabel('iep', { id: 't', text: 'word '.repeat(30), area: null }, 0, 20)).toBe('Target 1: word word word word…');
  });
});

describe('store problems', () => {
  it('are added only when the form did not already say them', () => {
    expect(withStoreProblems([{ key: 'startsOn', message: 'A.' }], ['A.', 'B.'])).toEqual([
      { key: 'startsOn', message: 'A.' },
      { key: 'form', message: 'B.' },
    ]);
  });
});
