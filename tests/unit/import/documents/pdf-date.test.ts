import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfDateToIso } from '@/lib/import/documents/pdf-date';

describe('pdfDateToIso', () => {
  it('keeps the offset a PDF date is written with', () => {
    expect(pdfDateToIso("D:20260312101500+00'00'")).toBe('2026-03-12T10:15:00+00:00');
    expect(pdfDateToIso("D:20260712101500+01'00'")).toBe('2026-07-12T10:15:00+01:00');
    expect(pdfDateToIso("D:20260312101500-05'30")).toBe('2026-03-12T10:15:00-05:30');
    expect(pdfDateToIso('D:20260312101500Z')).toBe('2026-03-12T10:15:00+00:00');
    expect(pdfDateToIso("D:20260312101500Z00'00'")).toBe('2026-03-12T10:15:00+00:00');
    expect(pdfDateToIso('20260312101500+01')).toBe('2026-03-12T10:15:00+01:00');
  });

  it('reads a date without an offset as UK time, summer time included', () => {
    expect(pdfDateToIso('D:20260312101500')).toBe('2026-03-12T10:15:00+00:00');
    expect(pdfDateToIso('D:20260712101500')).toBe('2026-07-12T10:15:00+01:00');
    expect(pdfDateToIso('D:2026')).toBe('2026-01-01T00:00:00+00:00');
    expect(pdfDateToIso('D:202607')).toBe('2026-07-01T00:00:00+01:00');
  });

  it('is null for what is not a PDF date', () => {
    for (const bad of ['', 'yesterday', 'D:20261312101500', 'D:20260230101500', 'D:20260312251500', null, undefined]) {
      expect(pdfDateToIso(bad), String(bad)).toBeNull();
    }
  });

  it('gives back the instant it was given, for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2090-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -11, max: 12 }),
        (date, offsetHours) => {
          const shifted = new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetHours * 3_600_000);
          const p = (n: number) => String(n).padStart(2, '0');
          const text = `D:${shifted.getUTCFullYear()}${p(shifted.getUTCMonth() + 1)}${p(shifted.getUTCDate())}${p(shifted.getUTCHours())}${p(shifted.getUTCMinutes())}${p(shifted.getUTCSeconds())}${offsetHours < 0 ? '-' : '+'}${p(Math.abs(offsetHours))}'00'`;
          expect(Date.parse(pdfDateToIso(text)!)).toBe(Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
      { numRuns: 100 },
    );
  });
});
