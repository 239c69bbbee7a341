import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import type { ChildEvent } from '@/lib/model/plan';
import { deleteEvent, saveEvent } from '@/lib/db/repositories/events';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`x-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const CREATED = '2026-01-05T09:00:00.000Z';

function event(overrides: Partial<ChildEvent> = {}): ChildEvent {
  return { id: 'event-1', childId: 'child-1', kind: 'review', day: '2025-12-08', note: 'Review with Mrs Patel', recordId: null, createdAt: CREATED, ...overrides };
}

describe('saving an event', () => {
  it('stamps updatedAt with the time of saving, and trims the note', async () => {
    await saveEvent(db, event({ note: '  Review with Mrs Patel \n' }), new Date('2026-01-05T09:00:00Z'));
    expect(await db.events.get('event-1')).toEqual(event({ updatedAt: '2026-01-05T09:00:00.000Z' }));
  });

  it('moves updatedAt on when the event is edited, keeping createdAt', async () => {
    await saveEvent(db, event(), new Date('2026-01-05T09:00:00Z'));
    const saved = (await db.events.get('event-1'))!;
    await saveEvent(db, { ...saved, note: 'Review with Mrs Patel and the EP' }, new Date('2026-03-05T16:30:00Z'));
    expect(await db.events.get('event-1')).toMatchObject({ note: 'Review with Mrs Patel and the EP', createdAt: CREATED, updatedAt: '2026-03-05T16:30:00.000Z' });
  });

  it('stamps the present moment when no time is given', async () => {
    const before = Date.now();
    await saveEvent(db, event());
    const stamped = Date.parse((await db.events.get('event-1'))!.updatedAt!);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('deletes', async () => {
    await saveEvent(db, event());
    await deleteEvent(db, 'event-1');
    expect(await db.events.get('event-1')).toBeUndefined();
  });
});
