// Reads every chosen file once, streaming, and lists what it holds: the senders of its emails
// (headers only, so 50,000 emails scan in under a minute) and the letters given as files. Nothing
// is saved. A file that cannot be read gets one sentence and the rest go on.
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import { fileKindOf, unknownFileReason } from '@/lib/import/files/file-kinds';
import { splitMbox } from '@/lib/import/mbox/split-mbox';
import { readHeaders } from '@/lib/import/mail/headers';
import { readDocument, readMsg } from '@/lib/import/pipeline/heavy-readers';
import { readZip } from '@/lib/import/zip/read-zip';
import { letterItem } from '@/lib/import/letter/letter-item';
import { earliest, latest, SenderTally } from '@/lib/import/senders/group-senders';
import { whyTicked, type ChildSenders } from '@/lib/import/senders/why-ticked';
import { Unreadable, unreadableReason } from '@/lib/import/unreadable';
import type { ImportFileKind, MessageHeaders } from '@/lib/import/types';
import type { FoundLetter, ScanProgress, UnreadableFile } from '@/lib/import/worker/protocol';
import { collect, counted, headOf } from '@/lib/import/pipeline/byte-streams';
import { streamChunks } from '@/lib/import/mbox/stream-chunks';
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import { sizeText } from '@/lib/import/files/file-size';
import { MAIL_SENTENCES } from '@/lib/import/mail/mail-sentences';
import { DOCUMENT_SENTENCES } from '@/lib/import/documents/document-sentences';
import type { EmailPlace, FoundEmail, FoundLetterItem, ScanResult } from '@/lib/import/pipeline/found';

export interface ScanOptions {
  children: readonly ChildSenders[];
  onProgress?: (progress: ScanProgress) => void;
  limits?: ImportLimits;
}

/** The name a parent sees for a file inside a zip. */
export function insideName(file: string, entry: string | null): string {
  return entry ? `${file} › ${entry.split('/').pop() || entry}` : file;
}

