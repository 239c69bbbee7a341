// Turns what the command line is given (a corpus JSON array, .eml files, an .mbox) into emails.
import type { EmailInput } from '@/lib/analysis/types';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { bareMessageId } from '@/lib/import/mail/headers';
import { isoWithOffset } from '@/lib/import/mail/mail-date';
import { parseMail, type ParsedMail } from '@/lib/import/mail/read-message';
import { messageFromSlice, splitMboxBytes, type MboxEntry } from '@/lib/import/mbox/split-mbox';
import { Unreadable } from '@/lib/import/unreadable';

export interface InputEmail extends EmailInput {
  id: string;
}

export class InputError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonEmails(text: string, source: string): InputEmail[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`${source}: not valid JSON.`);
  }
  if (!Array.isArray(parsed)) throw new InputError(`${source}: expected a JSON array of { id, sentAt, from, subject, body }.`);
  return parsed.map((item, i) => {
    if (!isRecord(item)) throw new InputError(`${source}: item ${i} is not an object.`);
    const { id, sentAt, from, subject, body } = item;
    if (typeof body !== 'string') throw new InputError(`${source}: item ${i} has no "body" text.`);
    if (typeof sentAt !== 'string' || Number.isNaN(Date.parse(sentAt))) {
      throw new InputError(`${source}: item ${i} needs "sentAt" as an ISO 8601 date and time.`);
    }
    return {
      id: id === undefined ? String(i) : String(id),
      sentAt,
      from: typeof from === 'string' ? from : '',
      subject: typeof subject === 'string' ? subject : '',
      body,
    };
  });
}

export { isoWithOffset };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function readEml(raw: string | Uint8Array, name: string): Promise<InputEmail> {
  let parsed: ParsedMail;
  try {
    parsed = await parseMail(raw);
  } catch (error) {
    throw new InputError(`${name}: not a readable email (${error instanceof Error ? error.message : String(error)}).`);
  }
  const { email, body, dateHeader } = parsed;
  // postal-mime gives the date in UTC; the raw header keeps the sender's own offset.
  const sentAt = isoWithOffset(dateHeader ?? email.date);
  if (!sentAt) throw new InputError(`${name}: the email has no readable Date header, so its dates cannot be resolved.`);
  const from = email.from ? (email.from.name ? `${email.from.name} <${email.from.address ?? ''}>` : (email.from.address ?? '')) : '';
  return { id: bareMessageId(email.messageId) || name, sentAt, from, subject: email.subject ?? '', body };
}

/**
 * An mbox holds messages each starting with a "From " line; ">From " inside bodies is unescaped.
 * The import's splitter does the work; the command line has always also taken a file that does not
 * start with a "From " line as a single message, and an empty one as no messages. No size cap: the
 * command line reads what it is given.
 */
export function splitMbox(text: string): string[] {
  const lf = text.replace(/\r\n/g, '\n');
  if (lf.trim() === '') return [];
  const limits = { maxMessageBytes: Number.MAX_SAFE_INTEGER, maxHeaderBytes: IMPORT_LIMITS.maxHeaderBytes };
  let bytes = encoder.encode(lf);
  let entries: MboxEntry[];
  try {
    entries = splitMboxBytes(bytes, limits);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    bytes = encoder.encode(`From -\n${lf}`);
    entries = splitMboxBytes(bytes, limits);
  }
  // A last message the file cuts short is still analysed here, as far as it goes.
  return entries
    .map((entry) => decoder.decode(entry.bytes ?? messageFromSlice(bytes.subarray(entry.start, entry.end))))
    .filter((message) => message.trim() !== '');
}
