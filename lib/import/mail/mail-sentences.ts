// What a parent is told when an email (.eml, a message of a mailbox, an Outlook .msg) cannot be
// read: one calm sentence saying what happened. Kept together so they read as one voice.

export const MAIL_SENTENCES = {
  damaged: 'On Record could not read this email: it seems to be damaged, so it was skipped.',
  notAnEmail: 'This does not look like an email: it has none of the lines an email starts with (From, To, Date, Subject).',
  outlookDamaged: 'This Outlook file (.msg) is damaged or is not an Outlook message, so On Record cannot read it.',
  outlookNotAnEmail: 'This Outlook file holds a calendar item, contact, task or note rather than an email, so it was not imported.',
  /** A mailbox that stops part-way through its last email (a download or copy that did not finish). */
  cutShort: (complete: number) =>
    `The file ends part-way through an email. ${complete === 1 ? 'The 1 complete email before it is' : `The ${complete.toLocaleString('en-GB')} complete emails before it are`} listed.`,
  /** `file` is what the parent chose: "email" or "Outlook file"; `size` as sizeText gives it. */
  tooLarge: (file: 'email' | 'Outlook file', size: string) => `This ${file} is larger than ${size}, more than On Record reads in one email, so it was skipped.`,
} as const;
