import type { CapturedItem } from '@/lib/model/captured-item';

/** A captured email with every field filled, for tests that need one. */
export function makeItem(overrides: Partial<CapturedItem> = {}): CapturedItem {
  return {
    kind: 'email',
    adapter: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg',
    sentAt: '2024-09-10T16:05:00+01:00',
    sentAtText: '10 Sept 2024, 16:05',
    from: { name: 'Mrs Anita Patel', address: 'a.patel@oakfield-primary.sch.uk' },
    to: [{ name: 'Ms Laura Green', address: 'laura.green@example.com' }],
    cc: [],
    subject: "Leo's SEN Support plan",
    text: 'Dear Ms Green,\n\nWe will keep an eye on it.\n\nKind regards,',
    quotedText: '',
    signature: 'Mrs Patel\nSENCo',
    html: '<p>Dear Ms Green,</p><p>We will keep an eye on it.</p>',
    messageId: 'msg-1',
    attachments: [],
    ...overrides,
  };
}
