// Turns what the command line is given (a corpus JSON array, .eml files, an .mbox) into emails.
import PostalMime from 'postal-mime';
import type { EmailInput } from '@/lib/analysis/types';

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

/** ISO 8601 keeping the offset the Date header was written with. */
export function isoWithOffset(dateHeader: string | undefined): string | null {
  if (!dateHeader) return null;
  const ms = Date.parse(dateHeader);
  if (Number.isNaN(ms)) return null;
  const zone = /([+-])(\d{2})(\d{2})\s*(\(.*\))?\s*$/.exec(dateHeader.trim());
  const minutes = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6])>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function readEml(raw: string | Uint8Array, name: string): Promise<InputEmail> {
  let parsed;
  try {
    parsed = await PostalMime.parse(raw);
  } catch (error) {
    throw new InputError(`${name}: not a readable email (${String(error)}).`);
  }
  // postal-mime gives the date in UTC; the raw header keeps the sender's own offset.
  const rawDate = parsed.headers.find((h) => h.key === 'date')?.value;
  const sentAt = isoWithOffset(rawDate ?? parsed.date);
  if (!sentAt) throw new InputError(`${name}: the email has no readable Date header, so its dates cannot be resolved.`);
  const from = parsed.from ? (parsed.from.name ? `${parsed.from.name} <${parsed.from.address ?? ''}>` : (parsed.from.address ?? '')) : '';
  const body = parsed.text ?? (parsed.html ? htmlToPlain(parsed.html) : '');
  return { id: parsed.messageId?.replace(/^<|>$/g, '') || name, sentAt, from, subject: parsed.subject ?? '', body: body.replace(/\r\n/g, '\n') };
}

/** An mbox holds messages each starting with a "From " line; ">From " inside bodies is unescaped. */
export function splitMbox(text: string): string[] {
  const parts = text.replace(/\r\n/g, '\n').split(/^From .*$/m);
  return parts
    .map((p) => p.replace(/^\n/, '').replace(/^>(>*From )/gm, '$1'))
    .filter((p) => p.trim() !== '');
}
