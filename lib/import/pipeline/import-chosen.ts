// Saves what the parent ticked: each chosen email is read whole (postal-mime), its PDF and Word
// attachments become letters linked to it, and they are written in batches, each one transaction
// with their findings. Cancel stops after the email being read and writes what was read, so what
// is saved is always whole; a batch that cannot be written stops the import with its error.
import type { OnRecordDatabase } from '@/lib/db/database';
import { prepareImportedBatch, SavedKeys, writeImportedBatch, type ImportedBatchItem } from '@/lib/db/repositories/save-imported';
import { loadCalendarLookup } from '@/lib/db/repositories/calendar-lookup';
import type { CapturedItem } from '@/lib/model/captured-item';
import type { SavedRecord } from '@/lib/model/record';
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import { fileKindOf } from '@/lib/import/files/file-kinds';
import { messageFromSlice, splitMbox } from '@/lib/import/mbox/split-mbox';
import { readMessage } from '@/lib/import/mail/read-message';
import { readMsg } from '@/lib/import/pipeline/heavy-readers';
import { DocumentCache } from '@/lib/import/pipeline/document-cache';
import { sizeText } from '@/lib/import/files/file-size';
import { MAIL_SENTENCES } from '@/lib/import/mail/mail-sentences';
import { readZip } from '@/lib/import/zip/read-zip';
import { letterItem } from '@/lib/import/letter/letter-item';
import { unreadableReason } from '@/lib/import/unreadable';
import type { ReadMessage } from '@/lib/import/types';
import type { ImportChoice, ImportProgress, ImportSummary, UnreadableFile } from '@/lib/import/worker/protocol';
import { collect } from '@/lib/import/pipeline/byte-streams';
import { streamChunks } from '@/lib/import/mbox/stream-chunks';
import { chosenEmails } from '@/lib/import/pipeline/chosen-emails';
import type { FoundEmail, ScanResult } from '@/lib/import/pipeline/found';

/** Emails per transaction: big enough to write fast, small enough that Cancel answers within a second. */
export const BATCH_SIZE = 100;

export interface ImportOptions {
  db: OnRecordDatabase;
  childFor: (record: SavedRecord) => string | null;
  onProgress?: (progress: ImportProgress) => void;
  isCancelled?: () => boolean;
  limits?: ImportLimits;
  now?: () => Date;
}

