// A provision read back in one plain line, the way it would be written in a letter to school.
import type { Frequency, FrequencyPer, Provision } from '@/lib/model/plan';
import { longDay } from '@/lib/calendar/day-words';

/** "a week", "each half term": how often, after the count. */
export const PER_WORDS: Record<FrequencyPer, string> = {
  day: 'a day',
  week: 'a week',
  fortnight: 'a fortnight',
  'half-term': 'each half term',
  term: 'a term',
  year: 'a year',
};

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

/** "3 times a week", "once a day", "6 times a term". */
export function describeFrequency(f: Frequency): string {
  return `${times(f.times)} ${PER_WORDS[f.per]}`;
}

/** "20 minutes", "1 minute". */
export function describeMinutes(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** What the provision is called, or a stand-in when the parent left the name empty. */
export function provisionName(p: Pick<Provision, 'what'>): string {
  return p.what.trim() || 'Unnamed provision';
}

// "speech and language therapist" reads as a role, so it needs an article after "with".
const HAS_ARTICLE = /^(?:a|an|the|their|his|her|my|our|your|any|each|every)\b/i;

/** "with Mrs Khan (TA)", "with a speech and language therapist". */
function withWho(who: string): string {
  if (!/^[a-z]/.test(who) || HAS_ARTICLE.test(who)) return `with ${who}`;
  return `with ${/^[aeiou]/i.test(who) ? 'an' : 'a'} ${who}`;
}

/** "3 times a week, 20 minutes each", or the half of it the plan gives; '' when neither. */
export function describeAmount(p: Pick<Provision, 'frequency' | 'minutes'>): string {
  const parts: string[] = [];
  if (p.frequency) parts.push(describeFrequency(p.frequency));
  if (p.minutes !== null) parts.push(`${describeMinutes(p.minutes)} ${p.frequency ? 'each' : 'a session'}`);
  return parts.join(', ');
}

/** "Lexia, 3 times a week, 20 minutes each, with Mrs Khan (TA), from 7 September 2026 to 18 December 2026". */
export function describeProvision(p: Provision): string {
  const parts = [provisionName(p)];
  const amount = describeAmount(p);
  if (amount) parts.push(amount);
  const who = p.who.trim();
  if (who) parts.push(withWho(who));
  if (p.from && p.to) parts.push(`from ${longDay(p.from)} to ${longDay(p.to)}`);
  else if (p.from) parts.push(`from ${longDay(p.from)}`);
  else if (p.to) parts.push(`until ${longDay(p.to)}`);
  return parts.join(', ');
}
