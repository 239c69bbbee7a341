import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '@/lib/model/plan';
import { blankTermsFor } from '@/lib/ui/forms/term-draft';
import { NO_TERM_DATES, begun, edited, loaded, savedAs, startedAgain } from '@/lib/ui/forms/term-editor';

const calendar: SchoolCalendar = {
  id: 'cal1',
  name: 'Oak Primary',
  terms: [{ name: 'Autumn 2025', start: '2025-09-03', halfTermStart: '2025-10-27', halfTermEnd: '2025-10-31', end: '2025-12-19' }],
  closures: [],
  source: 'default',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const byHand = { id: null, name: 'School term dates', terms: blankTermsFor('2026-05-13'), closures: [], source: 'manual' as const };

describe('term dates editor state', () => {
  it('loads the stored calendar once, keeping fresh dates as they are', () => {
    const state = loaded(NO_TERM_DATES, calendar);
    expect(state.loadedId).toBe('cal1');
    expect(state.draft?.name).toBe('Oak Primary');
    expect(savedAs(calendar)).toEqual({ ...state, draft: expect.objectContaining({ id: 'cal1' }) });
  });

  it('keeps the stored calendar’s id when fresh dates replace its dates', () => {
    const state = begun(loaded(NO_TERM_DATES, calendar), byHand, 'Enter each term…', ['a note']);
    expect(state).toMatchObject({ fresh: true, intro: 'Enter each term…', warnings: ['a note'] });
    expect(state.draft?.id).toBe('cal1');
    expect(begun(NO_TERM_DATES, byHand, '', []).draft?.id).toBeNull();
  });

  it('makes typical dates the parent’s own once changed', () => {
    const state = edited(loaded(NO_TERM_DATES, calendar), (d) => ({ ...d, name: 'Oak' }));
    expect(state.draft).toMatchObject({ name: 'Oak', source: 'manual' });
    expect(edited(NO_TERM_DATES, (d) => d)).toBe(NO_TERM_DATES);
  });

  it('goes back to the stored dates, or to the choices when there are none', () => {
    const fresh = begun(loaded(NO_TERM_DATES, calendar), byHand, 'intro', []);
    expect(startedAgain(fresh, calendar)).toMatchObject({ fresh: false, intro: '', warnings: [], draft: { name: 'Oak Primary' } });
    expect(startedAgain(fresh, null).draft).toBeNull();
  });
});
