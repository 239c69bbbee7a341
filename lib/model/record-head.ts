import type { SavedRecord } from '@/lib/model/record';

/**
 * The few fields of a record the timeline and lists need. Kept in its own table so opening years
 * of records reads kilobytes, not every saved email's text and HTML.
 */
export interface RecordHead {
  id: string;
  childId: string | null;
  kind: SavedRecord['kind'];
  /** When it was sent (ISO 8601 with offset), else null: then capturedAt places it. */
  sentAt: string | null;
  capturedAt: string;
  subject: string;
  fromName: string;
  fromAddress: string;
  url: string;
  /**
   * The start of the text on one line (whitespace runs made one space), SNIPPET_LENGTH characters
   * at most: enough for a list to cut its own shorter snippet at a word, as it would from the text.
   */
  snippet: string;
}

/** Longer than any list shows (lib/ui/format.ts snippet cuts at 140 at most), so its cut is the same. */
export const SNIPPET_LENGTH = 160;

export function snippetOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_LENGTH);
}

export function headOf(record: SavedRecord): RecordHead {
  return {
    id: record.id,
    childId: record.childId,
    kind: record.kind,
    sentAt: record.sentAt,
    capturedAt: record.capturedAt,
    subject: record.subject,
    fromName: record.from?.name ?? '',
    fromAddress: record.from?.address ?? '',
    url: record.url,
    snippet: snippetOf(record.text),
  };
}
