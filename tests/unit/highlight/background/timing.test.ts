import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { analysePageItems } from '@/lib/highlight/background/analyse-page-text';
import { OnRecordDatabase } from '@/lib/db/database';

// Printed, not asserted: machines differ. The benchmark (npm run bench) measures end to end.
const PARAGRAPH =
  'Thank you for your email about Leo. We will keep an eye on his reading and review things as needed. ' +
  'Mrs Patel will send the updated plan by Friday 15 May, and we hope to arrange some extra support soon. ' +
  'The SENCo will meet you on Tuesday 19 May at 3.30pm to talk about the assessment. If it carries on, we may ' +
  'ask you to collect him early. Hopefully things will settle down after half term, and we will let you know ' +
  'how he gets on in due course. ';

function email(words: number): string {
  let body = 'Dear Ms Green,\n\n';
  while (body.split(/\s+/).length < words) body += `${PARAGRAPH}\n\n`;
  return `${body}Kind regards,\nMrs Patel\nSENCo`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

describe('how long a 1,000-word email takes', () => {
  it('prints the warm analysis time', async () => {
    const body = email(1000);
    const input = { sentAt: '2026-05-11T09:00:00+01:00', from: 'Mrs Anita Patel <a.patel@school.sch.uk>', subject: 'Leo', body };
    for (let i = 0; i < 5; i++) analyse(input); // warm
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const a = analyse(input);
      times.push(performance.now() - t);
      found = a.vague.length + a.commitments.length + a.dates.length + a.concerns.length;
    }
    const db = new OnRecordDatabase(`timing-${crypto.randomUUID()}`);
    const item = { key: 'm1', text: body, sentAt: input.sentAt, from: input.from, subject: input.subject, messageId: 'x' };
    await analysePageItems(db, [item]);
    const t = performance.now();
    await analysePageItems(db, [item]);
    const handled = performance.now() - t;
    await db.delete();
    console.log(
      `analyse(): ${body.split(/\s+/).length} words, ${found} findings, median ${median(times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms (warm); ` +
        `analyse-page-text with lookups: ${handled.toFixed(1)} ms`,
    );
    expect(found).toBeGreaterThan(0);
  });
});
