// Saves imported emails, with the letters they carried, and their findings. Two steps, so an
// import can read and analyse one batch while the batch before is being written:
// - prepareImportedBatch: ids, hashes, the child each is about, and the findings (pure CPU);
// - writeImportedBatch: ONE transaction that drops what is already saved and writes the rest (a
//   closed tab or a crash mid-import leaves only whole emails, each with its letters, or nothing
//   of them), then their findings and stamps in a second. One request per key, all at once, finds
//   what is saved.
import type { CapturedItem } from '@/lib/model/captured-item';
import type { OnRecordDatabase } from '@/lib/db/database';
import type { SavedRecord } from '@/lib/model/record';
import type { AnalysisStamp, StoredFinding } from '@/lib/model/finding';
import { buildRecord } from '@/lib/model/build-record';
import { headOf } from '@/lib/model/record-head';
import type { CalendarLookup } from '@/lib/db/repositories/calendar-lookup';
import { firstAnalysis } from '@/lib/db/repositories/findings';

/** An email to save and the letters read from its attachments; or a letter on its own (email null). */
export interface ImportedBatchItem {
  email: CapturedItem | null;
  letters: CapturedItem[];
}

export interface ImportBatchOutcome {
  /** Records written (emails and letters). */
  addedIds: string[];
  saved: number;
  /** Emails and letters the record holds already: same Message-ID, or the same text from the same sender. */
  alreadySaved: number;
  /** Of `saved`, letters that came attached to an email. */
  attachmentsSaved: number;
  /** Of `saved`, those filed under a child. */
  filed: number;
}

export interface ImportBatchOptions {
  now?: Date;
  /** Which child a new record is about, or null (the parent files it). */
  childFor?: (record: SavedRecord) => string | null;
  /** With the term calendars, each new record is analysed and written with its findings. */
  analyseWith?: CalendarLookup;
}

/** A record ready to write, with its findings when analysed. */
interface Prepared {
  record: SavedRecord;
  read: { findings: StoredFinding[]; stamp: AnalysisStamp } | null;
  /** A letter filed under its email's child because its own words named none. */
  childFromCarrier: boolean;
}

export interface PreparedBatch {
  items: Array<{ email: Prepared | null; letters: Prepared[] }>;
}

/**
 * How far apart the "same" email may be timed: a clipped email's time is read off the webmail's
 * screen (minutes, local), the imported one from its Date header.
 */
const SAME_EMAIL_WINDOW_MS = 36 * 60 * 60 * 1000;

type Key = Pick<SavedRecord, 'kind' | 'adapter' | 'messageId' | 'textHash' | 'from' | 'sentAt' | 'subject' | 'text'>;

/**
 * Whether `b` repeats the saved `a`.
 * - Two imported emails are the same email exactly when their Message-IDs are: school messaging
 *   services send the same words ("You have a new message") many times a day.
 * - A clipped email carries the webmail's own id instead, so an imported one repeats it when it
 *   has the same normalised text, subject (less "Re:"), kind and sender, sent about the same time.
 *   An email with no words of its own (only an attachment) is never taken for another by its text.
 * - Letters are compared by text alone: the same letter as a file and again as an attachment.
 */
function repeats(a: Key, b: Key): boolean {
  if (a.messageId && b.messageId && a.messageId === b.messageId) return true;
  if (a.kind !== b.kind || a.textHash !== b.textHash || a.text.trim() === '') return false;
  if (a.kind === 'letter') return true;
  if (a.adapter === 'import' && b.adapter === 'import' && a.messageId && b.messageId) return false;
  return sameSender(a, b) && closeInTime(a, b) && bareSubject(a.subject) === bareSubject(b.subject);
}

