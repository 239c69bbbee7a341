// A letter, report or plan read from a file becomes a saved item like a clipped email. Its date and
// sender come from the letter itself first: the date line is the day the school or council wrote
// it, which the file's own dates (when it was converted, copied or downloaded) are not.
import { baseName } from '@/lib/import/files/file-name';
import type { DocumentText } from '@/lib/import/types';
import { letterDate } from '@/lib/import/letter/letter-date';
import { letterhead } from '@/lib/import/letter/letterhead';
import { MEANINGLESS_TITLES } from '@/lib/import/letter/letter-words';
import { ukWallTimeIso } from '@/lib/import/letter/uk-local-time';
import type { CapturedItem, Person } from '@/lib/model/captured-item';

/** The email that carried the letter as an attachment: its date and sender stand in for the letter's own. */
export interface LetterCarrier {
  sentAt: string | null;
  sentAtText: string | null;
  from: Person | null;
}

export interface LetterSource {
  /** The file as the parent would recognise it ("EHCP draft.pdf", "takeout.zip › Inbox.mbox › decision.pdf"). */
  file: string;
  carrier?: LetterCarrier | null;
  /** The file's last-modified time, ISO 8601, when the browser gives one. */
  lastModified?: string | null;
}

/** A file name as a subject: no extension, underscores and runs of spaces made single spaces. */
export function tidyFileName(file: string): string {
  const base = baseName(file);
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const tidy = withoutExtension.replace(/[_\s]+/g, ' ').trim();
  return tidy || base || file;
}

/** The document's own title, unless it is empty, a word processor's default or the file's name. */
function meaningfulTitle(title: string | null, file: string): string | null {
  const t = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (t === '') return null;
  if (MEANINGLESS_TITLES.some((re) => re.test(t))) return null;
  const base = baseName(file).toLowerCase();
  if (t.toLowerCase() === base || t.toLowerCase() === tidyFileName(file).toLowerCase()) return null;
  return t;
}

/** The saved item for a letter read from a file (kind 'letter', adapter 'import'). */
export function letterItem(doc: DocumentText, source: LetterSource): CapturedItem {
  const carrier = source.carrier ?? null;
  const date = letterDate(doc.text);
  const head = letterhead(doc.text);
  return {
    kind: 'letter',
    adapter: 'import',
    url: '',
    sentAt: (date ? ukWallTimeIso(date.iso) : null) ?? carrier?.sentAt ?? doc.created ?? source.lastModified ?? null,
    sentAtText: date?.line ?? carrier?.sentAtText ?? null,
    from: head ?? carrier?.from ?? null,
    to: [],
    cc: [],
    subject: meaningfulTitle(doc.title, source.file) ?? tidyFileName(source.file),
    text: doc.text,
    quotedText: '',
    signature: '',
    html: '',
    messageId: null,
    attachments: [],
    file: source.file,
  };
}
