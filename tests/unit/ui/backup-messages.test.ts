import { describe, expect, it } from 'vitest';
import { describeImport, importMessage, withNothingChanged } from '@/lib/ui/backup-messages';

describe('describeImport', () => {
  it('says how many were added and how many were already there', () => {
    expect(describeImport(3, 2)).toBe('Added 3 items; 2 were already in your record.');
    expect(describeImport(0, 0)).toBe('Added 0 items; 0 were already in your record.');
    expect(describeImport(1, 1)).toBe('Added 1 item; 1 was already in your record.');
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
    expect(importMessage({ ok: true, added: 4, skipped: 0 })).toEqual({ ok: true, message: 'Added 4 items; 0 were already in your record.' });
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
