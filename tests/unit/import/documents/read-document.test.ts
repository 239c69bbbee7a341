import { describe, expect, it } from 'vitest';
import { fallbackDocumentName } from '@/lib/import/documents/document-kinds';
import { documentKindOf, readDocument } from '@/lib/import/documents/read-document';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { fixture, linesOf } from './fixture';

describe('readDocument', () => {
  it('sends each kind to its reader', async () => {
    for (const [kind, name] of [
      ['pdf', 'school-letter.pdf'],
      ['docx', 'school-letter.docx'],
      ['txt', 'school-letter-utf8-bom.txt'],
      ['html', 'school-letter.html'],
    ] as const) {
      const doc = await readDocument(kind, fixture(name));
      expect(linesOf(doc.text)[0], name).toBe('Brookfield Primary School');
      expect(linesOf(doc.text), name).toContain('12 March 2026');
    }
  });

  it('refuses a document over the size limit, saying how large the limit is', async () => {
    const bytes = fixture('school-letter.pdf');
    const small = { ...IMPORT_LIMITS, maxDocumentBytes: 20 * 1024 };
    const error = await readDocument('pdf', bytes, small).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unreadable);
    expect((error as Error).message).toBe('This file is larger than 20 KB, more than On Record reads for one letter or plan, so it was left out.');
    const big = await readDocument('docx', fixture('school-letter.docx'), { ...IMPORT_LIMITS, maxDocumentBytes: 2 * 1024 * 1024 }).then(
      () => 'read',
      () => 'refused',
    );
    expect(big).toBe('read');
    const message = await readDocument('txt', new Uint8Array(3 * 1024 * 1024).fill(0x61), { ...IMPORT_LIMITS, maxDocumentBytes: 2 * 1024 * 1024 }).catch((e: Error) => e.message);
    expect(message).toMatch(/^This file is larger than 2 MB/);
  });

  it('reads a file exactly at the limit', async () => {
    const bytes = fixture('school-letter-utf8-bom.txt');
    const doc = await readDocument('txt', bytes, { ...IMPORT_LIMITS, maxDocumentBytes: bytes.length });
    expect(doc.text.length).toBeGreaterThan(0);
  });
});

describe('documentKindOf', () => {
  it('goes by the name’s ending, whatever its case', () => {
    expect(documentKindOf('EHCP draft.PDF')).toBe('pdf');
    expect(documentKindOf('takeout.zip › Letters/Review.docx')).toBe('docx');
    expect(documentKindOf('pasted letter.txt')).toBe('txt');
    expect(documentKindOf('letter.htm')).toBe('html');
    expect(documentKindOf('letter.html')).toBe('html');
  });

  it('falls back to the MIME type for a name without an ending', () => {
    expect(documentKindOf('letter', 'application/pdf')).toBe('pdf');
    expect(documentKindOf('ATT00001', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx');
    expect(documentKindOf('body', 'text/html; charset=utf-8')).toBe('html');
    expect(documentKindOf('notes', 'TEXT/PLAIN')).toBe('txt');
  });

  it('is null for what is not a letter it reads', () => {
    expect(documentKindOf('old letter.doc')).toBeNull();
    expect(documentKindOf('photo.jpg', 'image/jpeg')).toBeNull();
    expect(documentKindOf('invite.ics', 'text/calendar')).toBeNull();
    expect(documentKindOf('letter')).toBeNull();
    expect(documentKindOf('letter.docx.exe')).toBeNull();
  });

  it('lets an ending it does not read decide, whatever the MIME type says (an attachment’s type is often wrong)', () => {
    expect(documentKindOf('photo.jpg', 'application/pdf')).toBeNull();
    expect(documentKindOf('Old.doc', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
    expect(documentKindOf('Plan.PDF', 'application/octet-stream')).toBe('pdf');
    expect(documentKindOf(null, 'application/pdf')).toBe('pdf');
  });
});

describe('fallbackDocumentName', () => {
  it('names a document by its kind’s usual ending, which reads back as the same kind', () => {
    for (const kind of ['pdf', 'docx', 'txt', 'html'] as const) {
      expect(fallbackDocumentName(kind)).toMatch(/^attachment\.\w+$/);
      expect(documentKindOf(fallbackDocumentName(kind))).toBe(kind);
    }
  });
});
