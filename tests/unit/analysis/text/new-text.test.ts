import { describe, expect, it } from 'vitest';
import { findNewText } from '@/lib/analysis/text/new-text';

const own = (body: string) => {
  const r = findNewText(body);
  return body.slice(r.start, r.end);
};

describe('the new text of an email', () => {
  it('stops at a sign-off followed by a signature, and reads how the sender signed', () => {
    const body = 'Dear Ms Green,\n\nWe will call you.\n\nKind regards,\n\nMrs Patel\nSENCo, Oakfield Primary\n01632 960123';
    expect(own(body)).toBe('Dear Ms Green,\n\nWe will call you.\n\nKind regards,');
    expect(findNewText(body).signedAs).toBe('Mrs Patel');
  });

  it.each([
    ['an "On … wrote:" line', 'Thanks.\n\nOn 3 Mar 2025, at 09:14, Ms Green wrote:\nWill you call?'],
    ['lines starting with >', 'Thanks.\n\n> Will you call?\n> Laura'],
    ['an Original Message divider', 'Thanks.\n\n-----Original Message-----\nFrom: Laura\nWill you call?'],
    ['an Outlook From/Sent header', 'Thanks.\n\nFrom: Laura Green <l@example.com>\nSent: 03 March 2025 09:14\nWill you call?'],
    ['an underscore rule', 'Thanks.\n\n________________________________\nFrom: Laura'],
  ])('leaves out quoted history after %s', (_name, body) => {
    expect(own(body)).toBe('Thanks.');
  });

  it('uses the "-- " signature delimiter', () => {
    expect(own('See you Monday.\n-- \nMr Hughes\nYear 3')).toBe('See you Monday.');
  });

  it('keeps a long closing paragraph that merely starts with thanks', () => {
    const body = 'We will review it.\n\nThanks,\nI really appreciate you coming in. We will review the plan before half term. Please do call.';
    expect(own(body)).toBe(body);
  });

  it('keeps everything when there is no sign-off or quote', () => {
    expect(own('  Leo will join the group from Monday.  ')).toBe('Leo will join the group from Monday.');
    expect(findNewText('').signedAs).toBeNull();
  });

  it('reads answers written between inline quotes, and skips the quoted lines', () => {
    const body = 'Hi,\n\n> Any news on the plan?\nI will send it on Friday.\n\n> And the review?\nIt will be in March.\n\nThanks,\nMrs Lee';
    const r = findNewText(body);
    expect(body.slice(r.start, r.end)).toContain('It will be in March.');
    expect(r.inlineQuotes.map((q) => body.slice(q.start, q.end))).toEqual(['> Any news on the plan?', '> And the review?']);
  });

  it('prefers a titled name in the signature to a first name above it', () => {
    expect(findNewText('We will call.\n\nBest wishes,\n\nTom\n\nMr T Ferreira\nHead of Year 7').signedAs).toBe('Mr T Ferreira');
    expect(findNewText('We will call.\n\nThanks,\nKaren\nSchool Office').signedAs).toBe('Karen');
  });
});
