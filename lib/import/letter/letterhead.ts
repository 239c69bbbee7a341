// Who wrote a letter, from its letterhead: the line at the top naming a school, council, trust or
// service (else the first short line there), and an email address from the top or from the
// sign-off. What a parent would call the sender, not a guess from the body.
import { letterDate, topLines } from '@/lib/import/letter/letter-date';
import {
  GREETINGS,
  LETTERHEAD_LINES,
  NAME_MAX_CHARS,
  NAME_MAX_WORDS,
  NOT_A_NAME_OPENINGS,
  ORGANISATION_WORDS,
  PERSON_OPENINGS,
  RECIPIENT_EMAIL_OPENINGS,
  SIGN_OFFS,
} from '@/lib/import/letter/letter-words';
import { alternation } from '@/lib/import/letter/word-pattern';
import type { Person } from '@/lib/model/captured-item';

const ORGANISATION = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(ORGANISATION_WORDS)})(?![\\p{L}])`, 'iu');
const NOT_A_NAME = new RegExp(`^(?:${alternation(NOT_A_NAME_OPENINGS)})(?![\\p{L}])`, 'iu');
const PERSON = new RegExp(`^(?:${alternation(PERSON_OPENINGS)})(?![\\p{L}])`, 'iu');
const RECIPIENT_EMAIL = new RegExp(`^(?:${alternation(RECIPIENT_EMAIL_OPENINGS)})(?![\\p{L}])`, 'iu');
const GREETING = new RegExp(`^(?:${alternation(GREETINGS)})(?![\\p{L}])`, 'iu');
const SIGN_OFF = new RegExp(`^(?:${alternation(SIGN_OFFS)})(?![\\p{L}])`, 'iu');
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const PHONE = /(?:\+44|\b0)\s*\d[\d\s]{8,}/;
const WEB = /(?:https?:\/\/|www\.)/i;
/** Separators letterheads put between their parts: "Brookfield Primary School | Meadow Lane". */
const PARTS = /\s*(?:[|·•,;]|\s[–—-]\s)\s*/;
/** A letterhead without an organisation's word is named by one of its first lines, or not at all. */
const PLAIN_NAME_LINES = 3;
/** Lines of the sign-off block read for the writer's email: after the closing phrase, or the letter's last lines. */
const SIGN_OFF_TAIL = 10;

/** A line that says how to reach the writer, or where: not a name. */
function isContactLine(line: string): boolean {
  return EMAIL.test(line) || WEB.test(line) || PHONE.test(line) || UK_POSTCODE.test(line) || /^\d/.test(line);
}

function isShortLine(line: string): boolean {
  return line.length <= NAME_MAX_CHARS && line.split(' ').length <= NAME_MAX_WORDS && /\p{L}{2}/u.test(line);
}

/** A sentence ends with a full stop, question or exclamation mark; a letterhead line does not. */
function isSentence(line: string): boolean {
  return /[.?!]$/.test(line) && line.split(' ').length > 3;
}

/** The part of a letterhead line that names the organisation ("Brookfield Primary School, Meadow Lane" → the school). */
function organisationPart(line: string): string | null {
  if (!isShortLine(line) || isSentence(line) || GREETING.test(line)) return null;
  const part = line.split(PARTS).find((p) => ORGANISATION.test(p) && !isContactLine(p) && !NOT_A_NAME.test(p));
  return part ? part.trim() : null;
}

/** The first line that can be a sender's name when none names an organisation. */
function plainName(line: string): string | null {
  if (!isShortLine(line) || isSentence(line) || isContactLine(line) || NOT_A_NAME.test(line) || PERSON.test(line) || /[:,]$/.test(line)) return null;
  return line;
}

function firstEmail(lines: readonly string[], skipRecipient: boolean): string {
  for (const line of lines) {
    if (skipRecipient && RECIPIENT_EMAIL.test(line)) continue;
    const m = EMAIL.exec(line);
    if (m) return m[0].toLowerCase();
  }
  return '';
}

/** The few lines after the last closing phrase ("Yours sincerely"), else the letter's last few lines. */
function signOffBlock(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (SIGN_OFF.test(lines[i]!)) return lines.slice(i + 1, i + 1 + SIGN_OFF_TAIL);
  }
  return lines.slice(-SIGN_OFF_TAIL);
}

/** The organisation that wrote the letter and its email address, or null when the letter shows neither. */
export function letterhead(text: string): Person | null {
  const top = topLines(text);
  const greeting = top.findIndex((l) => GREETING.test(l));
  const beforeGreeting = greeting >= 0 ? top.slice(0, greeting) : top;
  const head = beforeGreeting.slice(0, LETTERHEAD_LINES);
  // Above the date line is the writer's; below it, usually the recipient's address.
  const date = letterDate(text);
  const dateAt = date ? head.findIndex((l) => l.includes(date.line)) : -1;
  const above = dateAt >= 0 ? head.slice(0, dateAt) : head;

  const name =
    firstOf(above, organisationPart) ??
    firstOf(head, organisationPart) ??
    firstOf(above.slice(0, PLAIN_NAME_LINES), plainName) ??
    '';
  const address = firstEmail(above, true) || firstEmail(beforeGreeting, true) || firstEmail(signOffBlock(text), false);
  if (name === '' && address === '') return null;
  return { name, address };
}

function firstOf(lines: readonly string[], pick: (line: string) => string | null): string | null {
  for (const line of lines) {
    const found = pick(line);
    if (found) return found;
  }
  return null;
}