export async function importChosen(files: readonly File[], scan: ScanResult, choice: ImportChoice, options: ImportOptions): Promise<ImportSummary> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const started = Date.now();
  const emails = chosenEmails(scan.emails, choice);
  const letters = scan.letters.filter((l) => choice.letters.includes(l.key));
  const progress: ImportProgress = { done: 0, total: emails.length + letters.length, saved: 0, alreadySaved: 0, skipped: 0, unreadable: 0 };
  const problems: UnreadableFile[] = [];
  let attachmentsSaved = 0;
  let filed = 0;
  let cancelled = false;
  let batch: ImportedBatchItem[] = [];
  let lastReport = 0;
  const report = (force = false) => {
    if (!force && Date.now() - lastReport < 100) return;
    lastReport = Date.now();
    options.onProgress?.({ ...progress });
  };

  // Term dates are read once: a change made while the import runs is caught by the next start-up
  // catch-up, which reads again anything analysed against an older calendar.
  const [analyseWith, saved] = await Promise.all([loadCalendarLookup(options.db), SavedKeys.load(options.db)]);
  const documents = new DocumentCache(limits);
  // Batches are written (saved, filed and analysed, one transaction each) while the next are read
  // and analysed: the reading works the worker, the writing the disk. They are written in order,
  // each once the one before has committed, so each finds the emails the one before saved. At most
  // WRITES_QUEUED wait their turn, so memory stays bounded when the disk is the slower.
  let writing: Promise<void> = Promise.resolve();
  let writeFailed: unknown = null;
  let findings: Promise<void> = Promise.resolve();
  const queued: Promise<void>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    const prepared = await prepareImportedBatch(full, { now: options.now?.(), childFor: options.childFor, analyseWith });
    // A failed write stops the ones after it; the import ends with its error (awaited below).
    writing = writing.then(() =>
      writeImportedBatch(options.db, prepared, analyseWith, saved).then((outcome) => {
        // The next batch's records are written while these findings are: other tables.
        findings = findings.then(() => outcome.findingsWritten);
        findings.catch(() => {}); // Awaited at the end; a failure ends the import there.
        progress.saved += outcome.saved;
        progress.alreadySaved += outcome.alreadySaved;
        attachmentsSaved += outcome.attachmentsSaved;
        filed += outcome.filed;
        report(true);
      }),
    );
    const written = writing.catch((error: unknown) => {
      writeFailed ??= error;
    });
    queued.push(written);
    void written.then(() => queued.splice(queued.indexOf(written), 1));
    if (queued.length > WRITES_QUEUED) await queued[0];
  };
  /** Adds one item; writes the batch when full. False once the parent has cancelled. */
  const add = async (item: ImportedBatchItem | null): Promise<boolean> => {
    progress.done++;
    if (item) batch.push(item);
    if (batch.length >= BATCH_SIZE) await flush();
    else report();
    // A write that failed ends the import now, not after every other email has been read (the
    // findings of the batches written before it are written first).
    if (writeFailed) {
      await findings.catch(() => {});
      throw writeFailed;
    }
    if (options.isCancelled?.()) cancelled = true;
    return !cancelled;
  };
  const failed = (source: string, error: unknown) => {
    progress.unreadable++;
    problems.push({ file: source, reason: unreadableReason(error) });
  };

  /** One email read whole, with its attachments read as letters (an unreadable attachment is a problem, not a lost email). */
  const withLetters = async (read: ReadMessage, source: string): Promise<ImportedBatchItem> => {
    const attached: CapturedItem[] = [];
    for (const doc of read.documents) {
      const name = `${source} › ${doc.name}`;
      try {
        const text = await documents.read(doc.kind, doc.bytes);
        attached.push(letterItem(text, { file: name, carrier: read.item }));
      } catch (error) {
        // The email is saved; its letter is named, with why, among what could not be read.
        failed(name, error);
      }
    }
    return { email: read.item, letters: attached };
  };
  const readOne = async (email: FoundEmail, bytes: Uint8Array): Promise<ImportedBatchItem | null> => {
    try {
      const read = email.format === 'msg' ? await readMsg(bytes, { file: email.source }) : await readMessage(bytes, { file: email.source, limits });
      return await withLetters(read, email.source);
    } catch (error) {
      failed(`${email.source}${email.entry !== null || email.index > 0 ? `, email ${email.index + 1}` : ''}`, error);
      return null;
    }
  };

  /**
   * The chosen emails of a zip, by streaming it again. Stops reading as soon as the last chosen
   * email is read, and between emails that were not chosen when the parent cancels. A zip that
   * breaks part-way (cut short, damaged) keeps what was read before the break: the break is one
   * line among what could not be read. False once the parent has cancelled.
   */
  const fromZip = async (file: File, chosen: readonly FoundEmail[]): Promise<boolean> => {
    const wanted = new Map<string, Map<number, FoundEmail>>();
    for (const email of chosen) {
      const inEntry = wanted.get(email.entry!) ?? new Map<number, FoundEmail>();
      inEntry.set(email.index, email);
      wanted.set(email.entry!, inEntry);
    }
    try {
      for await (const entry of readZip(streamChunks(file.stream()), limits)) {
        const inEntry = wanted.get(entry.name);
        // An entry left unread is passed over by readZip without being unpacked.
        if (!inEntry) continue;
        if (fileKindOf(entry.name) === 'mbox') {
          for await (const message of splitMbox(entry.chunks, limits)) {
            const email = inEntry.get(message.index);
            if (!email || !message.bytes) {
              if (options.isCancelled?.()) return !(cancelled = true);
              continue;
            }
            inEntry.delete(message.index);
            if (!(await add(await readOne(email, message.bytes)))) return false;
            if (inEntry.size === 0) break;
          }
        } else {
          const email = inEntry.get(0)!;
          const bytes = await collect(entry.chunks, limits.maxMessageBytes, MAIL_SENTENCES.tooLarge('email', sizeText(limits.maxMessageBytes)));
          if (!(await add(await readOne(email, bytes)))) return false;
        }
        wanted.delete(entry.name);
        if (wanted.size === 0) break;
      }
    } catch (error) {
      failed(file.name, error);
    }
    return true;
  };

  // Emails the scan kept in memory first; then those in files chosen directly, re-read by their
  // byte range; then those inside a zip, by streaming the zip again (a zip cannot be read from the
  // middle).
  const inMemory = emails.filter((e) => e.bytes);
  const byFile = new Map<number, FoundEmail[]>();
  for (const email of emails) {
    if (email.bytes) continue;
    const list = byFile.get(email.file);
    if (list) list.push(email);
    else byFile.set(email.file, [email]);
  }
  outer: {
    for (const email of inMemory) {
      const bytes = email.bytes!;
      // Once read, the copy is let go: memory falls as the import goes.
      delete email.bytes;
      if (!(await add(await readOne(email, bytes)))) break outer;
    }
    for (const [fileIndex, chosen] of byFile) {
      const file = files[fileIndex]!;
      if (chosen[0]!.entry === null) {
        // Read a group of byte ranges at once, the next group's while this one is read and saved:
        // each read is a round trip to the browser's file store, and the reads overlap. A group
        // holds at most BATCH_SIZE emails and READ_AHEAD_BYTES, so big emails never pile up.
        const groups = inGroups(chosen, BATCH_SIZE, READ_AHEAD_BYTES);
        let reading = readRanges(file, groups[0] ?? []);
        for (let g = 0; g < groups.length; g++) {
          const slices = await reading;
          if (g + 1 < groups.length) reading = readRanges(file, groups[g + 1]!);
          for (const [i, email] of groups[g]!.entries()) {
            const bytes = email.format === 'mbox' ? messageFromSlice(slices[i]!) : slices[i]!;
            if (!(await add(await readOne(email, bytes)))) break outer;
          }
        }
        continue;
      }
      if (!(await fromZip(file, chosen))) break outer;
    }
  }
  if (!cancelled) {
    for (const letter of letters) {
      if (!(await add({ email: null, letters: [letter.item] }))) break;
    }
  }
  await flush();
  await writing;
  await findings;
  progress.skipped = scan.emails.length - emails.length;
  report(true);
  return { ...progress, cancelled, problems, attachmentsSaved, filed, seconds: (Date.now() - started) / 1000 };
}

/** Batches prepared and waiting to be written, at most: two batches of emails in memory beyond the one read. */
const WRITES_QUEUED = 2;

/** Bytes of emails read ahead from a file at once (two groups are in memory: the one read and the next). */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

/** Emails in file order, in groups of at most `count` emails and `bytes` (a bigger email stands alone). */
function inGroups(emails: readonly FoundEmail[], count: number, bytes: number): FoundEmail[][] {
  const out: FoundEmail[][] = [];
  let group: FoundEmail[] = [];
  let size = 0;
  for (const email of emails) {
    const length = email.end - email.start;
    if (group.length > 0 && (group.length >= count || size + length > bytes)) {
      out.push(group);
      group = [];
      size = 0;
    }
    group.push(email);
    size += length;
  }
  if (group.length > 0) out.push(group);
  return out;
}

function readRanges(file: Blob, emails: readonly FoundEmail[]): Promise<Uint8Array[]> {
  return Promise.all(emails.map(async (e) => new Uint8Array(await file.slice(e.start, e.end).arrayBuffer())));
}
