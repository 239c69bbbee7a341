import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../lib/analysis/context';
import { detectDates } from '../../../../lib/analysis/dates/detect-dates';
import { hostileInputs } from '../hostile-inputs';
import { calendar } from './helpers';

const run = (body: string, sentAt = '2025-03-04T10:00:00Z') =>
  detectDates(createContext({ sentAt, from: '', subject: '', body }, { calendar }));

describe('date detection on hostile input', () => {
  it('never throws, and every span indexes the body', () => {
    for (const [name, body] of Object.entries(hostileInputs(100_000))) {
      const start = performance.now();
      const found = run(body);
      expect(performance.now() - start, name).toBeLessThan(5000);
      for (const d of found) {
        expect(body.slice(d.start, d.end)).toBe(d.text);
        expect(d.date === null || /^\d{4}-\d{2}-\d{2}$/.test(d.date)).toBe(true);
      }
    }
  });
  it('keeps explicit dates, and no others, when sentAt is unreadable', () => {
    const found = run('We met on 3rd March 2025 and will meet again on Friday.', 'not a date');
    expect(found.map((d) => d.date)).toEqual(['2025-03-03', null]);
  });
  it('time per KB stays flat from 1 KB to 200 KB', () => {
    const unit = 'We will meet on Tuesday 3/4 at 2pm, then every Friday, and review it by half term. He is in Year 4.\n';
    const time = (size: number) => {
      const body = unit.repeat(Math.ceil(size / unit.length));
      const start = performance.now();
      run(body);
      return (performance.now() - start) / (body.length / 1024);
    };
    time(20_000); // warm up
    const small = Math.max(time(1024), time(4096));
    const large = time(200_000);
    expect(large).toBeLessThan(small * 3 + 1);
  });
});
