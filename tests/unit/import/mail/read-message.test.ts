import { describe, expect, it } from 'vitest';
import { readMessage } from '@/lib/import/mail/read-message';
import { splitMboxBytes } from '@/lib/import/mbox/split-mbox';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { ascii, fixture, text } from '../mbox/byte-chunks';

const mailbox = (name: string) => splitMboxBytes(fixture(name)).map((entry) => entry.bytes!);
const [review, homework, council, newsletter] = mailbox('takeout.mbox');
const [timetable, checkIns, notes] = mailbox('thunderbird.mbox');

describe('readMessage on a Gmail Takeout mailbox', () => {
  it('reads the SENCo\'s email as a clipped one: new text, sign-off kept, signature apart, the PDF as a letter', async () => {
    const { item, documents } = await readMessage(review!, { file: 'takeout.zip › All mail.mbox' });
    expect(item).toEqual({
      kind: 'email',
      adapter: 'import',
      url: '',
      sentAt: '2026-03-02T10:15:00+00:00',
      sentAtText: 'Mon, 2 Mar 2026 10:15:00 +0000',
      from: { name: 'Mrs Harriet Okafor', address: 'h.okafor@brambleway.sch.uk' },
      to: [{ name: 'Sam Bennett', address: 'sam.bennett@example.com' }],
      cc: [{ name: 'Price, Daniel', address: 'd.price@brambleway.sch.uk' }],
      subject: "Noah's SEN Support review",
      text: [
        'Dear Mr Bennett,',
        '',
        'Thank you for coming in to talk about Noah’s reading. As we agreed, Mrs Shah will see him for a reading check-in every Tuesday, starting next week.',
        '',
        'I will review his SEN Support plan by half term and send you the updated targets. I have attached the letter from our meeting.',
        '',
        'Kind regards,',
      ].join('\n'),
      quotedText: '',
      signature: 'Mrs Harriet Okafor\nSENCo\nBrambleway Primary School\n01632 960418',
      html: '',
      messageId: 'LO4P265MB6213A0F7C2B14E7D9C0A8B2FD23A2@LO4P265MB6213.GBRP265.PROD.OUTLOOK.COM',
      attachments: ['Review letter - Noah Bennett.pdf'],
      file: 'takeout.zip › All mail.mbox',
    });
    expect(documents).toHaveLength(1);
    expect(documents[0]!.name).toBe('Review letter - Noah Bennett.pdf');
    expect(documents[0]!.kind).toBe('pdf');
    expect(documents[0]!.bytes).toEqual(fixture('review-letter.pdf'));
  });

  it('splits a reply into its new text and the quoted history, with ">From" unescaped', async () => {
    const { item } = await readMessage(homework!, { file: 'x' });
    expect(item.text).toBe('Hi Sam,\n\nFrom Monday, Noah will bring home a shorter spelling list of six words, and I will keep an eye on how he gets on.\n\nThanks,');
    expect(item.signature).toBe('Daniel');
    expect(item.quotedText.split('\n')[0]).toBe('On Tue, 3 Mar 2026 at 18:02, Sam Bennett <sam.bennett@example.com> wrote:');
    expect(item.quotedText).toContain('> Noah is finding the spelling homework hard.');
    expect(`${item.text}${item.quotedText}${item.signature}`).not.toContain('\r');
  });

  it('reads an ISO-8859-1 email: 8-bit body, encoded sender name and subject', async () => {
    const { item } = await readMessage(council!, { file: 'x' });
    expect(item.from).toEqual({ name: 'Chloé Martin', address: 'sen.team@hallamvale.gov.uk' });
    expect(item.subject).toBe('EHC needs assessment request · Noah Bennett');
    expect(item.text).toContain('Your claim for £12.50 travel');
    expect(item.text).toContain('Chloé Martin');
    expect(item.to).toEqual([{ name: '', address: 'sam.bennett@example.com' }]);
  });

  it('turns an HTML-only email into text without its hidden preheader, head or style', async () => {
    const { item } = await readMessage(newsletter!, { file: 'x' });
    expect(item.text).toBe('Spring reads & new arrivals\n\nBooks for confident readers – and for those who find reading hard.\n\nDyslexia-friendly titles £6.99\n\nHill Street Books, 14 Hill Street');
    expect(item.sentAt).toBe('2026-03-06T07:00:00+00:00');
    expect(item.subject).toBe('Spring reads for young readers 📚');
  });
});

