import { describe, expect, it } from 'vitest';
import { chosenEmails } from '@/lib/import/pipeline/chosen-emails';
import type { FoundEmail } from '@/lib/import/pipeline/found';
import { NO_ADDRESS } from '@/lib/import/senders/group-senders';

function email(index: number, address: string, sentAt: string | null): FoundEmail {
  return { file: 0, entry: null, index, start: 0, end: 1, format: 'mbox', source: 'a.mbox', address, sentAt };
}

const all = [
  email(0, 'senco@stmarys.sch.uk', '2025-09-01T23:30:00-01:00'),
  email(1, 'senco@stmarys.sch.uk', '2026-03-12T09:00:00+00:00'),
  email(2, 'deals@shop.example', '2026-03-12T09:00:00+00:00'),
  email(3, 'senco@stmarys.sch.uk', null),
  email(4, '', '2026-01-01T09:00:00+00:00'),
];

describe('chosenEmails', () => {
  it('takes emails from ticked senders only', () => {
    expect(chosenEmails(all, { senders: ['senco@stmarys.sch.uk'], letters: [], fromDay: null, toDay: null }).map((e) => e.index)).toEqual([0, 1, 3]);
    expect(chosenEmails(all, { senders: [NO_ADDRESS], letters: [], fromDay: null, toDay: null }).map((e) => e.index)).toEqual([4]);
    expect(chosenEmails(all, { senders: [], letters: [], fromDay: null, toDay: null })).toEqual([]);
  });

  it('narrows by the day the email was sent where it was sent, both ends included, keeping undated ones', () => {
    const choice = { senders: ['senco@stmarys.sch.uk'], letters: [], fromDay: '2025-09-01', toDay: '2026-03-12' };
    expect(chosenEmails(all, choice).map((e) => e.index)).toEqual([0, 1, 3]);
    expect(chosenEmails(all, { ...choice, fromDay: '2025-09-02' }).map((e) => e.index)).toEqual([1, 3]);
    expect(chosenEmails(all, { ...choice, toDay: '2026-03-11' }).map((e) => e.index)).toEqual([0, 3]);
  });
});
