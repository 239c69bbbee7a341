import { describe, expect, it } from 'vitest';
import {
  NO_SUBJECT,
  estimateFrameHeight,
  formatDateTime,
  formatSentAt,
  isWebLink,
  kindLabel,
  machineDate,
  peopleList,
  personFull,
  personName,
  siteName,
  snippet,
  sourceLabel,
  subjectOrPlaceholder,
} from '@/lib/ui/format';

describe('formatDateTime', () => {
  it('writes dates the British way, in local time (tests run in Europe/London)', () => {
    expect(formatDateTime('2026-05-13T23:02:00+01:00')).toBe('Wed 13 May 2026, 23:02');
    expect(formatDateTime('2026-01-06T08:05:00Z')).toBe('Tue 6 Jan 2026, 08:05');
  });

  it('uses the given time zone when asked', () => {
    expect(formatDateTime('2026-05-12T22:02:00Z', 'Europe/London')).toBe('Tue 12 May 2026, 23:02');
    expect(formatDateTime('2026-05-12T22:02:00Z', 'UTC')).toBe('Tue 12 May 2026, 22:02');
  });

  it('uses a 24-hour clock with midnight as 00', () => {
    expect(formatDateTime('2026-03-02T00:15:00Z')).toBe('Mon 2 Mar 2026, 00:15');
  });

  it('returns an empty string for missing or unreadable dates', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('next Tuesday')).toBe('');
  });
});

describe('machineDate', () => {
  it('passes valid ISO through and drops the rest', () => {
    expect(machineDate('2026-05-13T23:02:00+01:00')).toBe('2026-05-13T23:02:00+01:00');
    expect(machineDate('nonsense')).toBeUndefined();
    expect(machineDate(null)).toBeUndefined();
  });
});

describe('labels', () => {
  it('names each kind of capture', () => {
    expect(kindLabel('email')).toBe('Email');
    expect(kindLabel('page')).toBe('Page');
    expect(kindLabel('selection')).toBe('Passage');
    expect(kindLabel('letter')).toBe('Letter');
  });

  it('shows a placeholder for an empty subject and tidies spaces', () => {
    expect(subjectOrPlaceholder('')).toBe(NO_SUBJECT);
    expect(subjectOrPlaceholder('   ')).toBe('(no subject)');
    expect(subjectOrPlaceholder('  Re:  Annual   review ')).toBe('Re: Annual review');
  });
});

describe('snippet', () => {
  it('keeps short text whole, on one line', () => {
    expect(snippet('Dear Ms Khan,\n\nThank you.')).toBe('Dear Ms Khan, Thank you.');
  });

  it('cuts long text at a word and adds an ellipsis', () => {
    const text = 'We will keep an eye on it and I will send the plan by Friday so that everyone knows what is happening next term.';
    const out = snippet(text, 50);
    expect(out.length).toBeLessThanOrEqual(51);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toBe('We will keep an eye on it and I will send the plan…');
  });

  it('cuts a single very long word hard', () => {
    expect(snippet('x'.repeat(30), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('handles missing text', () => {
    expect(snippet(null)).toBe('');
  });
});

describe('people and sources', () => {
  const anita = { name: 'Mrs Anita Patel', address: 'a.patel@school.org.uk' };

  it('names people by name, else address', () => {
    expect(personName(anita)).toBe('Mrs Anita Patel');
    expect(personName({ name: '', address: 'office@school.org.uk' })).toBe('office@school.org.uk');
    expect(personName(null)).toBe('');
  });

  it('gives name and address together without repeating', () => {
    expect(personFull(anita)).toBe('Mrs Anita Patel <a.patel@school.org.uk>');
    expect(personFull({ name: 'office@school.org.uk', address: 'office@school.org.uk' })).toBe('office@school.org.uk');
    expect(peopleList([anita, { name: 'Mr Jones', address: '' }])).toBe('Mrs Anita Patel <a.patel@school.org.uk>, Mr Jones');
    expect(peopleList([])).toBe('');
  });

  it('falls back to the site for pages with no sender', () => {
    expect(sourceLabel({ from: null, url: 'https://portal.arbor-education.com/messages/1' })).toBe('portal.arbor-education.com');
    expect(sourceLabel({ from: anita, url: 'https://mail.google.com/' })).toBe('Mrs Anita Patel');
    expect(siteName('not a url')).toBe('');
  });

  it('offers only web addresses as links', () => {
    expect(isWebLink('https://mail.google.com/mail/u/0/#inbox/1')).toBe(true);
    expect(isWebLink('http://localhost:8080/x')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('file:///etc/passwd')).toBe(false);
    expect(isWebLink('')).toBe(false);
  });
});

describe('estimateFrameHeight', () => {
  it('stays within sensible bounds', () => {
    expect(estimateFrameHeight('')).toBe(180);
    expect(estimateFrameHeight('line\n'.repeat(500))).toBe(640);
    const mid = estimateFrameHeight('a\nb\nc\nd\ne\nf\ng\nh');
    expect(mid).toBeGreaterThan(180);
    expect(mid).toBeLessThan(640);
  });
});

describe('formatSentAt', () => {
  it('dates a letter by the day written in it, with no time and no time-zone shift; an email by day and time', () => {
    expect(formatSentAt({ kind: 'letter', sentAt: '2026-03-02T00:00:00+00:00' })).toBe('Mon 2 Mar 2026');
    expect(formatSentAt({ kind: 'letter', sentAt: '2026-07-12T00:00:00+01:00' })).toBe('Sun 12 Jul 2026');
    expect(formatSentAt({ kind: 'letter', sentAt: null })).toBe('');
    expect(formatSentAt({ kind: 'email', sentAt: '2026-03-02T10:15:00+00:00' })).toBe(formatDateTime('2026-03-02T10:15:00+00:00'));
  });
});
