import { describe, expect, it } from 'vitest';
import type { ImportSummary, SenderGroup } from '@/lib/import/worker/protocol';
import { counted, formatCount } from '@/lib/ui/import/numbers';
import { dayOf, longDay, monthRange, monthYear, shortDay } from '@/lib/ui/import/dates';
import { domainLabel, groupLine, senderLabel, senderLine, tickedLine } from '@/lib/ui/import/sender-wording';
import { foundDatesHint, foundSummary, importButtonLabel } from '@/lib/ui/import/choice-wording';
import { importProgressLine, roughDuration, scanPercent, scanningLine, timeLeft } from '@/lib/ui/import/progress-wording';
import { afterImportNote, finishedSentence, problemLine, skippedNote } from '@/lib/ui/import/result-wording';
import { PAGE_SIZE, showMoreLabel } from '@/lib/ui/import/paging';
import { NO_ADDRESS } from '@/lib/import/senders/group-senders';

const school: SenderGroup = {
  domain: 'stmarys.sch.uk',
  addresses: [
    { address: 'senco@stmarys.sch.uk', name: 'Mrs Patel', count: 120, first: '2023-09-04T08:00:00+01:00', last: '2026-11-20T16:00:00+00:00', ticked: 'a school address (.sch.uk)' },
    { address: 'office@stmarys.sch.uk', name: '', count: 80, first: '2024-01-10T09:00:00+00:00', last: '2026-10-01T09:00:00+01:00', ticked: 'a school address (.sch.uk)' },
    { address: 'head@stmarys.sch.uk', name: 'head@stmarys.sch.uk', count: 14, first: null, last: null, ticked: 'a school address (.sch.uk)' },
  ],
  count: 214,
  first: '2023-09-04T08:00:00+01:00',
  last: '2026-11-20T16:00:00+00:00',
  ticked: 'a school address (.sch.uk)',
};

describe('numbers', () => {
  it('groups thousands the British way and agrees the noun with the number', () => {
    expect(formatCount(48210)).toBe('48,210');
    expect(counted(1, 'email', 'emails')).toBe('1 email');
    expect(counted(0, 'email', 'emails')).toBe('0 emails');
    expect(counted(1532, 'sender', 'senders')).toBe('1,532 senders');
  });
});

describe('dates', () => {
  it('reads the day written in the ISO string, not the day in the reader’s zone', () => {
    // 23:30 in New York is already the next day in London: the email was sent on the 4th.
    expect(dayOf('2026-03-04T23:30:00-05:00')).toBe('2026-03-04');
    expect(longDay('2026-03-12T00:00:00+00:00')).toBe('12 March 2026');
    expect(shortDay('2019-09-03')).toBe('3 Sep 2019');
    expect(monthYear('2023-09-30T23:59:00+01:00')).toBe('Sep 2023');
  });

  it('says nothing for a missing or unreadable date', () => {
    for (const bad of [null, undefined, '', 'yesterday', '2026-13-01']) {
      expect(dayOf(bad)).toBeNull();
      expect(longDay(bad)).toBe('');
    }
  });

  it('shows a range of months, one month once, and one known end alone', () => {
    expect(monthRange('2023-09-04T08:00:00Z', '2026-11-20T16:00:00Z')).toBe('Sep 2023 – Nov 2026');
    expect(monthRange('2026-11-01T08:00:00Z', '2026-11-20T16:00:00Z')).toBe('Nov 2026');
    expect(monthRange(null, '2026-11-20T16:00:00Z')).toBe('Nov 2026');
    expect(monthRange(null, null)).toBe('no dates');
  });
});

describe('sender wording', () => {
  it('names a sender by address and display name, once when they are the same', () => {
    expect(senderLabel(school.addresses[0]!)).toBe('senco@stmarys.sch.uk (Mrs Patel)');
    expect(senderLabel(school.addresses[1]!)).toBe('office@stmarys.sch.uk');
    expect(senderLabel(school.addresses[2]!)).toBe('head@stmarys.sch.uk');
    expect(senderLabel({ address: NO_ADDRESS, name: '' })).toBe('Emails with no sender address');
    expect(domainLabel({ domain: NO_ADDRESS })).toBe('No sender address');
  });

  it('describes a domain with its addresses, emails and months', () => {
    expect(groupLine(school)).toBe('stmarys.sch.uk · 3 addresses · 214 emails · Sep 2023 – Nov 2026');
    expect(senderLine(school.addresses[2]!)).toBe('14 emails · no dates');
    expect(tickedLine('a school address (.sch.uk)')).toBe('Ticked: a school address (.sch.uk)');
  });
});

describe('choice wording', () => {
  it('sums up what was found', () => {
    expect(foundSummary({ emails: 48210, senders: [school], letters: [] })).toBe('Found 48,210 emails from 3 senders.');
    const letters = [1, 2, 3].map((i) => ({ key: `k${i}`, file: `l${i}.pdf`, title: `Letter ${i}`, sentAt: null, from: '', ticked: true }));
    expect(foundSummary({ emails: 214, senders: [school], letters })).toBe('Found 214 emails from 3 senders, and 3 letters.');
    expect(foundSummary({ emails: 0, senders: [], letters: letters.slice(0, 1) })).toBe('Found 1 letter.');
    expect(foundSummary({ emails: 0, senders: [], letters: [] })).toBe('No emails or letters were found in these files.');
  });

  it('names the Import button with what it will bring in, always starting "Import"', () => {
    expect(importButtonLabel({ emails: 214, exact: true }, 0)).toBe('Import 214 emails');
    expect(importButtonLabel({ emails: 214, exact: true }, 3)).toBe('Import 214 emails and 3 letters');
    expect(importButtonLabel({ emails: 1, exact: false }, 1)).toBe('Import up to 1 email and 1 letter');
    expect(importButtonLabel({ emails: 0, exact: true }, 2)).toBe('Import 2 letters');
    expect(importButtonLabel({ emails: 0, exact: true }, 0)).toBe('Import 0 emails');
    expect(importButtonLabel({ emails: 0, exact: true }, 0, false)).toBe('Import 0 letters');
  });

  it('gives the found dates as a hint for the date range', () => {
    expect(foundDatesHint({ earliest: '2019-09-03T10:00:00+01:00', latest: '2026-11-14T10:00:00Z' })).toBe('Emails found run from 3 Sep 2019 to 14 Nov 2026.');
    expect(foundDatesHint({ earliest: '2026-11-14T09:00:00Z', latest: '2026-11-14T10:00:00Z' })).toBe('All the emails found are from 14 Nov 2026.');
    expect(foundDatesHint({ earliest: null, latest: null })).toBe('');
  });
});

