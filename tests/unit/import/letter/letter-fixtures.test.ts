// The whole path a letter file takes: read as a document, then made a saved item.
import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentKind } from '@/lib/import/documents/read-document';
import { letterItem } from '@/lib/import/letter/letter-item';
import { fixture } from '../documents/fixture';

async function itemOf(kind: DocumentKind, name: string) {
  return letterItem(await readDocument(kind, fixture(name)), { file: name, lastModified: '2026-12-01T12:00:00.000Z' });
}

describe('letters read from real files', () => {
  for (const [kind, name] of [
    ['pdf', 'school-letter.pdf'],
    ['docx', 'school-letter.docx'],
    ['html', 'school-letter.html'],
    ['txt', 'school-letter-windows-1252.txt'],
  ] as const) {
    it(`dates and signs the school's letter from its own lines (${name})`, async () => {
      const item = await itemOf(kind, name);
      expect(item.sentAt).toBe('2026-03-12T00:00:00+00:00');
      expect(item.sentAtText).toBe('12 March 2026');
      expect(item.from).toEqual({ name: 'Brookfield Primary School', address: 'office@brookfield.eastwick.sch.uk' });
      expect(item.text).toContain('We will review the plan by half term');
    });
  }

  it('names the letter by its title, or by its file when it has none', async () => {
    expect((await itemOf('pdf', 'school-letter.pdf')).subject).toBe('SEN Support review: what we agreed');
    expect((await itemOf('txt', 'school-letter-windows-1252.txt')).subject).toBe('school-letter-windows-1252');
  });

  it('reads the council’s "Date: 05/02/2026" day first, not the date of birth below it', async () => {
    const item = await itemOf('pdf', 'council-decision.pdf');
    expect(item.sentAt).toBe('2026-02-05T00:00:00+00:00');
    expect(item.sentAtText).toBe('Date: 05/02/2026');
    expect(item.from).toEqual({ name: 'Eastwick Borough Council', address: 'send.casework@eastwick.gov.uk' });
  });

  it('reads the library-made letters too', async () => {
    const pdf = await itemOf('pdf', 'pdf-lib-letter.pdf');
    expect([pdf.sentAt, pdf.sentAtText]).toEqual(['2026-02-03T00:00:00+00:00', 'Tuesday 3rd February 2026']);
    expect(pdf.from).toEqual({ name: 'Oakfield Academy', address: 'inclusion@oakfield-academy.example.org' });
    const docx = await itemOf('docx', 'docx-package-letter.docx');
    expect([docx.sentAt, docx.sentAtText]).toEqual(['2026-03-12T00:00:00+00:00', '12 Mar 2026']);
    expect(docx.from).toEqual({ name: 'Eastwick Children’s Speech and Language Therapy Service', address: 'priya.nair@eastwick-health.example.org' });
  });
});

describe('a Word letter whose letterhead is in the page header', () => {
  it('is signed by the school in the header, with the sign-off’s email (above the footer’s), and named by its file', async () => {
    const item = await itemOf('docx', 'school-letter-header.docx');
    expect(item.from).toEqual({ name: 'Brookfield Primary School', address: 'senco@brookfield.eastwick.sch.uk' });
    expect(item.sentAtText).toBe('12 March 2026');
    expect(item.subject).toBe('school-letter-header');
  });
});
