// One raw email (an .eml file, or one message of an mbox) read whole with postal-mime: charsets,
// quoted-printable, base64 and nested multiparts. It becomes the CapturedItem a clip would have
// made, plus the letters (PDF, Word, text, HTML) it carried, each to be saved as its own record.
import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime';
import { documentKindOf, fallbackDocumentName } from '@/lib/import/documents/document-kinds';
import { sizeText } from '@/lib/import/files/file-size';
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import type { AttachedDocument, ReadMessage } from '@/lib/import/types';
import { Unreadable } from '@/lib/import/unreadable';
import type { Person } from '@/lib/model/captured-item';
import { emailItem } from '@/lib/import/mail/email-item';
import { bareMessageId } from '@/lib/import/mail/headers';
import { isoWithOffset } from '@/lib/import/mail/mail-date';
import { MAIL_SENTENCES } from '@/lib/import/mail/mail-sentences';
import { skipMboxFromLine } from '@/lib/import/mail/mbox-from-line';
import { peopleOf, someone } from '@/lib/import/mail/person';
import { htmlToText } from '@/lib/import/text/html-to-text';
import { normaliseLineEnds } from '@/lib/import/text/line-ends';

export interface ReadMessageOptions {
  /** The file as the parent would recognise it ("takeout.zip › All mail.mbox", "Review.eml"). */
  file: string;
  limits?: Pick<ImportLimits, 'maxMessageBytes' | 'maxDocumentBytes'>;
}

/** An email parsed, with its body as plain text. */
export interface ParsedMail {
  email: Email;
  /** text/plain when it has words, else the HTML as text; line ends "\n". */
  body: string;
  /** The Date header exactly as written, or null. */
  dateHeader: string | null;
}

/** Headers any real email has at least one of; a file with none of them is not an email. */
const EMAIL_HEADERS = new Set(['from', 'sender', 'to', 'cc', 'date', 'subject', 'message-id', 'received', 'mime-version', 'content-type', 'return-path']);

/** Parses a raw email. Throws Unreadable when postal-mime cannot, or when the bytes have no email headers. */
export async function parseMail(raw: Uint8Array | string): Promise<ParsedMail> {
  // postal-mime reads a string as its UTF-8 bytes too.
  const input = skipMboxFromLine(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw);
  let email: Email;
  try {
    email = await PostalMime.parse(input);
  } catch {
    throw new Unreadable(MAIL_SENTENCES.damaged);
  }
  if (!email.headers.some((header) => EMAIL_HEADERS.has(header.key))) throw new Unreadable(MAIL_SENTENCES.notAnEmail);
  const plain = email.text !== undefined && email.text.trim() !== '' ? email.text : email.html ? htmlToText(email.html) : (email.text ?? '');
  const dateHeader = email.headers.find((header) => header.key === 'date')?.value.trim() ?? null;
  return { email, body: normaliseLineEnds(plain), dateHeader: dateHeader === '' ? null : dateHeader };
}

function firstPerson(address: Address | undefined): Person | null {
  const mailbox = address?.group ? address.group[0] : address;
  return mailbox ? someone(mailbox.name, mailbox.address) : null;
}

function people(addresses: Address[] | undefined): Person[] {
  const mailboxes = (addresses ?? []).flatMap((address) => (address.group ? address.group : [address]));
  return peopleOf(mailboxes, (mailbox) => [mailbox.name, mailbox.address]);
}

/** An image shown inside the HTML (a logo, a signature picture) is part of the message, not an attachment. */
function isEmbeddedImage(attachment: Attachment): boolean {
  return attachment.related === true && attachment.disposition !== 'attachment';
}

function contentBytes(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function attachmentName(attachment: Attachment): string | null {
  const name = attachment.filename?.trim();
  if (name) return name;
  // A forwarded email attached whole has no file name, only its type.
  if (attachment.mimeType === 'message/rfc822') return 'forwarded email.eml';
  return null;
}

function documentsOf(attachments: Attachment[], maxBytes: number): AttachedDocument[] {
  const documents: AttachedDocument[] = [];
  for (const attachment of attachments) {
    if (isEmbeddedImage(attachment)) continue;
    const kind = documentKindOf(attachment.filename, attachment.mimeType);
    if (!kind) continue;
    const bytes = contentBytes(attachment.content);
    // Too big to read as a letter: its name is still listed with the email's attachments.
    if (bytes.length > maxBytes) continue;
    documents.push({ name: attachment.filename?.trim() || fallbackDocumentName(kind), kind, bytes });
  }
  return documents;
}

/** Reads one raw email into the item to save and the documents it carried. */
export async function readMessage(bytes: Uint8Array, options: ReadMessageOptions): Promise<ReadMessage> {
  const limits = options.limits ?? IMPORT_LIMITS;
  if (bytes.length > limits.maxMessageBytes) throw new Unreadable(MAIL_SENTENCES.tooLarge('email', sizeText(limits.maxMessageBytes)));
  const { email, body, dateHeader } = await parseMail(bytes);
  const item = emailItem({
    sentAt: isoWithOffset(dateHeader),
    sentAtText: dateHeader,
    from: firstPerson(email.from ?? email.sender),
    to: people(email.to),
    cc: people(email.cc),
    subject: email.subject,
    body,
    messageId: bareMessageId(email.messageId),
    attachments: email.attachments.filter((a) => !isEmbeddedImage(a)).map(attachmentName).filter((name): name is string => name !== null),
    file: options.file,
  });
  return { item, documents: documentsOf(email.attachments, limits.maxDocumentBytes) };
}
