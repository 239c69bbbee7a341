import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SenderGroup, SenderSummary } from '@/lib/import/worker/protocol';
import { countChosen, dateRangeProblem, groupTickState, importChoice, initialLetters, initialSenders, withSenders } from '@/lib/ui/import/choice';
import { filterGroups } from '@/lib/ui/import/sender-filter';

function sender(address: string, count: number, first: string | null, last: string | null, ticked: string | null = null, name = ''): SenderSummary {
  return { address, name, count, first, last, ticked };
}

function group(domain: string, addresses: SenderSummary[]): SenderGroup {
  return { domain, addresses, count: addresses.reduce((n, a) => n + a.count, 0), first: null, last: null, ticked: addresses.find((a) => a.ticked)?.ticked ?? null };
}

const school = group('stmarys.sch.uk', [
  sender('senco@stmarys.sch.uk', 120, '2023-09-04T08:00:00+01:00', '2026-11-20T16:00:00Z', 'a school address (.sch.uk)', 'Mrs Patel'),
  sender('office@stmarys.sch.uk', 80, '2025-01-10T09:00:00Z', '2025-06-01T09:00:00+01:00', 'a school address (.sch.uk)'),
]);
// A child's school at a public webmail domain: one address ticked, the rest of gmail.com not.
const gmail = group('gmail.com', [sender('grandma@gmail.com', 500, '2020-01-01T10:00:00Z', '2026-01-01T10:00:00Z', null, 'Grandma'), sender('oakfield.school@gmail.com', 30, '2024-02-02T10:00:00Z', '2024-03-03T10:00:00Z', 'Amelia’s school')]);
const groups = [school, gmail];

describe('initial choice', () => {
  it('ticks exactly the addresses that have a reason, and every letter', () => {
    expect([...initialSenders({ senders: groups })].sort()).toEqual(['oakfield.school@gmail.com', 'office@stmarys.sch.uk', 'senco@stmarys.sch.uk']);
    expect([...initialLetters({ letters: [{ key: 'a', file: 'a.pdf', title: 'A', sentAt: null, from: '', ticked: true }] })]).toEqual(['a']);
  });

  it('shows a domain as all, some or none ticked', () => {
    const chosen = initialSenders({ senders: groups });
    expect(groupTickState(school, chosen)).toBe('all');
    expect(groupTickState(gmail, chosen)).toBe('some');
    expect(groupTickState(gmail, withSenders(chosen, ['oakfield.school@gmail.com'], false))).toBe('none');
    expect(groupTickState(gmail, withSenders(chosen, gmail.addresses.map((a) => a.address), true))).toBe('all');
  });

  it('does not change the Set it was given', () => {
    const chosen = new Set(['a@x.org']);
    withSenders(chosen, ['b@x.org'], true);
    expect([...chosen]).toEqual(['a@x.org']);
  });
});

describe('countChosen', () => {
  const chosen = initialSenders({ senders: groups });

  it('counts the ticked senders exactly when no date range is set', () => {
    expect(countChosen(groups, chosen)).toEqual({ emails: 230, exact: true, senders: 3 });
    expect(countChosen(groups, new Set())).toEqual({ emails: 0, exact: true, senders: 0 });
  });

  it('drops senders wholly outside the range, keeps those wholly inside, and says "up to" for the rest', () => {
    // 2025 only: office (all of 2025) inside, oakfield (2024) outside, senco (2023–2026) partly.
    expect(countChosen(groups, chosen, '2025-01-01', '2025-12-31')).toEqual({ emails: 200, exact: false, senders: 2 });
    expect(countChosen(groups, chosen, '2025-01-01', '')).toEqual({ emails: 200, exact: false, senders: 2 });
    expect(countChosen(groups, new Set(['office@stmarys.sch.uk', 'oakfield.school@gmail.com']), '2025-01-01', null)).toEqual({ emails: 80, exact: true, senders: 1 });
  });

  it('counts a sender with no dated email whole: the import takes undated emails of a ticked sender', () => {
    const undated = group('council.gov.uk', [sender('sen@council.gov.uk', 7, null, null, 'a council')]);
    expect(countChosen([undated], new Set(['sen@council.gov.uk']), '2030-01-01', '2030-02-01')).toEqual({ emails: 7, exact: true, senders: 1 });
  });

  // The real emails behind the summaries: the count must agree with what the worker will take
  // (exact when it says so, never below it otherwise) for any senders and any range.
  it('never promises fewer emails than the import takes, and is right when it says it is exact', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const senders = fc.array(fc.array(day, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(senders, fc.option(day), fc.option(day), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (emailDays, from, to, ticks) => {
        const summaries = emailDays.map((days, i) => {
          const sorted = [...days].sort();
          return sender(`s${i}@x.org`, days.length, `${sorted[0]}T12:00:00+00:00`, `${sorted[sorted.length - 1]}T12:00:00+00:00`);
        });
        const chosen = new Set(summaries.filter((_, i) => ticks[i]).map((s) => s.address));
        const truth = emailDays.filter((_, i) => ticks[i]).flat().filter((d) => (!from || d >= from) && (!to || d <= to)).length;
        const count = countChosen([group('x.org', summaries)], chosen, from, to);
        if (count.exact) expect(count.emails).toBe(truth);
        else expect(count.emails).toBeGreaterThanOrEqual(truth);
      }),
      { numRuns: 100 },
    );
  });
});

describe('date range and the choice sent to the worker', () => {
  it('refuses a From after the To, and nothing else', () => {
    expect(dateRangeProblem('2026-02-01', '2026-01-01')).toMatch(/after/);
    expect(dateRangeProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(dateRangeProblem('', '2026-01-01')).toBeNull();
  });

  it('sends empty dates as no limit', () => {
    expect(importChoice(new Set(['a@x.org']), new Set(['k']), '', '2026-01-31')).toEqual({ senders: ['a@x.org'], letters: ['k'], fromDay: null, toDay: '2026-01-31' });
  });
});

describe('filterGroups', () => {
  it('keeps a whole domain that matches, and only the matching addresses or names otherwise', () => {
    expect(filterGroups(groups, '').map((f) => f.shown.length)).toEqual([2, 2]);
    expect(filterGroups(groups, ' STMARYS ').map((f) => [f.group.domain, f.shown.length])).toEqual([['stmarys.sch.uk', 2]]);
    expect(filterGroups(groups, 'oakfield').map((f) => f.shown.map((s) => s.address))).toEqual([['oakfield.school@gmail.com']]);
    expect(filterGroups(groups, 'grand').map((f) => f.shown.map((s) => s.address))).toEqual([['grandma@gmail.com']]);
    expect(filterGroups(groups, 'patel').map((f) => f.shown.map((s) => s.address))).toEqual([['senco@stmarys.sch.uk']]);
    expect(filterGroups(groups, 'nobody')).toEqual([]);
  });
});

describe('letters found inside a zip', () => {
  it('start unticked, while letters chosen as files start ticked', () => {
    const letters = [
      { key: '0/', file: 'Review.pdf', title: 'Review', sentAt: null, from: '', ticked: true },
      { key: '1/Takeout/Drive/Menu.pdf', file: 'takeout.zip › Menu.pdf', title: 'Menu', sentAt: null, from: '', ticked: false },
    ];
    expect([...initialLetters({ letters })]).toEqual(['0/']);
  });
});