/** "RE: Fwd: Noah’s review " → "noah’s review": replies keep their thread's subject in a webmail. */
function bareSubject(subject: string): string {
  return subject
    .replace(/^(?:\s*(?:re|fw|fwd|aw|sv)\s*(?:\[\d+\])?\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function sameSender(a: Key, b: Key): boolean {
  const x = a.from?.address ?? '';
  const y = b.from?.address ?? '';
  return !x || !y || x.toLowerCase() === y.toLowerCase();
}

function closeInTime(a: Key, b: Key): boolean {
  if (!a.sentAt || !b.sentAt) return true;
  return Math.abs(Date.parse(a.sentAt) - Date.parse(b.sentAt)) <= SAME_EMAIL_WINDOW_MS;
}

export async function prepareImportedBatch(batch: readonly ImportedBatchItem[], options: ImportBatchOptions = {}): Promise<PreparedBatch> {
  const { now = new Date(), childFor, analyseWith } = options;
  const at = now.toISOString();
  const prepare = (record: SavedRecord, childFromCarrier = false): Prepared => ({ record, read: analyseWith ? readOrNot(record, analyseWith, at) : null, childFromCarrier });
  const items = await Promise.all(
    batch.map(async (entry) => {
      const email = entry.email ? await buildRecord(entry.email, now) : null;
      if (email && childFor) email.childId = childFor(email);
      const letters = await Promise.all(
        entry.letters.map(async (item) => {
          const letter = await buildRecord(item, now);
          if (childFor) letter.childId = childFor(letter);
          const fromCarrier = letter.childId === null && email !== null && email.childId !== null;
          return prepare(fromCarrier ? { ...letter, childId: email.childId } : letter, fromCarrier);
        }),
      );
      return { email: email ? prepare(email) : null, letters };
    }),
  );
  return { items };
}

/**
 * Every Message-ID and text hash in the record, read once (two key-only requests) when an import
 * starts: a batch then asks the database only about the few emails that may be saved already,
 * instead of two requests per email. The import adds what it writes.
 */
export class SavedKeys {
  private constructor(
    private readonly messageIds: Set<string>,
    private readonly textHashes: Set<string>,
  ) {}

  static async load(db: OnRecordDatabase): Promise<SavedKeys> {
    const [ids, hashes] = await Promise.all([db.records.orderBy('messageId').uniqueKeys(), db.records.orderBy('textHash').uniqueKeys()]);
    return new SavedKeys(new Set(ids.map(String)), new Set(hashes.map(String)));
  }

  has(record: SavedRecord): boolean {
    return (!!record.messageId && this.messageIds.has(record.messageId)) || this.textHashes.has(record.textHash);
  }

  add(record: SavedRecord): void {
    if (record.messageId) this.messageIds.add(record.messageId);
    this.textHashes.add(record.textHash);
  }
}

/**
 * Rules that throw on one odd email must not stop an import: that record is saved unread, and the
 * start-up catch-up reads it again (with the error logged there too).
 */
function readOrNot(record: SavedRecord, lookup: CalendarLookup, at: string): Prepared['read'] {
  try {
    return firstAnalysis(record, lookup, at);
  } catch (error) {
    console.error('On Record: analysis of an imported record failed', record.id, error);
    return null;
  }
}

/**
 * Writes a prepared batch: the records in one transaction, then their findings and stamps in a
 * second, returned as `findingsWritten` so the caller can write the next batch's records while
 * these findings are written (the two transactions touch different tables, so the browser runs
 * them side by side). Each email is whole either way: a record whose findings did not get written
 * has no stamp, and the start-up catch-up reads it, as it does a clipped email.
 */
export async function writeImportedBatch(
  db: OnRecordDatabase,
  prepared: PreparedBatch,
  analyseWith?: CalendarLookup,
  saved?: SavedKeys,
): Promise<ImportBatchOutcome & { findingsWritten: Promise<void> }> {
  const all = prepared.items
    .flatMap((i) => (i.email ? [i.email, ...i.letters] : i.letters))
    .map((p) => p.record)
    // Without the keys, every record is looked up. (An email clipped from the webmail while an
    // import runs is not among the keys; it can be imported beside it, as a second copy.)
    .filter((r) => !saved || saved.has(r));
  const messageIds = [...new Set(all.map((c) => c.messageId).filter((id): id is string => !!id))];
  const hashes = [...new Set(all.map((c) => c.textHash))];
  const added: Prepared[] = [];
  const outcome = await db.transaction('rw', db.records, db.recordHeads, async () => {
    // One request per key, all at once: anyOf would walk a cursor, one round trip per key in turn.
    const lookups = [
      ...messageIds.map((id) => db.records.where('messageId').equals(id).toArray()),
      ...hashes.map((hash) => db.records.where('textHash').equals(hash).toArray()),
    ];
    const known: SavedRecord[] = (await Promise.all(lookups)).flat();
    let repeated = 0;
    let attachmentsSaved = 0;
    const find = (candidate: SavedRecord) => known.find((r) => repeats(r, candidate)) ?? added.find((p) => repeats(p.record, candidate))?.record;
    for (const entry of prepared.items) {
      let carrier: SavedRecord | null = null;
      if (entry.email) {
        const earlier = find(entry.email.record);
        if (earlier) repeated++;
        else added.push(entry.email);
        carrier = earlier ?? entry.email.record;
      }
      for (const letter of entry.letters) {
        if (find(letter.record)) {
          repeated++;
          continue;
        }
        added.push(carrier ? attachTo(letter, carrier, analyseWith) : letter);
        if (carrier) attachmentsSaved++;
      }
    }
    const records = added.map((p) => p.record);
    // Added before the write commits; should it fail, the import stops there anyway.
    for (const record of records) saved?.add(record);
    await db.records.bulkAdd(records);
    await db.recordHeads.bulkAdd(records.map(headOf));
    return { addedIds: records.map((r) => r.id), saved: added.length, alreadySaved: repeated, attachmentsSaved, filed: records.filter((r) => r.childId).length };
  });
  return { ...outcome, findingsWritten: writeFindings(db, added) };
}

/** The findings and stamps of records just written, in one transaction of their own. */
async function writeFindings(db: OnRecordDatabase, added: readonly Prepared[]): Promise<void> {
  const read = added.filter((p) => p.read);
  if (read.length === 0) return;
  await db.transaction('rw', db.findings, db.analyses, async () => {
    await db.findings.bulkPut(read.flatMap((p) => p.read!.findings));
    await db.analyses.bulkPut(read.map((p) => p.read!.stamp));
  });
}

/** Both steps at once, findings included, for a batch nothing else is read alongside. */
export async function saveImportedBatch(db: OnRecordDatabase, batch: readonly ImportedBatchItem[], options: ImportBatchOptions = {}): Promise<ImportBatchOutcome> {
  const { findingsWritten, ...outcome } = await writeImportedBatch(db, await prepareImportedBatch(batch, options), options.analyseWith);
  await findingsWritten;
  return outcome;
}

/**
 * Links a letter to the email that carried it. That email may turn out to be saved already
 * (clipped, or imported before) and filed under another child: a letter filed by its email then
 * follows that record, and its findings are read again against that child's calendar.
 */
function attachTo(letter: Prepared, carrier: SavedRecord, analyseWith: CalendarLookup | undefined): Prepared {
  const record: SavedRecord = { ...letter.record, attachedTo: carrier.id };
  const follows = (letter.childFromCarrier || record.childId === null) && carrier.childId !== record.childId;
  if (!follows) return { ...letter, record };
  const moved = { ...record, childId: carrier.childId };
  return { ...letter, record: moved, read: letter.read && analyseWith ? firstAnalysis(moved, analyseWith, letter.read.stamp.analysedAt) : letter.read };
}
