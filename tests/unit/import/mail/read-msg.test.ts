import { describe, expect, it } from 'vitest';
import { readMsg } from '@/lib/import/mail/read-msg';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { ascii, fixture } from '../mbox/byte-chunks';

describe('readMsg on Outlook .msg files', () => {
  it('reads a received email: sender, recipients, body, and the Date of its internet headers with their offset', async () => {
    const { item, documents } = await readMsg(fixture('msg/attachment-files.msg'), { file: 'attachmentFiles.msg' });
    expect(item).toEqual({
      kind: 'email',
      adapter: 'import',
      url: '',
      sentAt: '2023-11-01T09:48:31+09:00',
      sentAtText: 'Wed, 1 Nov 2023 09:48:31 +0900',
      from: { name: 'hmailuser', address: 'hmailuser@hmailserver.test' },
      to: [{ name: '', address: 'hmailuser@hmailserver.test' }],
      cc: [],
      subject: 'attachmentFiles',
      text: 'attachmentFiles',
      quotedText: '',
      signature: '',
      html: '',
      messageId: '000001da0c5d$22ab1460$68013d20$@hmailserver.test',
      attachments: ['jpg.jpg', 'png.png', 'tif.tif'],
      file: 'attachmentFiles.msg',
    });
    expect(documents).toEqual([]);
  });

  it('hands on PDF attachments as letters and names an attached Outlook item', async () => {
    const { item, documents } = await readMsg(fixture('msg/outer-mail.msg'), { file: 'o.msg' });
    expect(item.attachments).toEqual(['OUTER 1.pdf', 'OUTER 2.pdf', 'Inner mail']);
    expect(documents.map((d) => [d.name, d.kind, new TextDecoder().decode(d.bytes.subarray(0, 5))])).toEqual([
      ['OUTER 1.pdf', 'pdf', '%PDF-'],
      ['OUTER 2.pdf', 'pdf', '%PDF-'],
    ]);
    expect(item.from).toBeNull();
    // No internet headers: Outlook's own time, which has no zone, in UTC.
    expect(item.sentAt).toBe('2023-02-15T05:46:05+00:00');
    expect(item.sentAtText).toBe('Wed, 15 Feb 2023 05:46:05 GMT');
  });

  it('skips a letter over limits.maxDocumentBytes but still lists it', async () => {
    const { item, documents } = await readMsg(fixture('msg/outer-mail.msg'), { file: 'o.msg', limits: { ...IMPORT_LIMITS, maxDocumentBytes: 15_900 } });
    expect(item.attachments).toHaveLength(3);
    expect(documents.map((d) => d.name)).toEqual(['OUTER 1.pdf']);
  });

  it('sorts recipients into To and Cc', async () => {
    const { item } = await readMsg(fixture('msg/to-and-cc.msg'), { file: 't.msg' });
    expect(item.to).toEqual([{ name: '', address: 'to@example.com' }]);
    expect(item.cc).toEqual([{ name: '', address: 'cc@example.com' }]);
    expect(item.subject).toBe('title');
    expect(item.text).toBe('body');
  });

  it('keeps the name but no address for an Exchange sender known only by its X.500 address', async () => {
    const { item } = await readMsg(fixture('msg/exchange-sender.msg'), { file: 'e.msg' });
    expect(item.from).toEqual({ name: 'UnoKenji', address: '' });
    expect(item.messageId).toBe('OS3P286MB0565639EF64566509A9EE31281CC9@OS3P286MB0565.JPNP286.PROD.OUTLOOK.COM');
    expect(item.sentAt).toBe('2021-08-31T01:56:16+00:00');
  });

  it('refuses an Outlook note, which is not an email', async () => {
    await expect(readMsg(fixture('msg/sticky-note.msg'), { file: 'n.msg' })).rejects.toThrow(/not an email|rather than an email/);
  });

  it('refuses a damaged or foreign file with a sentence', async () => {
    const msg = fixture('msg/to-and-cc.msg');
    for (const bad of [new Uint8Array(0), ascii('not an Outlook file at all'), fixture('review-letter.pdf'), msg.slice(0, 2000)]) {
      await expect(readMsg(bad, { file: 'b.msg' })).rejects.toThrow(Unreadable);
    }
    await expect(readMsg(new Uint8Array(0), { file: 'b.msg' })).rejects.toThrow(/damaged or is not an Outlook message/);
  });

  it('refuses an Outlook file over limits.maxMessageBytes, saying how large the limit is', async () => {
    const msg = fixture('msg/to-and-cc.msg');
    await expect(readMsg(msg, { file: 'big.msg', limits: { ...IMPORT_LIMITS, maxMessageBytes: msg.length } })).resolves.toBeDefined();
    await expect(readMsg(msg, { file: 'big.msg', limits: { ...IMPORT_LIMITS, maxMessageBytes: 2048 } })).rejects.toThrow(
      'This Outlook file is larger than 2 KB, more than On Record reads in one email, so it was skipped.',
    );
  });
});
