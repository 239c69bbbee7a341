import { describe, expect, it } from 'vitest';
import type { ImportDetails } from '@/lib/backup/import-backup';
import { describeImport, importMessage, withNothingChanged } from '@/lib/backup/backup-messages';

const none = { added: 0, updated: 0, skipped: 0 };
function details(overrides: Partial<ImportDetails> = {}): ImportDetails {
  return { records: { added: 0, skipped: 0 }, children: none, calendars: none, plans: none, events: none, links: none, marks: none, ...overrides };
}

describe('describeImport', () => {
  it('names each kind that was added, and what was already here', () => {
    expect(
      describeImport({
        added: 12,
        skipped: 3,
        details: details({ records: { added: 12, skipped: 3 }, children: { ...none, added: 1 }, plans: { ...none, added: 2 }, marks: { ...none, added: 5 } }),
      }),
    ).toBe('Added 12 saved items, 1 child, 2 plans and 5 marks. 3 saved items were already here.');
  });

  it('counts one and many in plain words', () => {
    const all = { added: 1, updated: 0, skipped: 0 };
    expect(describeImport({ added: 1, skipped: 0, details: details({ records: { added: 1, skipped: 0 }, children: all, calendars: all, plans: all, events: all, links: all, marks: all }) })).toBe(
      'Added 1 saved item, 1 child, 1 set of term dates, 1 plan, 1 event, 1 link to a plan and 1 mark.',
    );
    const two = { added: 2, updated: 0, skipped: 0 };
    expect(describeImport({ added: 0, skipped: 0, details: details({ children: two, calendars: two, events: two, links: two }) })).toBe(
      'Added 2 children, 2 sets of term dates, 2 events and 2 links to plans.',
    );
  });

  it('says what the backup’s newer copies replaced', () => {
    expect(describeImport({ added: 0, skipped: 4, details: details({ records: { added: 0, skipped: 4 }, plans: { added: 0, updated: 1, skipped: 0 } }) })).toBe(
      'Updated 1 plan to the newer copy in the backup. 4 saved items were already here.',
    );
    expect(describeImport({ added: 0, skipped: 0, details: details({ plans: { added: 0, updated: 1, skipped: 0 }, marks: { added: 1, updated: 2, skipped: 1 } }) })).toBe(
      'Added 1 mark. Updated 1 plan and 2 marks to the newer copies in the backup. 1 mark was already here.',
    );
  });

  it('says when nothing was new', () => {
    expect(describeImport({ added: 0, skipped: 1, details: details({ records: { added: 0, skipped: 1 } }) })).toBe('Nothing new was added. 1 saved item was already here.');
    expect(describeImport({ added: 0, skipped: 3, details: details({ records: { added: 0, skipped: 2 }, children: { ...none, skipped: 1 } }) })).toBe(
      'Nothing new was added. 2 saved items and 1 child were already here.',
    );
    expect(describeImport({ added: 0, skipped: 0, details: details() })).toBe('The backup was empty, so nothing was added.');
  });

  it('adds the warnings, and copes with an answer that has no details', () => {
    expect(describeImport({ added: 1, skipped: 0, details: details({ records: { added: 1, skipped: 0 } }), warnings: ['The school term dates for Amelia were not in the backup, so choose them again.'] })).toBe(
      'Added 1 saved item. The school term dates for Amelia were not in the backup, so choose them again.',
    );
    expect(describeImport({ added: 3, skipped: 2 })).toBe('Added 3 saved items. 2 saved items were already here.');
  });
});

describe('withNothingChanged', () => {
  it('adds the reassurance once', () => {
    expect(withNothingChanged('This file is not an On Record backup.')).toBe('This file is not an On Record backup. Nothing was changed.');
    expect(withNothingChanged('Broken')).toBe('Broken. Nothing was changed.');
    expect(withNothingChanged('Damaged. Nothing was changed.')).toBe('Damaged. Nothing was changed.');
  });
});

describe('importMessage', () => {
  it('reports success', () => {
    expect(importMessage({ ok: true, added: 4, skipped: 0 })).toEqual({ ok: true, message: 'Added 4 saved items.' });
    expect(importMessage({ ok: true, added: 4, skipped: 0, details: details({ records: { added: 4, skipped: 0 }, children: { ...none, added: 1 } }), warnings: [] })).toEqual({
      ok: true,
      message: 'Added 4 saved items and 1 child.',
    });
  });

  it('reports errors plainly', () => {
    expect(importMessage({ ok: false, added: 0, skipped: 0, error: 'This file is not an On Record backup.' })).toEqual({
      ok: false,
      message: 'This file is not an On Record backup. Nothing was changed.',
    });
    expect(importMessage(undefined).ok).toBe(false);
    expect(importMessage(undefined).message).toMatch(/Nothing was changed\.$/);
  });
});
