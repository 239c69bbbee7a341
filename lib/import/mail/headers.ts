// The scan's view of an email: who sent it, when, its Message-ID and subject, read from the header
// block alone. It runs on every message of a mailbox (50,000 in a large Takeout export), so it never
// parses the body and decodes no more than the header block.
import { decodeWords } from 'postal-mime';
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import type { MessageHeaders } from '@/lib/import/types';
import { findHeaderBlock, pickHeaders } from '@/lib/import/mail/header-block';
import { isoWithOffset } from '@/lib/import/mail/mail-date';
import { peopleIn } from '@/lib/import/mail/person';
import { skipMboxFromLine } from '@/lib/import/mail/mbox-from-line';
import { decodeUtf8OrWindows1252 } from '@/lib/import/text/text-decode';

const SCAN_HEADERS: ReadonlySet<string> = new Set(['from', 'sender', 'date', 'message-id', 'subject']);

/** "<abc@host>" → "abc@host"; null when the header is missing or empty. */
export function bareMessageId(header: string | null | undefined): string | null {
  if (!header) return null;
  const bracketed = /<([^<>\s]+)>/.exec(header);
  const id = (bracketed ? bracketed[1]! : header).trim();
  return id === '' ? null : id;
}

/** From, Date, Message-ID and Subject of one raw email, from at most `limits.maxHeaderBytes` of its headers. */
export function readHeaders(messageBytes: Uint8Array, limits: Pick<ImportLimits, 'maxHeaderBytes'> = IMPORT_LIMITS): MessageHeaders {
  const bytes = skipMboxFromLine(messageBytes);
  const block = findHeaderBlock(bytes, limits.maxHeaderBytes);
  const fields = pickHeaders(decodeUtf8OrWindows1252(bytes.subarray(0, block.end)), SCAN_HEADERS);
  // Sender stands in for a missing From (RFC 5322 §3.6.2), as some list software writes it.
  const from = peopleIn(fields.get('from') ?? fields.get('sender'))[0] ?? null;
  const subject = fields.get('subject');
  return {
    from,
    sentAt: isoWithOffset(fields.get('date')),
    messageId: bareMessageId(fields.get('message-id')),
    subject: subject === undefined ? '' : decodeWords(subject).replace(/\s+/g, ' ').trim(),
  };
}
