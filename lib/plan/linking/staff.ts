// The people a provision names as "who", and whether an email is from them or mentions them.
// "Mrs Khan (TA)" is met by a sender "Anita Khan", by "Mrs Khan" or "Khan" in the text, but not by
// "Mr Khan": Mr and Mrs are different people, while Ms, Miss and Mrs are often mixed up.
import { blankSpans } from '@/lib/plan/linking/blank-spans';
import { INTERVENTIONS } from '@/lib/plan/linking/interventions';
import { allSpans, compileLexicon, findEntries, type LexiconEntry } from '@/lib/plan/linking/lexicon-entry';
import { NOT_PEOPLE, STAFF_ROLES, TITLE_GROUPS } from '@/lib/plan/linking/staff-roles';

export interface StaffPerson {
  title: string | null;
  /** Surname, or the one name given ("Sarah"). */
  name: string;
  firstName: string | null;
  /** As the plan writes them: "Mrs Khan". */
  display: string;
}

export interface StaffInWho {
  people: StaffPerson[];
  roles: LexiconEntry[];
}

const ROLES = compileLexicon(STAFF_ROLES);
const PROFESSIONS = compileLexicon(INTERVENTIONS);
const NOT_PERSON = new Set(NOT_PEOPLE);
const TITLED = /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/i;
// A name is written with capitals and small letters; "NHS" and "TA" are not names.
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

function titleGroup(title: string | null): 'male' | 'female' | 'any' {
  return title ? (TITLE_GROUPS[title.toLowerCase().replace(/\.$/, '')] ?? 'any') : 'any';
}

function titlesAgree(a: string | null, b: string | null): boolean {
  const ga = titleGroup(a);
  const gb = titleGroup(b);
  return ga === 'any' || gb === 'any' || ga === gb;
}

/** People and roles in a provision's "who": "Mrs Khan (TA) and Sarah Bell", "NHS SaLT". */
export function staffIn(who: string): StaffInWho {
  const people: StaffPerson[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const m of who.matchAll(TITLED)) {
    const names = m[2]!.split(/\s+/);
    const name = names[names.length - 1]!;
    const first = names.length > 1 && !/\.$/.test(names[0]!) && names[0]!.length > 1 ? names[0]! : null;
    people.push({ title: m[1]!, name, firstName: first, display: `${m[1]} ${name}` });
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  // What is left after titled names, roles and professions: runs of capitalised words are people.
  const rest = blankSpans(who, [...taken, ...allSpans(ROLES, who), ...allSpans(PROFESSIONS, who)]);
  for (const run of rest.split(/[,;/&()+]|\s(?:and|or|with)\s|\s{2,}/u)) {
    const words = run.trim().split(/\s+/).filter((w) => NAME_WORD.test(w) && !NOT_PERSON.has(w.toLowerCase()));
    if (words.length === 0 || words.length > 3) continue;
    const name = words[words.length - 1]!;
    people.push({ title: null, name, firstName: words.length > 1 ? words[0]! : null, display: words.join(' ') });
  }
  return { people, roles: findEntries(ROLES, who).map((h) => h.entry) };
}

/** Whether the sender's display name is this person: "Anita Khan", "Mrs A Khan", "Khan, Anita". */
export function isSender(person: StaffPerson, senderName: string): boolean {
  const words = senderName.replace(/<[^>]*>|\([^)]*\)/g, ' ').split(/[\s,]+/).filter(Boolean);
  const title = words.find((w) => TITLE_WORD.test(w)) ?? null;
  const names = words.filter((w) => !TITLE_WORD.test(w));
  const at = names.findIndex((w) => w.toLowerCase() === person.name.toLowerCase());
  if (at < 0 || !titlesAgree(person.title, title)) return false;
  if (!person.firstName) return true;
  const others = names.filter((_, i) => i !== at);
  // "Sara Khan" is not "Mrs Anita Khan"; "A Khan" and "Khan" may be.
  return others.length === 0 || others.some((w) => w.toLowerCase() === person.firstName!.toLowerCase() || w.replace(/\.$/, '').toLowerCase() === person.firstName!.charAt(0).toLowerCase());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether text names this person: "Mrs Khan", "Khan", but not "Mr Khan" for Mrs Khan, nor "khan". */
export function isMentioned(person: StaffPerson, text: string): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(person.name)}(?![\p{L}\p{N}])`, 'giu');
  for (const m of text.matchAll(re)) {
    if (m[0].charAt(0) === m[0].charAt(0).toLowerCase()) continue;
    const title = /\b(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+)?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? null;
    if (titlesAgree(person.title, title)) return true;
  }
  return false;
}

/** The roles an email names: "the TA", "her teacher". */
export function rolesIn(text: string): LexiconEntry[] {
  return findEntries(ROLES, text).map((h) => h.entry);
}
