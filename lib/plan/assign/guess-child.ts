// Which of the parent's children a saved email is about, when the signs agree. A wrong guess files
// evidence under the wrong child, so any disagreement gives no guess and the parent chooses.
import type { SavedRecord } from '@/lib/model/record';
import type { Child } from '@/lib/model/plan';
import { findName } from '@/lib/plan/assign/name-mentions';
import { matchSchoolSender } from '@/lib/plan/assign/school-senders';

export type RecordForGuess = Pick<SavedRecord, 'from' | 'to' | 'cc' | 'subject' | 'text' | 'quotedText'>;

export interface ChildGuess {
  childId: string;
  /** Plain English: "Mentions Amelia and comes from stmarys.sch.uk". */
  reason: string;
  /** 'high' only when the name and the school's address agree. */
  confidence: 'high' | 'medium';
}

interface SenderHit {
  entry: string;
  /** The school wrote it, or the parent wrote to the school. */
  direction: 'from' | 'to';
}

interface Signals {
  child: Child;
  firstName: string;
  /** The name the email uses ("Millie"), when it names the child in its subject or new text. */
  named: string | null;
  fullName: boolean;
  surname: boolean;
  /** Named only in the earlier messages quoted below. */
  namedEarlier: string | null;
  sender: SenderHit | null;
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/i;

function words(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

/** First names of the people on the email: a teacher called Grace makes "Grace" no evidence. */
function correspondentNames(record: RecordForGuess): Set<string> {
  const out = new Set<string>();
  for (const p of [record.from, ...record.to, ...record.cc]) {
    const first = words(p?.name ?? '').find((w) => !TITLE.test(w));
    if (first) out.add(first.toLowerCase());
  }
  return out;
}

function senderHit(record: RecordForGuess, child: Child): SenderHit | null {
  const from = record.from?.address ? matchSchoolSender(record.from.address, child.schoolSenders) : null;
  if (from) return { entry: from, direction: 'from' };
  for (const p of [...record.to, ...record.cc]) {
    const to = p.address ? matchSchoolSender(p.address, child.schoolSenders) : null;
    if (to) return { entry: to, direction: 'to' };
  }
  return null;
}

function signalsFor(record: RecordForGuess, child: Child, onEmail: Set<string>): Signals {
  const [first = '', ...rest] = words(child.name);
  const surname = rest.length > 0 ? rest[rest.length - 1]! : '';
  const names = [first, ...child.knownAs.map((n) => n.trim())].filter((n, i, all) => n.length > 1 && all.indexOf(n) === i);
  const usable = names.filter((n) => !onEmail.has(n.toLowerCase()));
  const inNew = (n: string) =>
    findName(record.subject, n) >= 0 || findName(record.text, n, surname ? { surname } : {}) >= 0;
  const fullName = first.length > 1 && surname.length > 1 && usable.includes(first) && inNew(`${first} ${surname}`);
  return {
    child,
    firstName: first,
    named: usable.find(inNew) ?? null,
    fullName,
    surname: surname.length > 1 && (findName(record.subject, surname) >= 0 || findName(record.text, surname) >= 0),
    namedEarlier: usable.find((n) => findName(record.quotedText, n, surname ? { surname } : {}) >= 0) ?? null,
    sender: senderHit(record, child),
  };
}

function senderWords(hit: SenderHit): string {
  return hit.direction === 'from' ? `comes from ${hit.entry}` : `was sent to ${hit.entry}`;
}

function byName(s: Signals): ChildGuess {
  const name = s.fullName ? `${s.firstName} ${words(s.child.name).at(-1)}` : s.named!;
  if (s.sender) return { childId: s.child.id, reason: `Mentions ${name} and ${senderWords(s.sender)}`, confidence: 'high' };
  return { childId: s.child.id, reason: `Mentions ${name}`, confidence: 'medium' };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function bySender(s: Signals, earlier: boolean): ChildGuess {
  const reason = earlier
    ? `${capitalised(senderWords(s.sender!))}, and the earlier messages mention ${s.namedEarlier}`
    : `${capitalised(senderWords(s.sender!))}, which you listed for ${s.firstName}`;
  return { childId: s.child.id, reason, confidence: 'medium' };
}

function only<T>(items: T[]): T | null {
  return items.length === 1 ? items[0]! : null;
}

/** The child this email is about, or null when the signs are missing or point different ways. */
export function guessChild(record: RecordForGuess, children: Child[]): ChildGuess | null {
  if (children.length === 0) return null;
  const onEmail = correspondentNames(record);
  const all = children.map((c) => signalsFor(record, c, onEmail));
  const fromSchool = all.filter((s) => s.sender);
  const named = all.filter((s) => s.named);

  if (named.length === 1) {
    const s = named[0]!;
    // Written by (or to) another child's school and not this one's: let the parent decide.
    if (!s.sender && fromSchool.length > 0) return null;
    return byName(s);
  }
  if (named.length > 1) {
    // Siblings at different schools: the school's address decides; at the same school, nothing does.
    const s = only(named.filter((n) => n.sender));
    return s ? byName(s) : null;
  }

  if (fromSchool.length === 1) return bySender(fromSchool[0]!, false);
  if (fromSchool.length > 1) {
    const s = only(fromSchool.filter((n) => n.namedEarlier));
    return s ? bySender(s, true) : null;
  }

  const earlier = only(all.filter((s) => s.namedEarlier));
  if (earlier) return { childId: earlier.child.id, reason: `The earlier messages in this email mention ${earlier.namedEarlier}`, confidence: 'medium' };
  const bySurname = only(all.filter((s) => s.surname));
  if (bySurname) return { childId: bySurname.child.id, reason: `Mentions the surname ${words(bySurname.child.name).at(-1)}`, confidence: 'medium' };
  return null;
}
