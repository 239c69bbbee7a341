// Who is who in one email: the sender as signed, the parent being written to, and which first
// names belong to staff rather than to the child. Worked out once per email from bounded scans.
import type { AnalysisContext } from '@/lib/analysis/context';
import { SIGN_OFF_PATTERN } from '@/lib/analysis/text/reply-markers';
import { ROLE_NOUNS } from '@/lib/analysis/commitments/lexicon';

export interface People {
  /** The sender as signed ("Mrs Patel"): the actor of "I will…". */
  sender: string;
  /** Lower-case surnames and first names of the parent(s) the email is written to. */
  parents: ReadonlySet<string>;
  /** Lower-case first names that belong to staff or professionals ("becky" in "Becky Marsh, the OT"). */
  staffFirstNames: ReadonlySet<string>;
  /** Lower-case capitalised words seen mid-sentence or as possessives anywhere in the body: names. */
  names: ReadonlySet<string>;
}

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?`;
const NAME_LINE = new RegExp(
  String.raw`^(?:${TITLE}\s+)?(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}$`,
);
const ORGANISATION = /\b(?:school|primary|infant|junior|academy|college|office|service|services|team|council|camhs|nhs|trust|nursery|department|centre|center|county|clinic|hospital|federation|partnership|support|notifications?|settings|app|reply)\b/i;
const NOT_A_NAME = /^(?:(?:hi|hello|dear|morning|afternoon|evening|good)\b.*|thanks|thank you|regards|best|cheers|yours|kind regards|many thanks|best wishes|sent from .*)$/i;

/** "Jess (Leo's TA)" → "Jess"; "Mrs Patel, SENCo" → "Mrs Patel"; null when it is no person's name. */
export function personName(line: string | null | undefined): string | null {
  if (!line) return null;
  const cut = line.replace(/\(.*$/, '').split(/,|\s[–—-]\s|\|/)[0]!.trim();
  if (cut.length < 2 || cut.length > 40) return null;
  if (!NAME_LINE.test(cut) || ORGANISATION.test(cut) || NOT_A_NAME.test(cut) || SIGN_OFF_PATTERN.test(cut)) return null;
  if (cut.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(w))) return null;
  return cut;
}

/** Parent-app wrappers: "Mrs Grant (Class 3G) sent you a message", "Mrs Patel has sent you a message". */
const APP_SENDER = new RegExp(String.raw`(${TITLE}\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+|[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)(?:\s*\([^()\n]{0,40}\))?\s+(?:has\s+)?sent\s+you\s+a\s+message`);

/** "Siobhan" signed above "Siobhan Keane, Speech and Language Therapist": the full name, as the signature gives it. */
function fullerName(ctx: AnalysisContext, signed: string): string {
  if (!/^[A-Z][a-z'’-]+$/.test(signed)) return signed;
  const from = Math.max(ctx.region.start, ctx.region.end - 300);
  const tail = ctx.body.slice(from, ctx.region.end + ctx.region.signature.length + 20);
  const m = new RegExp(String.raw`(?:^|\n)[ \t]*${signed}[ \t]+([A-Z][a-z'’-]+)\b`).exec(tail);
  return m && !ROLE_NOUNS.has(m[1]!.toLowerCase()) ? `${signed} ${m[1]!}` : signed;
}

function senderAsSigned(ctx: AnalysisContext): string {
  const signed = personName(ctx.sender.signedAs);
  if (signed) return fullerName(ctx, signed);
  // No recognised sign-off: the first name-like line of the short lines that end the new text.
  const tail = ctx.body.slice(Math.max(ctx.region.start, ctx.region.end - 400), ctx.region.end).split('\n');
  let top = tail.length;
  while (top > 0 && tail[top - 1]!.trim() === '') top--;
  while (top > 0 && tail.length - top < 6) {
    const line = tail[top - 1]!.trim();
    if (line === '' || line.length > 60 || /[.!?:,;]$/.test(line) || /[.!?]\s+\S/.test(line)) break;
    top--;
  }
  for (let i = top; i < tail.length; i++) {
    const name = personName(tail[i]!.trim());
    if (name) return name;
  }
  const from = personName(ctx.sender.name);
  if (from) return from;
  const head = ctx.body.slice(ctx.region.start, Math.min(ctx.region.end, ctx.region.start + 2000));
  const app = APP_SENDER.exec(head);
  if (app) return app[1]!;
  return ctx.sender.name || ctx.sender.address || 'sender';
}

const GREETING = new RegExp(
  String.raw`^(?:dear|hi|hello|morning|good\s+(?:morning|afternoon|evening)|afternoon|evening)\s+((?:${TITLE}\s+(?:and\s+${TITLE}\s+)?)?[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)`,
  'i',
);
// "Becky Marsh, the occupational therapist", "Jess (Leo's TA)": a first name next to a role.
const NAMED_ROLE = /\b([A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?(?:,\s+|\s+\()((?:[A-Za-z'’-]+\s+){0,4}[A-Za-z-]+)/g;
const MID_CAPS = /[a-z0-9,;:)][ \t]+([A-Z][a-z'’-]+)/g;
const POSSESSIVE_CAPS = /\b([A-Z][a-z-]+)['’]s\b/g;

export function findPeople(ctx: AnalysisContext): People {
  const sender = senderAsSigned(ctx);
  const region = ctx.body.slice(ctx.region.start, ctx.region.end);
  const parents = new Set<string>();
  const firstLines = region.slice(0, 600).split('\n').slice(0, 8);
  for (const line of firstLines) {
    const g = GREETING.exec(line.trim());
    if (!g) continue;
    for (const w of g[1]!.split(/\s+/)) if (/^[A-Z]/.test(w) && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/.test(w)) parents.add(w.toLowerCase());
    break;
  }
  for (const m of region.matchAll(/\b([A-Z][a-z'’-]+)\s+\((?:parent|parents|mum|dad|carer)\)/g)) parents.add(m[1]!.toLowerCase());

  const staffFirstNames = new Set<string>();
  for (const n of [sender, personName(ctx.sender.name), personName(ctx.sender.signedAs)]) {
    const first = n?.split(/\s+/).find((w) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/.test(w) && w.length > 1);
    if (first) staffFirstNames.add(first.toLowerCase());
  }
  const scan = ctx.body.slice(ctx.region.start, ctx.region.end + ctx.region.signature.length + 20);
  for (const line of scan.split('\n')) {
    if (line.length > 2000) continue;
    for (const m of line.matchAll(NAMED_ROLE)) {
      const w = m[1]!.toLowerCase();
      if (/^(?:mr|mrs|ms|miss|mx|dr|prof|the|our|his|her|my|their)$/.test(w)) continue;
      if (m[2]!.toLowerCase().split(/\s+/).some((r) => ROLE_NOUNS.has(r))) staffFirstNames.add(w);
    }
  }
  const names = new Set<string>();
  for (const m of ctx.body.matchAll(MID_CAPS)) names.add(m[1]!.toLowerCase().replace(/['’]s$/, ''));
  for (const m of ctx.body.matchAll(POSSESSIVE_CAPS)) names.add(m[1]!.toLowerCase());
  return { sender, parents, staffFirstNames, names };
}
