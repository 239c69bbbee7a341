import { describe, expect, it } from 'vitest';
import type { ChildEvent } from '@/lib/model/plan';
import { draftFromEvent, eventDraftProblems, eventFromDraft } from '@/lib/ui/forms/event-draft';

const stored: ChildEvent = {
  id: 'e1',
  childId: 'c1',
  kind: 'annual-review',
  day: '2026-03-02',
  note: 'With Mrs Patel',
  recordId: null,
  createdAt: '2026-03-02T10:00:00.000Z',
};
const fresh = { id: 'new-id', childId: 'c1', now: new Date('2026-05-13T09:00:00Z') };

describe('event draft', () => {
  it('starts a new event today, with nothing chosen', () => {
    expect(draftFromEvent(undefined, '2026-05-13')).toEqual({ kind: '', day: '2026-05-13', note: '', recordId: '' });
  });

  it('asks for what happened and the day, in the order the form shows them', () => {
    const problems = eventDraftProblems({ kind: '', day: '', note: '', recordId: '' });
    expect(problems.map((p) => p.key)).toEqual(['kind', 'day']);
    expect(eventFromDraft({ kind: '', day: '2026-05-13', note: '', recordId: '' }, undefined, fresh)).toBeNull();
  });

  it('makes a new event, or changes a stored one keeping its id and when it was made', () => {
    const made = eventFromDraft({ kind: 'assessment-requested', day: '2026-05-13', note: 'Sent', recordId: 'r1' }, undefined, fresh);
    expect(made).toEqual({ id: 'new-id', childId: 'c1', kind: 'assessment-requested', day: '2026-05-13', note: 'Sent', recordId: 'r1', createdAt: '2026-05-13T09:00:00.000Z' });
    const changed = eventFromDraft({ ...draftFromEvent(stored, '2026-05-13'), note: 'Moved' }, stored, fresh);
    expect(changed).toMatchObject({ id: 'e1', createdAt: stored.createdAt, note: 'Moved', recordId: null });
  });
});
