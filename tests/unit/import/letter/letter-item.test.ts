import { describe, expect, it } from 'vitest';
import { letterItem, tidyFileName, type LetterCarrier } from '@/lib/import/letter/letter-item';
import type { DocumentText } from '@/lib/import/types';

const DATED = 'Brookfield Primary School\noffice@brookfield.eastwick.sch.uk\n12 March 2026\n\nDear Mr Ahmed,\n\nWe will review the plan by half term.';
const UNDATED = 'Dear Parent,\n\nWe will keep an eye on it.\n\nKind regards,\nMrs Khan';

const doc = (text: string, extra: Partial<DocumentText> = {}): DocumentText => ({ text, title: null, created: null, ...extra });
const carrier: LetterCarrier = {
  sentAt: '2026-03-13T09:05:00+00:00',
  sentAtText: 'Fri 13 Mar 2026, 09:05',
  from: { name: 'Mrs Khan', address: 'khan@brookfield.eastwick.sch.uk' },
};

describe('letterItem: the saved item', () => {
  it('is a letter from the import, with the whole text and nothing else of an email', () => {
    const item = letterItem(doc(DATED), { file: 'Review letter.pdf' });
    expect(item).toMatchObject({ kind: 'letter', adapter: 'import', url: '', html: '', quotedText: '', signature: '', messageId: null, attachments: [], to: [], cc: [], file: 'Review letter.pdf' });
    expect(item.text).toBe(DATED);
  });
});

describe('letterItem: when it was sent', () => {
  it('takes the letter’s own date line first, at UK midnight, over the email, the file and its metadata', () => {
    const item = letterItem(doc(DATED, { created: '2026-03-11T16:00:00+00:00' }), { file: 'a.pdf', carrier, lastModified: '2026-04-01T08:00:00.000Z' });
    expect(item.sentAt).toBe('2026-03-12T00:00:00+00:00');
    expect(item.sentAtText).toBe('12 March 2026');
  });

  it('writes a summer date line with BST’s offset', () => {
    expect(letterItem(doc(DATED.replace('12 March 2026', 'Friday 10 July 2026')), { file: 'a.pdf' }).sentAt).toBe('2026-07-10T00:00:00+01:00');
  });

  it('takes the carrying email’s date and words when the letter has no date line', () => {
    const item = letterItem(doc(UNDATED, { created: '2026-03-11T16:00:00+00:00' }), { file: 'a.pdf', carrier, lastModified: '2026-04-01T08:00:00.000Z' });
    expect(item.sentAt).toBe(carrier.sentAt);
    expect(item.sentAtText).toBe(carrier.sentAtText);
  });

  it('takes the document’s creation date next, then the file’s last change, then nothing', () => {
    expect(letterItem(doc(UNDATED, { created: '2026-03-11T16:00:00+00:00' }), { file: 'a.pdf', lastModified: '2026-04-01T08:00:00.000Z' }).sentAt).toBe('2026-03-11T16:00:00+00:00');
    const fromFile = letterItem(doc(UNDATED), { file: 'a.pdf', lastModified: '2026-04-01T08:00:00.000Z' });
    expect([fromFile.sentAt, fromFile.sentAtText]).toEqual(['2026-04-01T08:00:00.000Z', null]);
    const none = letterItem(doc(UNDATED), { file: 'a.pdf', carrier: { sentAt: null, sentAtText: null, from: null } });
    expect([none.sentAt, none.sentAtText]).toEqual([null, null]);
  });
});

describe('letterItem: who it is from', () => {
  it('takes the letterhead over the carrying email’s sender', () => {
    expect(letterItem(doc(DATED), { file: 'a.pdf', carrier }).from).toEqual({ name: 'Brookfield Primary School', address: 'office@brookfield.eastwick.sch.uk' });
  });

  it('takes the email’s sender when the letter has no letterhead, else nobody', () => {
    expect(letterItem(doc(UNDATED), { file: 'a.pdf', carrier }).from).toEqual(carrier.from);
    expect(letterItem(doc(UNDATED), { file: 'a.pdf' }).from).toBeNull();
  });
});

describe('letterItem: its subject', () => {
  it('is the document’s title when it says something', () => {
    expect(letterItem(doc(DATED, { title: '  SEN Support review:  what we agreed ' }), { file: 'letter.pdf' }).subject).toBe('SEN Support review: what we agreed');
  });

  it('is the tidied file name when the title is empty, a word processor’s or the file’s own name', () => {
    for (const title of [null, '', '   ', 'Microsoft Word - EHCP draft v3.docx', 'Document1', 'Untitled', 'EHCP_draft_v3.pdf', 'EHCP draft v3']) {
      expect(letterItem(doc(DATED, { title }), { file: 'takeout.zip › Letters/EHCP_draft_v3.pdf' }).subject, String(title)).toBe('EHCP draft v3');
    }
  });
});

describe('tidyFileName', () => {
  it('drops folders, the archive and the extension, and tidies underscores', () => {
    expect(tidyFileName('EHCP draft.pdf')).toBe('EHCP draft');
    expect(tidyFileName('takeout.zip › Mail/Inbox.mbox › Decision__letter.docx')).toBe('Decision letter');
    expect(tidyFileName('C:\\Users\\me\\Annual review 2026.html')).toBe('Annual review 2026');
    expect(tidyFileName('notes')).toBe('notes');
    expect(tidyFileName('.pdf')).toBe('.pdf');
  });
});
