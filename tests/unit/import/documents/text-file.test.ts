import { describe, expect, it } from 'vitest';
import { readHtmlFile, readTextFile } from '@/lib/import/documents/text-file';
import { Unreadable } from '@/lib/import/unreadable';
import { fixture, linesOf } from './fixture';

function unreadableMessage(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(Unreadable);
    return (error as Unreadable).message;
  }
  throw new Error('expected Unreadable');
}

describe('readTextFile', () => {
  it('reads UTF-8 with a byte-order mark and CRLF line ends as plain lines', () => {
    const { text, title, created } = readTextFile(fixture('school-letter-utf8-bom.txt'));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(linesOf(text)[0]).toBe('Brookfield Primary School');
    expect(text).toContain('Amira’s SEN Support plan');
    expect(text).toContain('01632 960123 · Email');
    expect([title, created]).toEqual([null, null]);
  });

  it('reads a Windows-1252 file as the same letter as its UTF-8 twin', () => {
    const cp1252 = readTextFile(fixture('school-letter-windows-1252.txt')).text;
    const utf8 = readTextFile(fixture('school-letter-utf8-bom.txt')).text;
    expect(cp1252).toContain('Amira’s');
    expect(cp1252).toBe(utf8);
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const letter = 'Dear Mrs Khan,\r\nWe will review the plan by half term.';
    const le = new Uint8Array(2 + letter.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < letter.length; i++) le[2 + i * 2] = letter.charCodeAt(i);
    expect(readTextFile(le).text).toBe('Dear Mrs Khan,\nWe will review the plan by half term.');
  });

  it('says a file of binary bytes is not text, and an empty one is empty', () => {
    expect(unreadableMessage(() => readTextFile(fixture('school-letter.pdf').subarray(0, 2000)))).toMatch(/does not hold plain text/);
    expect(unreadableMessage(() => readTextFile(new Uint8Array()))).toBe('This file is empty: there is nothing in it to import.');
    expect(unreadableMessage(() => readTextFile(new TextEncoder().encode(' \r\n\r\n ')))).toBe('This file is empty: there is nothing in it to import.');
  });

  it('keeps at most one blank line and no trailing spaces', () => {
    const { text } = readTextFile(new TextEncoder().encode('Dear Mr Ahmed,   \n\n\n\nWe will call you.\t\n'));
    expect(text).toBe('Dear Mr Ahmed,\n\nWe will call you.');
  });
});

describe('readHtmlFile', () => {
  it('reads a letter LibreOffice saved as a web page: paragraphs, title and creation time', () => {
    const { text, title, created } = readHtmlFile(fixture('school-letter.html'));
    const lines = linesOf(text);
    expect(lines[0]).toBe('Brookfield Primary School');
    expect(lines).toContain('Meadow Lane, Eastwick EW4 2PQ');
    expect(lines).toContain('12 March 2026');
    expect(text).toContain('invite you to that meeting.\n\nMrs Khan will send the updated provision map by Friday 20 March.');
    expect(text).not.toMatch(/@page|line-height|<|>/);
    expect(text).not.toMatch(/ {2}|\n{3}/);
    expect(title).toBe('SEN Support review: what we agreed');
    expect(created).toBe('2026-03-12T10:15:00+00:00');
  });

  it('says the same words as the .docx, the .txt and the PDF of the same letter', async () => {
    const { readDocx } = await import('@/lib/import/documents/docx-text');
    const { readPdf } = await import('@/lib/import/documents/pdf-text');
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const html = words(readHtmlFile(fixture('school-letter.html')).text);
    expect(words((await readDocx(fixture('school-letter.docx'))).text)).toEqual(html);
    expect(words(readTextFile(fixture('school-letter-utf8-bom.txt')).text)).toEqual(html);
    expect(words((await readPdf(fixture('school-letter.pdf'))).text)).toEqual(html);
  });

  it('reads the charset a page declares (Windows-1252 from Word)', () => {
    const page = '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><title>Letter</title></head><body><p>We\x92ll send it by Friday \x96 \xa320 refund.</p></body></html>';
    const bytes = Uint8Array.from(page, (c) => c.charCodeAt(0));
    expect(readHtmlFile(bytes).text).toBe('We’ll send it by Friday – £20 refund.');
  });
});