describe('readMessage on a Thunderbird folder', () => {
  it('puts what follows a "-- " line in the signature', async () => {
    const { item } = await readMessage(timetable!, { file: 'x' });
    expect(item.text.startsWith('Dear Mr Bennett,\n\nFrom tomorrow, Noah will go home at lunchtime')).toBe(true);
    expect(item.text.endsWith('We will call you on Friday to talk about next week.')).toBe(true);
    expect(item.signature).toBe('Brambleway Primary School\nBrambleway Lane, Hallam Vale HV4 2QT\n01632 960400');
  });

  it('reads an HTML reply\'s <blockquote> as quoted history', async () => {
    const { item } = await readMessage(checkIns!, { file: 'x' });
    expect(item.text).toBe('Dear Mr Bennett,\n\nMrs Shah has started Noah’s reading check-ins and says he is doing well. We will send his new targets home before the Easter holidays.\n\nKind regards,');
    expect(item.signature).toBe('Harriet Okafor');
    expect(item.quotedText).toMatch(/^On 11\/03\/2026 19:44, Sam Bennett wrote:\n/);
    expect(item.quotedText).toContain('> Have the reading check-ins started yet?');
  });

  it('offers a text attachment as a letter but not a calendar invite, and lists both', async () => {
    const { item, documents } = await readMessage(notes!, { file: 'x' });
    expect(item.attachments).toEqual(['Meeting notes 13 March.txt', 'invite.ics']);
    expect(documents.map((d) => [d.name, d.kind])).toEqual([['Meeting notes 13 March.txt', 'txt']]);
    expect(text(documents[0]!.bytes)).toContain('Agreed: reading check-ins every Tuesday; review on 27 April 2026.');
  });
});

describe('readMessage on emails saved by real mail programs', () => {
  it('Apple Mail: RFC 2231 attachment name, folded UTF-8 subject, the sender\'s +1100', async () => {
    const { item, documents } = await readMessage(fixture('real/apple-mail-attachment.eml'), { file: 'a.eml' });
    expect(item.sentAt).toBe('2009-10-30T19:11:02+11:00');
    expect(item.subject).toBe('まみむめも'.repeat(10));
    expect(item.attachments).toEqual(['かきくけこ'.repeat(5) + '.txt']);
    expect(documents.map((d) => [d.kind, text(d.bytes).trim()])).toEqual([['txt', 'this is the data']]);
    expect(item.text).toBe('');
  });

  it('Gmail (saved with its mbox "From " line): ISO-8859-1 quoted-printable body, a PDF attachment', async () => {
    const { item, documents } = await readMessage(fixture('real/gmail-pdf-attachment.eml'), { file: 'g.eml' });
    expect(item.from).toEqual({ name: 'Test Tester', address: 'xxxx@xxxx.com' });
    expect(item.sentAt).toBe('2005-05-10T11:26:39-06:00');
    expect(item.text).toBe('Just attaching another PDF, here, to see what the message looks like,\nand to see if I can figure out what is going wrong here.');
    expect(documents.map((d) => [d.name, d.kind, text(d.bytes.subarray(0, 5))])).toEqual([['broken.pdf', 'pdf', '%PDF-']]);
  });

  it('Thunderbird 1.0: a plain reply', async () => {
    const { item } = await readMessage(fixture('real/thunderbird-reply.eml'), { file: 't.eml' });
    expect(item).toMatchObject({
      from: { name: 'Testing', address: 'xxxxxxxx@xxx.org' },
      to: [{ name: 'Mikel Lindsaar', address: 'mikel@xxxx.net' }],
      sentAt: '2007-11-18T19:56:07+11:00',
      subject: 'Re: Test reply email',
      messageId: '473FFE27.20003@xxx.org',
      text: 'Message body',
    });
  });
});

