import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '@/lib/import/documents/docx-text';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { Unreadable } from '@/lib/import/unreadable';
import { fixture, linesOf, positions } from './fixture';

async function unreadableMessage(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Unreadable);
  return (error as Unreadable).message;
}

/** dcterms:created as the file itself holds it, read with fflate, not through the reader. */
function createdInFile(bytes: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(bytes)['docProps/core.xml']);
  const m = /<dcterms:created[^>]*>([^<]+)</.exec(xml);
  if (!m) throw new Error('no dcterms:created in the fixture');
  return m[1]!;
}

describe('readDocx: a letter saved as .docx by LibreOffice', () => {
  it('keeps every paragraph, in order, a blank line between them', async () => {
    const { text } = await readDocx(fixture('school-letter.docx'));
    const lines = linesOf(text);
    expect(lines[0]).toBe('Brookfield Primary School');
    expect(lines).toContain('12 March 2026');
    expect(lines).toContain('Mrs Khan will send the updated provision map by Friday 20 March.');
    expect(lines).toContain('We will keep an eye on how she manages at lunchtimes and let you know if we have any concerns.');
    expect(text).toContain('invite you to that meeting.\n\nMrs Khan will send');
    const order = positions(text, ['Brookfield Primary School', '12 March 2026', 'Dear Mr and Mrs Ahmed,', 'We will review the plan', 'Yours sincerely,', 'senco@brookfield.eastwick.sch.uk']);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toMatch(/ {2}|\n{3}/);
    expect(text).toBe(text.trim());
  });

  it('takes the title and creation time from docProps/core.xml', async () => {
    const bytes = fixture('school-letter.docx');
    const doc = await readDocx(bytes);
    expect(doc.title).toBe('SEN Support review: what we agreed');
    expect(Date.parse(doc.created!)).toBe(Date.parse(createdInFile(bytes)));
    expect(doc.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('leaves the bytes it was given as they were', async () => {
    const bytes = fixture('school-letter.docx');
    const copy = bytes.slice();
    await readDocx(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('readDocx: a .docx written by the docx package', () => {
  it('keeps a line break inside a paragraph as one newline', async () => {
    const doc = await readDocx(fixture('docx-package-letter.docx'));
    expect(doc.text).toContain('Amira has met the targets set at her last review.\nHer school will keep the strategies in her SEN Support plan.');
    expect(linesOf(doc.text)).toContain('12 Mar 2026');
    expect(doc.title).toBe('Speech and language therapy: discharge summary');
    const bytes = fixture('docx-package-letter.docx');
    // The file writes milliseconds; the reader keeps whole seconds.
    expect(Math.abs(Date.parse(doc.created!) - Date.parse(createdInFile(bytes)))).toBeLessThan(1000);
  });
});

describe('readDocx: files it cannot read', () => {
  it('says an old .doc is one, with what to do', async () => {
    expect(await unreadableMessage(readDocx(fixture('school-letter.doc')))).toBe('This is an old Word .doc file; open it in Word, save it as .docx or PDF, and import that.');
  });

  it('says a password-protected .docx is protected', async () => {
    expect(await unreadableMessage(readDocx(fixture('password-protected.docx')))).toMatch(/^This Word file is protected by a password/);
  });

  it('says a PDF named .docx, or a .docx cut short, is not a Word file it can read', async () => {
    expect(await unreadableMessage(readDocx(fixture('school-letter.pdf')))).toMatch(/^This Word file is damaged or is not really a \.docx file/);
    const whole = fixture('school-letter.docx');
    expect(await unreadableMessage(readDocx(whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(/^This Word file is damaged/);
  });

  it('says a zip that is not a Word document is not one', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'notes.txt': new TextEncoder().encode('We will review the plan by half term.') });
    expect(await unreadableMessage(readDocx(zip))).toMatch(/^This Word file is damaged/);
  });

  it('says an empty file is empty', async () => {
    expect(await unreadableMessage(readDocx(new Uint8Array()))).toBe('This file is empty: there is nothing in it to import.');
  });
});

describe('readDocx: a letterhead in the page header and footer', () => {
  it('puts the first page’s header above the body and its footer below it, as printed', async () => {
    const { text, title } = await readDocx(fixture('school-letter-header.docx'));
    const lines = linesOf(text);
    expect(lines.slice(0, 3)).toEqual(['Brookfield Primary School', 'Meadow Lane, Eastwick EW4 2PQ', '12 March 2026']);
    expect(lines[lines.length - 1]).toBe('Telephone 01632 960123 · Email Office@Brookfield.Eastwick.sch.uk · Headteacher: Mr David Okafor');
    expect(text).toContain('Eastwick EW4 2PQ\n\n12 March 2026');
    expect(title).toBeNull();
  });
});

describe('readDocx: a zip bomb named .docx', () => {
  it('refuses a file whose directory says it unpacks past the caps, before unpacking it', async () => {
    const { zipSync } = await import('fflate');
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    const caps = { ...IMPORT_LIMITS, maxZipRatioAfterBytes: 1024 * 1024, maxZipRatio: 50 };
    expect(await unreadableMessage(readDocx(bomb, caps))).toMatch(/^This Word file unpacks to far more than any letter or plan/);
    // Under the default caps the same file is only a damaged Word file, read and refused by mammoth.
    expect(await unreadableMessage(readDocx(bomb))).toMatch(/^This Word file is damaged/);
  });
});
