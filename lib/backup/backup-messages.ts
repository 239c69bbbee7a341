// Plain-English results for the options page's backup and restore.
import type { ImportBackupResponse } from '@/lib/protocol/backup';
import type { BackgroundFailure } from '@/lib/protocol/message-type';

type Counts = { added: number; skipped: number; updated?: number };
type Details = NonNullable<ImportBackupResponse['details']>;

/** What each kind is called, one and many, in the order the parent reads them. */
const NOUNS: [keyof Details, string, string][] = [
  ['records', 'saved item', 'saved items'],
  ['children', 'child', 'children'],
  ['calendars', 'set of term dates', 'sets of term dates'],
  ['plans', 'plan', 'plans'],
  ['events', 'event', 'events'],
  ['links', 'link to a plan', 'links to plans'],
  ['marks', 'mark', 'marks'],
];

/** "1 child", "2 plans". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The counts of one outcome (added, updated or skipped) of every kind that has any, and their sum. */
function phrase(details: Partial<Record<keyof Details, Counts>>, field: keyof Counts): { text: string; total: number } {
  const parts: string[] = [];
  let total = 0;
  for (const [kind, one, many] of NOUNS) {
    const n = details[kind]?.[field] ?? 0;
    if (n > 0) parts.push(count(n, one, many));
    total += n;
  }
  return { text: list(parts), total };
}

/**
 * "Added 12 saved items, 1 child, 2 plans and 5 marks. 3 saved items were already here." Kinds with nothing
 * to report are left out; without details (an older background) the counts are of saved items alone.
 */
export function describeImport(result: Pick<ImportBackupResponse, 'added' | 'skipped' | 'details' | 'warnings'>): string {
  const details: Partial<Record<keyof Details, Counts>> = result.details ?? { records: { added: result.added, skipped: result.skipped } };
  const added = phrase(details, 'added');
  const updated = phrase(details, 'updated');
  const skipped = phrase(details, 'skipped');
  const sentences: string[] = [];
  if (added.total > 0) sentences.push(`Added ${added.text}.`);
  if (updated.total > 0) sentences.push(`Updated ${updated.text} to the newer ${updated.total === 1 ? 'copy' : 'copies'} in the backup.`);
  if (skipped.total > 0) sentences.push(`${skipped.text} ${skipped.total === 1 ? 'was' : 'were'} already here.`);
  if (added.total + updated.total === 0) sentences.unshift(skipped.total > 0 ? 'Nothing new was added.' : 'The backup was empty, so nothing was added.');
  return [...sentences, ...(result.warnings ?? [])].join(' ');
}

export type ImportMessage = { ok: true; message: string } | { ok: false; message: string };

const NOTHING_CHANGED = 'Nothing was changed.';

/** Adds "Nothing was changed." to an error unless it already says so. */
export function withNothingChanged(error: string): string {
  const trimmed = error.trim();
  if (/nothing was changed/i.test(trimmed)) return trimmed;
  const ended = /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return `${ended} ${NOTHING_CHANGED}`;
}

/** Turns the background's answer (or a failure to get one) into what the parent reads. */
export function importMessage(response: ImportBackupResponse | BackgroundFailure | undefined | null): ImportMessage {
  if (!response || typeof response !== 'object') {
    return { ok: false, message: withNothingChanged('On Record did not answer, so the backup was not restored') };
  }
  if (!response.ok) {
    return { ok: false, message: withNothingChanged(response.error || 'The backup could not be restored') };
  }
  return { ok: true, message: describeImport(response) };
}