describe('readMessage on awkward and bad input', () => {
  const multipart = (parts: string[]) =>
    ascii(
      [
        'From: School <office@brambleway.sch.uk>',
        'Date: Mon, 2 Mar 2026 10:15:00 +0000',
        'Subject: Parts',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        ...parts.map((part) => `--b\r\n${part}`),
        '--b--',
        '',
      ].join('\r\n'),
    );
  const part = (headers: string[], body: string) => `${headers.join('\r\n')}\r\n\r\n${body}\r\n`;

  it('keeps images drawn in the HTML out of the attachments, and reads letters by extension or type', async () => {
    const bytes = multipart([
      part(['Content-Type: multipart/related; boundary="r"'], [
        '--r',
        part(['Content-Type: text/html; charset=utf-8'], '<p>See the letter.</p><img src="cid:logo@school">'),
        '--r',
        part(['Content-Type: image/png', 'Content-ID: <logo@school>', 'Content-Disposition: inline; filename="logo.png"', 'Content-Transfer-Encoding: base64'], 'iVBORw0KGgo='),
        '--r--',
      ].join('\r\n')),
      part(['Content-Type: application/octet-stream; name="Plan.PDF"', 'Content-Disposition: attachment; filename="Plan.PDF"', 'Content-Transfer-Encoding: base64'], 'JVBERi0xLjQK'),
      part(['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Content-Disposition: attachment', 'Content-Transfer-Encoding: base64'], 'UEsDBAo='),
      part(['Content-Type: application/msword; name="Old.doc"', 'Content-Disposition: attachment; filename="Old.doc"', 'Content-Transfer-Encoding: base64'], '0M8R4KGxGuE='),
      part(['Content-Type: text/html; name="Letter.htm"', 'Content-Disposition: attachment; filename="Letter.htm"'], '<p>A letter</p>'),
    ]);
    const { item, documents } = await readMessage(bytes, { file: 'x' });
    expect(item.text).toBe('See the letter.');
    expect(item.attachments).toEqual(['Plan.PDF', 'Old.doc', 'Letter.htm']);
    expect(documents.map((d) => [d.name, d.kind])).toEqual([
      ['Plan.PDF', 'pdf'],
      ['attachment.docx', 'docx'],
      ['Letter.htm', 'html'],
    ]);
  });

  it('lists a letter over limits.maxDocumentBytes by name but does not hand it on', async () => {
    const { item, documents } = await readMessage(review!, { file: 'x', limits: { ...IMPORT_LIMITS, maxDocumentBytes: 1000 } });
    expect(item.attachments).toEqual(['Review letter - Noah Bennett.pdf']);
    expect(documents).toEqual([]);
  });

  it('reads an email in a charset it does not know without throwing', async () => {
    const bytes = new Uint8Array([
      ...ascii('From: a@b.sch.uk\r\nDate: Mon, 2 Mar 2026 10:15:00 +0000\r\nSubject: =?x-no-such?Q?Caf=E9?=\r\nContent-Type: text/plain; charset="x-no-such-charset"\r\nContent-Transfer-Encoding: 8bit\r\n\r\nCaf'),
      0xe9,
      ...ascii(' at 3pm.\r\n'),
    ]);
    const { item } = await readMessage(bytes, { file: 'x' });
    expect(item.text).toMatch(/^Caf. at 3pm\.$/);
    expect(item.subject).toMatch(/^Caf/);
  });

  it('refuses a file with no email headers, in a sentence', async () => {
    await expect(readMessage(fixture('review-letter.pdf'), { file: 'x' })).rejects.toThrow(Unreadable);
    await expect(readMessage(ascii('just some words\nand more\n\nbody'), { file: 'x' })).rejects.toThrow(/does not look like an email/);
  });

  it('refuses an email over limits.maxMessageBytes', async () => {
    await expect(readMessage(review!, { file: 'x', limits: { ...IMPORT_LIMITS, maxMessageBytes: 1024 * 1024 - 1, maxDocumentBytes: 1 } })).resolves.toBeDefined();
    await expect(readMessage(review!, { file: 'x', limits: { ...IMPORT_LIMITS, maxMessageBytes: 2000 } })).rejects.toThrow(
      'This email is larger than 2 KB, more than On Record reads in one email, so it was skipped.',
    );
  });

  it('gives no date when the Date header is missing or unreadable, and keeps the words it had', async () => {
    const { item } = await readMessage(ascii('From: a@b.sch.uk\r\nDate: the day after tomorrow\r\n\r\nHello'), { file: 'x' });
    expect(item.sentAt).toBeNull();
    expect(item.sentAtText).toBe('the day after tomorrow');
    expect(item.messageId).toBeNull();
  });
});
