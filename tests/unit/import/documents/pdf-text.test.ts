import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '@/lib/import/documents/pdf-text';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { fixture, linesOf, positions } from './fixture';

/** The CreationDate a PDF's own Info dictionary holds, as ISO 8601 (read from its bytes, not through pdf.js). */
function creationDateInBytes(bytes: Uint8Array): string {
  const raw = new TextDecoder('latin1').decode(bytes);
  const m = /\/CreationDate\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2})'?(\d{2})?/.exec(raw);
  if (!m) throw new Error('no CreationDate in the fixture');
  const offset = m[7] === 'Z' ? '+00:00' : `${m[7]}:${m[8] ?? '00'}`;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`;
}

async function unreadableMessage(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Unreadable);
  return (error as Unreadable).message;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readPdf: a letter made by LibreOffice', () => {
  it('keeps the letter in reading order, a line per line, with the date line and the promises whole', async () => {
    const { text } = await readPdf(fixture('school-letter.pdf'));
    const lines = linesOf(text);
    expect(lines[0]).toBe('Brookfield Primary School');
    expect(lines).toContain('12 March 2026');
    expect(lines).toContain('Dear Mr and Mrs Ahmed,');
    expect(lines).toContain('Mrs Khan will send the updated provision map by Friday 20 March.');
    expect(lines).toContain('We will review the plan by half term, and I will invite you to that meeting.');
    expect(text).toContain('We will keep an eye on how she manages at lunchtimes');
    const order = positions(text, ['Brookfield Primary School', '12 March 2026', 'Mr and Mrs Ahmed', 'Dear Mr and Mrs Ahmed,', 'We will review the plan', 'Mrs Khan will send', 'Yours sincerely,', 'senco@brookfield.eastwick.sch.uk']);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('puts a blank line between paragraphs but not inside a wrapped one, and no doubled spaces', async () => {
    const { text } = await readPdf(fixture('school-letter.pdf'));
    expect(text).toContain('meeting.\n\nMrs Khan will send');
    expect(text).toContain('Amira’s SEN Support\nplan. I am writing');
    expect(text).not.toMatch(/ {2}/);
    expect(text).not.toMatch(/\n{3}/);
    expect(text).toBe(text.trim());
  });

  it('reads a ligature as its letters ("fi" in Brookfield)', async () => {
    const { text } = await readPdf(fixture('school-letter.pdf'));
    expect(text).not.toMatch(/[\ufb00-\ufb06]/);
    expect(text.match(/Brookfield/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('takes the title and creation date from the metadata', async () => {
    const bytes = fixture('school-letter.pdf');
    const doc = await readPdf(bytes);
    expect(doc.title).toBe('SEN Support review: what we agreed');
    expect(doc.created).toBe(creationDateInBytes(bytes));
  });

  it('leaves the bytes it was given whole (pdf.js gets a copy)', async () => {
    const bytes = fixture('school-letter.pdf');
    const length = bytes.byteLength;
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(length);
    expect(bytes.buffer.byteLength).toBe(length);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('fetches nothing while reading', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await readPdf(fixture('pdf-lib-letter.pdf'));
    await readPdf(fixture('school-letter.pdf'));
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('readPdf: a two-page council letter', () => {
  it('joins the pages with a blank line, in order', async () => {
    const { text, title } = await readPdf(fixture('council-decision.pdf'));
    expect(title).toBe('Decision not to carry out an EHC needs assessment');
    const lines = linesOf(text);
    expect(lines).toContain('Date: 05/02/2026');
    expect(lines).toContain('Date of birth: 14/06/2017');
    expect(text).toContain('at any time.\n\nYour right to appeal\n\nYou have the right to appeal');
    const order = positions(text, ['Eastwick Borough Council', 'Our ref: SEND/2026/0412', 'Decision not to carry out', 'Your right to appeal', 'Tom Reilly\nSEND Case Officer']);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toMatch(/ {2}/);
  });

  it('reads no more pages than the limit', async () => {
    const { text } = await readPdf(fixture('council-decision.pdf'), { ...IMPORT_LIMITS, maxPdfPages: 1 });
    expect(text).toContain('Decision not to carry out an Education, Health and Care needs assessment');
    expect(text).not.toContain('Your right to appeal');
  });
});

describe('readPdf: a PDF drawn by pdf-lib with a standard font', () => {
  it('reads its lines, title and creation date', async () => {
    const doc = await readPdf(fixture('pdf-lib-letter.pdf'));
    const lines = linesOf(doc.text);
    expect(lines.slice(0, 2)).toEqual(['Oakfield Academy', 'Part of the Riverside Learning Trust']);
    expect(lines).toContain('Tuesday 3rd February 2026');
    expect(lines).toContain('Jamie will attend from 9am to 12:30pm each day from Monday 9 February.');
    expect(doc.text).toContain('after two weeks, on Monday 23 February, with the aim of\nreturning Jamie');
    expect(doc.title).toBe('Reduced timetable: agreed arrangements');
    expect(doc.created).toBe(creationDateInBytes(fixture('pdf-lib-letter.pdf')));
  });
});

describe('readPdf: files it cannot read', () => {
  it('says a scan is a scan', async () => {
    const message = await unreadableMessage(readPdf(fixture('school-letter-scan.pdf')));
    expect(message.startsWith('This looks like a scan; On Record cannot read scans yet.')).toBe(true);
  });

  it('says a password-protected PDF is protected', async () => {
    const message = await unreadableMessage(readPdf(fixture('school-letter-password.pdf')));
    expect(message.startsWith('This PDF is protected by a password')).toBe(true);
  });

  it('says a truncated PDF is damaged', async () => {
    const message = await unreadableMessage(readPdf(fixture('school-letter-truncated.pdf')));
    expect(message).toMatch(/^This PDF is damaged or was not fully downloaded/);
  });

  it('says a file that is not a PDF at all is not one', async () => {
    const message = await unreadableMessage(readPdf(fixture('school-letter.docx')));
    expect(message).toMatch(/^This file is called a PDF but is not one/);
  });

  it('says an empty file is empty', async () => {
    expect(await unreadableMessage(readPdf(new Uint8Array()))).toBe('This file is empty: there is nothing in it to import.');
  });

  it('says a PDF whose body is garbage after a good header is damaged', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n' + 'not a pdf body '.repeat(50));
    const message = await unreadableMessage(readPdf(bytes));
    expect(message).toMatch(/^This PDF is damaged/);
  });
});
