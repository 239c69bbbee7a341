import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, documentKindOf } from '@/lib/import/documents/document-kinds';
import { ACCEPTED_ENDINGS, FILE_KINDS, fileKindOf, kindFromBytes, unknownFileReason } from '@/lib/import/files/file-kinds';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('fileKindOf', () => {
  it('knows every ending in the table, in any case, and offers each to the file input', () => {
    for (const [kind, { endings }] of Object.entries(FILE_KINDS)) {
      for (const e of endings) {
        expect(fileKindOf(`Letter from school${e.toUpperCase()}`)).toBe(kind);
        expect(ACCEPTED_ENDINGS).toContain(e);
      }
    }
  });

  it('reads a letter file by the same endings the document readers go by', () => {
    for (const [kind, { endings }] of Object.entries(DOCUMENT_KINDS)) {
      expect(FILE_KINDS[kind as keyof typeof DOCUMENT_KINDS].endings).toEqual(endings);
      for (const e of endings) expect(documentKindOf(`letter${e}`)).toBe(fileKindOf(`letter${e}`));
    }
    expect(fileKindOf('Inbox.mbox.txt')).toBe('mbox');
    expect(fileKindOf('takeout.zip › Letters/Review.DOCX')).toBe('docx');
  });

  it('reads a file with no ending by its first bytes: Apple Mail’s "mbox", a Takeout download that lost its name', () => {
    expect(fileKindOf('mbox')).toBe('mbox');
    expect(fileKindOf('Inbox/mbox')).toBe('mbox');
    expect(fileKindOf('download', bytes('From 17893@xxx Mon'))).toBe('mbox');
    expect(fileKindOf('download', bytes('PK\x03\x04\x14\x00'))).toBe('zip');
    expect(fileKindOf('scan0001', bytes('%PDF-1.7'))).toBe('pdf');
    expect(fileKindOf('message', bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'))).toBe('msg');
    expect(fileKindOf('notes', bytes('Hello th'))).toBeNull();
    expect(kindFromBytes(new Uint8Array())).toBeNull();
  });

  it('tells the parent what to do with formats it cannot read', () => {
    expect(unknownFileReason('EHCP 2019.doc')).toMatch(/save it as \.docx or PDF/);
    expect(unknownFileReason('outlook.pst')).toMatch(/\.msg or \.eml/);
    expect(unknownFileReason('photo.HEIC')).toMatch(/photos or scans/);
    expect(unknownFileReason('data.xyz')).toMatch(/cannot read this kind of file/);
  });
});
