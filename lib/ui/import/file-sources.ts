// Where a parent finds the files to import, for each mail program they may use. Data, shown as a
// short list under the file input; kept here so the wording is checked in one place.

export interface FileSource {
  app: string;
  how: string;
}

export const FILE_SOURCES: readonly FileSource[] = [
  { app: 'Gmail', how: 'Go to takeout.google.com, choose only “Mail”, download the .zip file it makes, and choose that .zip here.' },
  { app: 'Outlook', how: 'Drag the emails from Outlook into a folder on your computer; each becomes a .msg file. Choose those files here.' },
  { app: 'Apple Mail', how: 'Choose Mailbox, then Export Mailbox. It makes a folder: choose it with “Choose a folder to import”, or drag the folder onto the box.' },
  { app: 'Thunderbird', how: 'Export a folder as an .mbox file (with the ImportExportTools NG add-on), or save emails as .eml files.' },
  { app: 'Letters and plans', how: 'PDF and Word (.docx) files from your computer, or saved from emails. Scanned letters cannot be read yet.' },
];
