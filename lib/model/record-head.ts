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
  };
}
