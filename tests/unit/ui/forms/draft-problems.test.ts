// The pure pieces the forms' save hook leans on: the child form's problem list (its fields, then the
// store's own check) and the words for what "Fill in from this" found.
import { describe, expect, it } from 'vitest';
import type { Child } from '@/lib/model/plan';
import { childDraftProblems, draftFromChild } from '@/lib/ui/forms/child-draft';
import { describeFound } from '@/lib/ui/forms/plan-draft';
import { parseProvisionLine } from '@/lib/ui/forms/provision-line';

const child: Child = {
  id: 'c1',
  name: 'Amelia',
  knownAs: [],
  school: '',
  schoolSenders: [],
  yearGroup: '',
  senStatus: 'sen-support',
  primaryNeed: null,
  secondaryNeed: null,
  calendarId: null,
  evidenceWeeks: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('childDraftProblems', () => {
  it('lists field problems in form order and asks the store only when the fields are fine', () => {
    const store = () => ['From the store.'];
    const bad = { ...draftFromChild(child), name: ' ', evidenceWeeks: '0' };
    expect(childDraftProblems(bad, child, store).map((p) => p.key)).toEqual(['name', 'evidenceWeeks']);
    expect(childDraftProblems(draftFromChild(child), child, store)).toEqual([{ key: 'form', message: 'From the store.' }]);
    expect(childDraftProblems(draftFromChild(child), child, () => [])).toEqual([]);
  });
});

describe('describeFound', () => {
  it('names what the line gave, joined as a sentence', () => {
    expect(describeFound(parseProvisionLine('Lexia 3 x 20 mins weekly with Mrs Khan'))).toBe('how often, minutes each time and who delivers it');
    expect(describeFound(parseProvisionLine('Lexia 20 mins'))).toBe('minutes each time');
  });
});
