import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { localDayOf, type IsoDay } from '@/lib/calendar/day';
import { findNewText, type NewText } from '@/lib/analysis/text/new-text';
import { splitSentences, type Sentence } from '@/lib/analysis/text/sentences';
import type { AnalyseOptions, EmailInput } from '@/lib/analysis/types';

export interface Sender {
  /** Display name from the From header ("Mrs Anita Patel"), or '' when only an address is given. */
  name: string;
  address: string;
  /** How the email is signed ("Mrs Patel"), when the signature says. */
  signedAs: string | null;
}

/** Everything a detector may read, worked out once per email. */
export interface AnalysisContext {
  body: string;
  region: NewText;
  /** Sentences of the new text only. */
  sentences: Sentence[];
  sentAt: string;
  /** The day the email was sent, in the sender's own offset; null when sentAt is unreadable. */
  sentDay: IsoDay | null;
  sender: Sender;
  calendar: TermCalendar | null;
}

export function parseSender(from: string): Omit<Sender, 'signedAs'> {
  const text = (from ?? '').trim();
  const angle = /^(.*?)\s*<([^<>@\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (angle) return { name: angle[1]!.replace(/^["']|["']$/g, '').trim(), address: angle[2]!.toLowerCase() };
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { name: '', address: text.toLowerCase() };
  return { name: text, address: '' };
}

export function createContext(email: EmailInput, options: AnalyseOptions = {}): AnalysisContext {
  const body = typeof email.body === 'string' ? email.body : '';
  const region = findNewText(body);
  return {
    body,
    region,
    sentences: splitSentences(body, region.start, region.end).filter(
      (s) => !region.inlineQuotes.some((q) => s.start < q.end && q.start < s.end),
    ),
    sentAt: email.sentAt,
    sentDay: typeof email.sentAt === 'string' ? localDayOf(email.sentAt) : null,
    sender: { ...parseSender(typeof email.from === 'string' ? email.from : ''), signedAs: region.signedAs },
    calendar: options.calendar ?? null,
  };
}
