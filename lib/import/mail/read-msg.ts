// An Outlook .msg file (a compound file of MAPI properties, not MIME) read with
// @kenjiuno/msgreader into the same CapturedItem an .eml gives.
//
// When it was sent: a .msg from a received email keeps the internet headers it arrived with, and
// their Date header keeps the sender's offset, so that is used first. Otherwise Outlook's own
// times (submit, then delivery) are all there is; they carry no zone, so sentAt is written in UTC
// as "+00:00", the same form isoWithOffset gives for a "+0000" header.
import MsgReaderExport, { type FieldsData } from '@kenjiuno/msgreader';
import { documentKindOf, fallbackDocumentName } from '@/lib/import/documents/document-kinds';
import { sizeText } from '@/lib/import/files/file-size';
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import type { AttachedDocument, ReadMessage } from '@/lib/import/types';
import { Unreadable } from '@/lib/import/unreadable';
import type { Person } from '@/lib/model/captured-item';
import { emailItem } from '@/lib/import/mail/email-item';
import { pickHeaders } from '@/lib/import/mail/header-block';
import { bareMessageId } from '@/lib/import/mail/headers';
import { isoWithOffset } from '@/lib/import/mail/mail-date';
import { MAIL_SENTENCES } from '@/lib/import/mail/mail-sentences';
import { peopleIn, peopleOf, someone } from '@/lib/import/mail/person';
import { htmlToText } from '@/lib/import/text/html-to-text';

export interface ReadMsgOptions {
  file: string;
  limits?: Pick<ImportLimits, 'maxMessageBytes' | 'maxDocumentBytes'>;
}

// msgreader is CommonJS with its class on `exports.default`. Bundlers and Vitest hand that class to a
// default import; Node's own ESM loader (tsx scripts) hands the whole exports object instead.
const MsgReader: typeof MsgReaderExport = (MsgReaderExport as unknown as { default?: typeof MsgReaderExport }).default ?? MsgReaderExport;
type MsgReader = InstanceType<typeof MsgReaderExport>;

/** Message classes that are emails: plain, signed or encrypted notes, and meeting requests and replies. */
const EMAIL_CLASS = /^IPM\.(Note|Schedule\.Meeting)(\.|$)/i;
/** A real internet address, not Exchange's X.500 one ("/O=EXCHANGELABS/OU=…"). */
const SMTP_ADDRESS = /^[^\s@/]+@[^\s@]+$/;

const TRANSPORT_HEADERS: ReadonlySet<string> = new Set(['date', 'from', 'message-id']);

function smtp(...candidates: Array<string | undefined>): string {
  return candidates.find((c) => c !== undefined && SMTP_ADDRESS.test(c.trim()))?.trim() ?? '';
}

function senderOf(fields: FieldsData, headerFrom: string | undefined): Person | null {
  const fromHeader = peopleIn(headerFrom)[0];
  const address = smtp(fields.senderSmtpAddress, fields.sentRepresentingSmtpAddress, fields.senderEmail) || fromHeader?.address || '';
  return someone(fields.senderName ?? fromHeader?.name, address);
}

function recipientsOf(fields: FieldsData, type: 'to' | 'cc'): Person[] {
  return peopleOf(
    (fields.recipients ?? []).filter((r) => r.recipType === type),
    (r) => [r.name, smtp(r.smtpAddress, r.email)],
  );
}

function bodyOf(fields: FieldsData): string {
  if (fields.body && fields.body.trim() !== '') return fields.body;
  if (fields.bodyHtml) return htmlToText(fields.bodyHtml);
  // Some .msg files keep the HTML body only as bytes (PidTagHtml).
  if (fields.html) return htmlToText(new TextDecoder('utf-8').decode(fields.html));
  return fields.body ?? '';
}

function attachmentName(attachment: FieldsData): string | null {
  const name = (attachment.fileName ?? attachment.fileNameShort ?? attachment.name ?? '').trim();
  if (name) return name;
  // An email attached inside the .msg (Outlook's "attach item") is named after its subject.
  if (attachment.innerMsgContent) return `${attachment.innerMsgContentFields?.subject?.trim() || 'attached email'}.msg`;
  return null;
}

function readFields(bytes: Uint8Array): { reader: MsgReader; fields: FieldsData } {
  try {
    const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const fields = reader.getFileData();
    if (fields.error || fields.dataType !== 'msg') throw new Unreadable(MAIL_SENTENCES.outlookDamaged);
    return { reader, fields };
  } catch (error) {
    throw error instanceof Unreadable ? error : new Unreadable(MAIL_SENTENCES.outlookDamaged);
  }
}

/** Reads an Outlook .msg file into the item to save and the documents it carried. */
export async function readMsg(bytes: Uint8Array, options: ReadMsgOptions): Promise<ReadMessage> {
  const limits = options.limits ?? IMPORT_LIMITS;
  if (bytes.length > limits.maxMessageBytes) throw new Unreadable(MAIL_SENTENCES.tooLarge('Outlook file', sizeText(limits.maxMessageBytes)));
  const { reader, fields } = readFields(bytes);
  if (fields.messageClass && !EMAIL_CLASS.test(fields.messageClass)) throw new Unreadable(MAIL_SENTENCES.outlookNotAnEmail);

  const headers = fields.headers ? pickHeaders(fields.headers, TRANSPORT_HEADERS) : new Map<string, string>();
  const dateHeader = headers.get('date')?.trim() ?? null;
  const outlookTime = fields.clientSubmitTime ?? fields.messageDeliveryTime ?? null;
  const headerSentAt = isoWithOffset(dateHeader);
  const shown = attachmentsShown(fields);
  const item = emailItem({
    sentAt: headerSentAt ?? isoWithOffset(outlookTime),
    sentAtText: headerSentAt ? dateHeader : outlookTime,
    from: senderOf(fields, headers.get('from')),
    to: recipientsOf(fields, 'to'),
    cc: recipientsOf(fields, 'cc'),
    subject: fields.subject,
    body: bodyOf(fields),
    messageId: bareMessageId(fields.messageId ?? headers.get('message-id')),
    attachments: shown.map(attachmentName).filter((name): name is string => name !== null),
    file: options.file,
  });
  return { item, documents: documentsOf(reader, shown, limits.maxDocumentBytes) };
}

/** Attachments the parent would see in Outlook: not the hidden images drawn inside the HTML body. */
function attachmentsShown(fields: FieldsData): FieldsData[] {
  return (fields.attachments ?? []).filter((a) => !a.attachmentHidden);
}

function documentsOf(reader: MsgReader, attachments: FieldsData[], maxBytes: number): AttachedDocument[] {
  const documents: AttachedDocument[] = [];
  for (const attachment of attachments) {
    if (attachment.innerMsgContent) continue;
    const name = (attachment.fileName ?? attachment.fileNameShort ?? attachment.name ?? '').trim();
    const kind = documentKindOf(name, attachment.attachMimeTag);
    if (!kind || (attachment.contentLength ?? 0) > maxBytes) continue;
    let content: Uint8Array;
    try {
      content = reader.getAttachment(attachment).content;
    } catch {
      continue; // One unreadable attachment does not lose the email; its name is still listed.
    }
    if (content.length > maxBytes) continue;
    documents.push({ name: name || fallbackDocumentName(kind), kind, bytes: content });
  }
  return documents;
}
