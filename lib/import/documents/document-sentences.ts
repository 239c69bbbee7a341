// What a parent is told when a letter, report or plan cannot be read: one calm sentence or two,
// saying what happened and what to do. Kept together so they read as one voice. What is said of a
// file as a whole (empty, a kind On Record does not read) is in files/file-sentences.ts.

export const DOCUMENT_SENTENCES = {
  scan: 'This looks like a scan; On Record cannot read scans yet. If the school or council has it as a Word file or an ordinary PDF, ask them for that copy.',
  pdfPassword: 'This PDF is protected by a password, so On Record cannot read it. Open it with the password, save a copy without one, and import that copy.',
  pdfDamaged: 'This PDF is damaged or was not fully downloaded, so On Record cannot read it. Download or save it again and import the new copy.',
  notAPdf: 'This file is called a PDF but is not one, so On Record cannot read it. Check it is the right file.',
  oldWord: 'This is an old Word .doc file; open it in Word, save it as .docx or PDF, and import that.',
  wordPassword: 'This Word file is protected by a password, so On Record cannot read it. Open it with the password, save a copy without one, and import that copy.',
  wordDamaged: 'This Word file is damaged or is not really a .docx file, so On Record cannot read it. Open it in Word, save it again as .docx, and import that.',
  wordTooLarge: 'This Word file unpacks to far more than any letter or plan, so it was left out. It may be damaged.',
  wordNoText: 'This Word file has no text in it, perhaps only pictures, so there is nothing for On Record to read.',
  notText: 'This file does not hold plain text, so On Record cannot read it. Check it is the right file.',
  tooLarge: (size: string) => `This file is larger than ${size}, more than On Record reads for one letter or plan, so it was left out.`,
} as const;