describe('progress wording', () => {
  it('turns bytes into a whole percent that reaches 100 only at the end', () => {
    expect(scanPercent({ bytesRead: 0, bytesTotal: 0 })).toBe(0);
    expect(scanPercent({ bytesRead: 999, bytesTotal: 1000 })).toBe(99);
    expect(scanPercent({ bytesRead: 1000, bytesTotal: 1000 })).toBe(100);
    expect(scanPercent({ bytesRead: 1200, bytesTotal: 1000 })).toBe(100);
    expect(scanningLine({ emails: 12345 })).toBe('Reading your files… 12,345 emails found so far');
  });

  it('guesses the time left only after a few items, from the rate so far', () => {
    expect(timeLeft({ done: 5, total: 214 }, 10_000)).toBe('');
    expect(timeLeft({ done: 100, total: 214 }, 1_000)).toBe('');
    // 100 items in 20 s: 114 more take 22.8 s.
    expect(timeLeft({ done: 100, total: 214 }, 20_000)).toBe('about 25 seconds left');
    expect(timeLeft({ done: 214, total: 214 }, 20_000)).toBe('');
  });

  it('rounds durations the way a person would say them', () => {
    expect(roughDuration(4)).toBe('a few seconds');
    expect(roughDuration(41)).toBe('about 45 seconds');
    expect(roughDuration(61)).toBe('about 1 minute');
    expect(roughDuration(12 * 60 + 10)).toBe('about 12 minutes');
    expect(roughDuration(2 * 3600)).toBe('about 2 hours');
    expect(roughDuration(80 * 60 + 100)).toBe('about 1 hour 20 minutes');
  });

  it('writes the import line with only the counts that are not zero', () => {
    const progress = { done: 120, total: 214, saved: 117, alreadySaved: 3, skipped: 0, unreadable: 0 };
    expect(importProgressLine(progress, 20_000)).toBe('120 of 214 done · 117 saved · 3 already saved · about 20 seconds left');
    expect(importProgressLine({ ...progress, alreadySaved: 0, unreadable: 2 }, 1000)).toBe('120 of 214 done · 117 saved · 2 could not be read');
    expect(importProgressLine({ done: 0, total: 0, saved: 0, alreadySaved: 0, skipped: 0, unreadable: 0 }, 0)).toBe('Getting ready…');
  });
});

describe('result wording', () => {
  const summary: ImportSummary = { done: 215, total: 215, saved: 211, alreadySaved: 3, skipped: 0, unreadable: 1, cancelled: false, problems: [], attachmentsSaved: 4, filed: 211, seconds: 12 };

  it('starts exactly "Import finished:" with every count', () => {
    expect(finishedSentence(summary)).toBe('Import finished: 211 saved (4 letters from attachments), 3 already saved, 0 skipped, 1 could not be read.');
    expect(finishedSentence({ ...summary, attachmentsSaved: 1 })).toContain('(1 letter from attachments)');
    expect(finishedSentence({ ...summary, attachmentsSaved: 0, skipped: 47996 })).toBe('Import finished: 211 saved, 3 already saved, 47,996 skipped, 1 could not be read.');
  });

  it('says when the parent cancelled, and how to bring in the rest', () => {
    const cancelled = { ...summary, cancelled: true, saved: 120, attachmentsSaved: 0 };
    expect(finishedSentence(cancelled)).toBe('Import finished: cancelled after 120 saved; 3 already saved, 0 skipped, 1 could not be read.');
    expect(afterImportNote(cancelled)).toMatch(/kept whole.*import the same files again/);
    expect(afterImportNote({ cancelled: false, saved: 0, filed: 0 })).toBe('');
    expect(afterImportNote(summary)).toMatch(/filed under your child.*timeline/);
    expect(afterImportNote({ ...summary, filed: 0 })).toMatch(/not yet filed under a child/);
    expect(afterImportNote({ ...summary, filed: 200 })).toMatch(/^200 of them are filed under your child.*choose who each is about/);
  });

  it('explains "skipped" only when something was skipped', () => {
    expect(skippedNote({ skipped: 0 })).toBe('');
    expect(skippedNote({ skipped: 5 })).toMatch(/did not tick/);
    expect(problemLine('This looks like a scan; On Record cannot read scans yet.')).toBe('could not be read: This looks like a scan; On Record cannot read scans yet.');
  });
});

describe('paging', () => {
  it('offers the next page, or the few that are left', () => {
    expect(showMoreLabel(PAGE_SIZE, 1490)).toBe('Show 50 more');
    expect(showMoreLabel(1450, 1490)).toBe('Show 40 more');
    expect(showMoreLabel(2, 3, { one: 'address', many: 'addresses' })).toBe('Show 1 more address');
    expect(showMoreLabel(10, 10)).toBe('');
  });
});
