// What a parent is told about a file as a whole, whichever reader opened it: one calm sentence
// saying what happened and what to do. Sentences about what is inside a file stay with its reader
// (document-sentences.ts, mail-sentences.ts, the zip's ZIP_SENTENCES).

export const FILE_SENTENCES = {
  empty: 'This file is empty: there is nothing in it to import.',
  outlookDataFile: 'Outlook data files (.pst) cannot be read; export the emails as .msg or .eml files instead.',
  otherArchive: 'Only .zip archives can be opened; unpack this one and import the files inside.',
  picture: 'This is a picture; On Record cannot read photos or scans yet.',
  unknownKind:
    'On Record cannot read this kind of file. It reads mailboxes (.mbox), Google Takeout .zip files, emails (.eml, .msg), PDF and Word (.docx) letters, and .txt or .html files.',
} as const;
