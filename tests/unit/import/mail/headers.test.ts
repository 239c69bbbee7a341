import { describe, expect, it } from 'vitest';
import { readHeaders } from '@/lib/import/mail/headers';
import { splitMboxBytes } from '@/lib/import/mbox/split-mbox';
import { ascii, fixture } from '../mbox/byte-chunks';

const raw = (lines: string[], body = 'Body.') => ascii(`${lines.join('\r\n')}\r\n\r\n${body}`);

describe('readHeaders: sender, date, Message-ID and subject from the header block', () => {
  it('reads each Takeout email: names decoded, addresses lower-cased, the sender\'s own offset', () => {
    const headers = splitMboxBytes(fixture('takeout.mbox')).map((e) => readHeaders(e.bytes!));
    expect(headers.map((h) => h.from)).toEqual([
      { name: 'Mrs Harriet Okafor', address: 'h.okafor@brambleway.sch.uk' },
      { name: 'Daniel Price', address: 'd.price@brambleway.sch.uk' },
      { name: 'Chloé Martin', address: 'sen.team@hallamvale.gov.uk' },
      { name: 'Hill Street Books', address: 'news@hillstreetbooks.example' },
    ]);
    expect(headers.map((h) => h.sentAt)).toEqual(['2026-03-02T10:15:00+00:00', '2026-03-04T08:41:17+00:00', '2026-03-05T14:20:38+00:00', '2026-03-06T07:00:00+00:00']);
    expect(headers.map((h) => h.subject)).toEqual([
      "Noah's SEN Support review",
      'Re: Homework and his spelling list',
      'EHC needs assessment request · Noah Bennett',
      'Spring reads for young readers 📚',
    ]);
    expect(headers[0]!.messageId).toBe('LO4P265MB6213A0F7C2B14E7D9C0A8B2FD23A2@LO4P265MB6213.GBRP265.PROD.OUTLOOK.COM');
  });

  it('joins folded lines and adjacent encoded words (a character split across two B-words)', () => {
    const headers = readHeaders(fixture('real/apple-mail-attachment.eml'));
    expect(headers.subject).toBe('まみむめも'.repeat(10));
    expect(headers.sentAt).toBe('2009-10-30T19:11:02+11:00');
    expect(headers.from).toEqual({ name: 'Mikel Lindsaar', address: 'mikel@test.lindsaar.net' });
  });

  it('decodes Q and B words in UTF-8 and ISO-8859-1, and quoted names with commas', () => {
    const headers = readHeaders(
      raw([
        'From: "Okafor, =?UTF-8?Q?Harri=C3=A9t?=" <H.Okafor@Brambleway.SCH.uk>',
        'Subject: =?iso-8859-1?B?Q2Fm6SByb29t?= and =?utf-8?q?=C2=A312?=',
        '\tfolded on',
        'Message-ID:',
        ' <abc.123@brambleway.sch.uk>',
      ]),
    );
    expect(headers).toEqual({
      from: { name: 'Okafor, Harriét', address: 'h.okafor@brambleway.sch.uk' },
      sentAt: null,
      messageId: 'abc.123@brambleway.sch.uk',
      subject: 'Café room and £12 folded on',
    });
  });

  it('reads raw UTF-8 and raw Latin-1 header bytes without encoded words', () => {
    expect(readHeaders(ascii('From: Zoë Hall <z@x.sch.uk>\n\n')).from!.name).toBe('Zoë Hall');
    expect(readHeaders(new Uint8Array([...ascii('Subject: Caf'), 0xe9, ...ascii('\n\nbody')])).subject).toBe('Café');
    // Windows-1252's curly quotes and dashes, as Outlook Express wrote them: not control characters.
    expect(readHeaders(new Uint8Array([...ascii('Subject: '), 0x93, ...ascii('Plan'), 0x94, 0x20, 0x96, ...ascii(' Caf'), 0xe9, ...ascii('\n\n')])).subject).toBe('“Plan” – Café');
  });

  it('does not throw on an unknown charset or a broken encoded word', () => {
    const headers = readHeaders(raw(['Subject: =?x-no-such-charset?Q?caf=E9?= =?utf-8?B?###?=', 'From: =?utf-8?Q?broken <a@b.c>']));
    expect(headers.subject).toMatch(/^caf/);
    expect(headers.from!.address).toBe('a@b.c');
  });

  it('falls back to Sender when there is no From, and gives nulls for missing headers', () => {
    expect(readHeaders(raw(['Sender: Office <office@brambleway.sch.uk>'])).from).toEqual({ name: 'Office', address: 'office@brambleway.sch.uk' });
    expect(readHeaders(raw(['X-Other: 1']))).toEqual({ from: null, sentAt: null, messageId: null, subject: '' });
    expect(readHeaders(raw(['Date: someday soon'])).sentAt).toBeNull();
  });

  it('reads only the header block: "From:" in the body is not the sender', () => {
    const headers = readHeaders(raw(['Subject: forwarded'], 'From: Someone Else <else@example.org>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000'));
    expect(headers.from).toBeNull();
    expect(headers.sentAt).toBeNull();
  });

  it('stops at limits.maxHeaderBytes', () => {
    const padding = `X-Padding: ${'x'.repeat(200)}`;
    const bytes = raw([padding, 'From: Late <late@example.org>']);
    expect(readHeaders(bytes, { maxHeaderBytes: 100 }).from).toBeNull();
    expect(readHeaders(bytes, { maxHeaderBytes: 1000 }).from!.address).toBe('late@example.org');
  });

  it('steps over a leading mbox "From " line', () => {
    expect(readHeaders(fixture('real/gmail-pdf-attachment.eml'))).toMatchObject({ from: { name: 'Test Tester', address: 'xxxx@xxxx.com' }, sentAt: '2005-05-10T11:26:39-06:00' });
  });
});
