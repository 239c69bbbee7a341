import { describe, expect, it } from 'vitest';
import { baseName, extensionOf } from '@/lib/import/files/file-name';

describe('baseName', () => {
  it('is the last part of a path, whether folders or a zip shown as "›"', () => {
    expect(baseName('takeout.zip › Letters/EHCP draft.pdf')).toBe('EHCP draft.pdf');
    expect(baseName('Takeout\\Mail\\All mail.mbox')).toBe('All mail.mbox');
    expect(baseName(' Review.docx ')).toBe('Review.docx');
  });
});

describe('extensionOf', () => {
  it('is the last ending of the base name, lower-case with its dot', () => {
    expect(extensionOf('Plan.PDF')).toBe('.pdf');
    expect(extensionOf('letter.docx.exe')).toBe('.exe');
    expect(extensionOf('takeout.zip › Letters/Review')).toBe('');
    expect(extensionOf('.profile')).toBe('');
    expect(extensionOf('')).toBe('');
  });
});