export async function scanFiles(files: readonly File[], options: ScanOptions): Promise<ScanResult> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const tally = new SenderTally();
  const emails: FoundEmail[] = [];
  const letters: FoundLetterItem[] = [];
  const unreadable: UnreadableFile[] = [];
  const bytesTotal = files.reduce((n, f) => n + f.size, 0);
  let bytesBefore = 0;
  let bytesRead = 0;
  let lastReport = 0;
  const report = (force = false) => {
    const now = Date.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    options.onProgress?.({ bytesRead, bytesTotal, emails: emails.length });
  };
  // Emails the parent will most likely import (their sender is ticked by default) are kept, copied
  // out of the read buffer, while they fit: the import then starts from memory.
  const tickedByDefault = new Map<string, boolean>();
  let retained = 0;
  const keep = (address: string, bytes: Uint8Array | undefined): Uint8Array | undefined => {
    if (!bytes || !address) return undefined;
    let ticked = tickedByDefault.get(address);
    if (ticked === undefined) tickedByDefault.set(address, (ticked = whyTicked(address, options.children) !== null));
    if (!ticked || retained + bytes.byteLength > limits.maxRetainedBytes) return undefined;
    retained += bytes.byteLength;
    return bytes.slice();
  };
  const found = (place: EmailPlace, headers: MessageHeaders, bytes?: Uint8Array) => {
    const address = headers.from?.address.toLowerCase() ?? '';
    emails.push({ ...place, address, sentAt: headers.sentAt, bytes: keep(address, bytes) });
    tally.add(headers.from, headers.sentAt);
    report();
  };

  for (const [fileIndex, file] of files.entries()) {
    const kind = fileKindOf(file.name, await headOf(file));
    const stream = () => counted(streamChunks(file.stream()), (n) => {
      bytesRead = bytesBefore + n;
      report();
    });
    try {
      if (file.size === 0) throw new Unreadable(FILE_SENTENCES.empty);
      if (!kind) throw new Unreadable(unknownFileReason(file.name));
      await scanOne({ kind, name: file.name, fileIndex, entry: null, size: file.size, lastModified: file.lastModified, chunks: stream() });
    } catch (error) {
      // A zip that stops (cut short, a bomb) says so from its entry and again from the zip: once.
      const reason = unreadableReason(error);
      const last = unreadable.at(-1);
      if (!(last && last.reason === reason && last.file.startsWith(`${file.name} › `))) unreadable.push({ file: file.name, reason });
    }
    bytesBefore += file.size;
    bytesRead = bytesBefore;
    report(true);
  }

  interface Unit {
    kind: ImportFileKind;
    name: string;
    fileIndex: number;
    entry: string | null;
    size: number;
    lastModified: number | null;
    chunks: AsyncIterable<Uint8Array>;
  }

  async function scanOne(unit: Unit): Promise<void> {
    const source = insideName(files[unit.fileIndex]!.name, unit.entry);
    const place = { file: unit.fileIndex, entry: unit.entry, source };
    switch (unit.kind) {
      case 'mbox': {
        let complete = 0;
        for await (const message of splitMbox(unit.chunks, limits)) {
          if (message.truncated) {
            unreadable.push({ file: source, reason: MAIL_SENTENCES.cutShort(complete) });
            continue;
          }
          if (!message.bytes) {
            unreadable.push({ file: `${source}, email ${message.index + 1}`, reason: MAIL_SENTENCES.tooLarge('email', sizeText(limits.maxMessageBytes)) });
            continue;
          }
          complete++;
          found({ ...place, index: message.index, start: message.start, end: message.end, format: 'mbox' }, readHeaders(message.bytes), message.bytes);
        }
        return;
      }
      case 'eml': {
        const bytes = await collect(unit.chunks, limits.maxMessageBytes, MAIL_SENTENCES.tooLarge('email', sizeText(limits.maxMessageBytes)));
        found({ ...place, index: 0, start: 0, end: bytes.byteLength, format: 'eml' }, readHeaders(bytes), bytes);
        return;
      }
      case 'msg': {
        const bytes = await collect(unit.chunks, limits.maxMessageBytes, MAIL_SENTENCES.tooLarge('Outlook file', sizeText(limits.maxMessageBytes)));
        const { item } = await readMsg(bytes, { file: source });
        found(
          { ...place, index: 0, start: 0, end: bytes.byteLength, format: 'msg' },
          { from: item.from, sentAt: item.sentAt, messageId: item.messageId, subject: item.subject },
          bytes,
        );
        return;
      }
      case 'zip': {
        if (unit.entry !== null) throw new Unreadable('A zip inside a zip is not opened; unpack it and import the files inside.');
        for await (const entry of readZip(unit.chunks, limits)) {
          const inner = fileKindOf(entry.name);
          if (!inner || inner === 'zip' || inner === 'html') {
            // An export holds much besides mail (settings, photos, its own index page
            // archive_browser.html): passed over quietly, and not unpacked (readZip skips what is
            // left unread). A web page in a zip is never a letter.
            continue;
          }
          try {
            await scanOne({ ...unit, kind: inner, entry: entry.name, size: 0, chunks: entry.chunks });
          } catch (error) {
            unreadable.push({ file: insideName(files[unit.fileIndex]!.name, entry.name), reason: unreadableReason(error) });
          }
        }
        return;
      }
      case 'pdf':
      case 'docx':
      case 'txt':
      case 'html': {
        const bytes = await collect(unit.chunks, limits.maxDocumentBytes, DOCUMENT_SENTENCES.tooLarge(sizeText(limits.maxDocumentBytes)));
        const doc = await readDocument(unit.kind, bytes, limits);
        const item = letterItem(doc, { file: source, lastModified: unit.lastModified ? new Date(unit.lastModified).toISOString() : null });
        letters.push({ key: `${unit.fileIndex}/${unit.entry ?? ''}`, item });
        return;
      }
      default: {
        // Every kind in FILE_KINDS has a case above: a new kind fails to compile until it has one.
        const unknown: never = unit.kind;
        throw new Unreadable(unknownFileReason(String(unknown)));
      }
    }
  }

  const senders = tally.groups(options.children);
  const letterSummaries: FoundLetter[] = letters.map(({ key, item }) => ({
    key,
    ticked: key.endsWith('/'),
    file: item.file ?? '',
    title: item.subject,
    sentAt: item.sentAt,
    from: item.from?.name || item.from?.address || '',
  }));
  return {
    emails,
    letters,
    report: {
      files: files.length,
      emails: emails.length,
      senders,
      letters: letterSummaries,
      unreadable,
      // Each as it was written, with its sender's offset: the date range compares those days.
      earliest: earliest(senders.map((g) => g.first)),
      latest: latest(senders.map((g) => g.last)),
    },
  };
}
