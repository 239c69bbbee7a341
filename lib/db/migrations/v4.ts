import type Dexie from 'dexie';
import { snippetOf, type RecordHead } from '@/lib/model/record-head';
import type { SavedRecord } from '@/lib/model/record';

/**
 * Version 4: record heads carry the start of the text (`snippet`), so the side panel lists saved
 * items from the heads alone instead of loading every email's text and HTML. No index changes.
 */
export function v4(db: Dexie): void {
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      const snippets = new Map<string, string>();
      // One pass with a cursor, keeping only the short snippets: never every email's text at once.
      await tx.table<SavedRecord, string>('records').each((record) => {
        snippets.set(record.id, snippetOf(record.text));
      });
      await tx
        .table<RecordHead, string>('recordHeads')
        .toCollection()
        .modify((head) => {
          head.snippet = snippets.get(head.id) ?? '';
        });
    });
}
