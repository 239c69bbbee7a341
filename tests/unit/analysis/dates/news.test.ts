// News writing (TimeBank style): bare weekdays in past-tense reports ("said Tuesday"), American
// abbreviated months ("Nov. 5"), "last Friday", "next Tuesday". Our refiners must never make
// chrono-node's plain answer worse on such text: school-only assumptions (a bare weekday is always
// ahead) must not apply where the clause is in the past.
import { en as chronoEn } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

// Sentences written for this test, each with the day a reader would give it from sentAt.
// 2025-03-05 is a Wednesday.
const WED = '2025-03-05';
const CASES: ReadonlyArray<{ text: string; sentAt: string; want: string }> = [
  { text: 'The company said Tuesday it would cut 400 jobs.', sentAt: WED, want: '2025-03-04' },
  { text: 'Officials announced Monday that the plant will close.', sentAt: WED, want: '2025-03-03' },
  { text: 'A spokesman said Sunday that no decision had been taken.', sentAt: WED, want: '2025-03-02' },
  { text: 'Mr Harlow, who resigned Monday, declined to comment.', sentAt: WED, want: '2025-03-03' },
  { text: 'Shares fell 3% on Friday after the report.', sentAt: WED, want: '2025-02-28' },
  { text: 'On Monday, the index closed at a record high.', sentAt: WED, want: '2025-03-03' },
  { text: 'The minister said Wednesday the talks had stalled.', sentAt: WED, want: '2025-03-05' },
  { text: 'The board will meet Thursday to consider the offer.', sentAt: WED, want: '2025-03-06' },
  { text: 'The agency plans to release its findings Friday.', sentAt: WED, want: '2025-03-07' },
  { text: 'Trading resumes Monday.', sentAt: WED, want: '2025-03-10' },
  { text: 'Talks broke down last Friday.', sentAt: WED, want: '2025-02-28' },
  { text: 'The report will be published next Tuesday.', sentAt: WED, want: '2025-03-11' },
  { text: 'The vote is on Nov. 5 in the capital.', sentAt: '2025-10-20', want: '2025-11-05' },
  { text: 'The deal, announced Sept. 30, was worth two billion dollars.', sentAt: '2025-10-06', want: '2025-09-30' },
  { text: 'The company reported on Dec. 12 that profits rose.', sentAt: '2025-01-10', want: '2024-12-12' },
];

function ours(text: string, sentAt: string): string | null {
  const found = dates(text, sentAt, false);
  return found.length === 1 ? found[0]!.date : `found ${found.length}`;
}

function chronoPlain(text: string, sentAt: string): string | null {
  const d = chronoEn.GB.parseDate(text, { instant: new Date(`${sentAt}T12:00:00Z`), timezone: 0 });
  return d ? d.toISOString().slice(0, 10) : null;
}

describe('news sentences, resolved from the day they were filed', () => {
  for (const c of CASES) {
    it(`"${c.text}" (sent ${c.sentAt}) is ${c.want}`, () => {
      expect(ours(c.text, c.sentAt)).toBe(c.want);
    });
  }

  it('is right at least as often as chrono-node alone', () => {
    const oursRight = CASES.filter((c) => ours(c.text, c.sentAt) === c.want).length;
    const chronoRight = CASES.filter((c) => chronoPlain(c.text, c.sentAt) === c.want).length;
    expect(oursRight).toBeGreaterThanOrEqual(chronoRight);
    // Every case chrono gets right, we get right too.
    for (const c of CASES) if (chronoPlain(c.text, c.sentAt) === c.want) expect(ours(c.text, c.sentAt)).toBe(c.want);
  });

  it('reads a start and an end in one news sentence', () => {
    const found = dates('The strike began on Jan. 15 and ended Feb. 2 after talks.', WED, false);
    expect(found.map((d) => d.date)).toEqual(['2025-01-15', '2025-02-02']);
  });
});
