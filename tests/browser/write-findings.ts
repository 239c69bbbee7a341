// Writes findings straight into the built extension's IndexedDB from one of its pages, for browser
// tests that need a record with exactly these findings (no analysis involved).
import type { Page } from 'playwright-core';
import type { StoredFinding } from '../../lib/model/finding';

/**
 * Writes straight to the extension's IndexedDB from one of its pages: replaces the findings of the
 * records in `put` with these, and forgets that the `deleteStampOf` records were read.
 */
export async function writeFindings(page: Page, put: StoredFinding[], deleteStampOf: string[] = []): Promise<void> {
  await page.evaluate(
    ({ put, deleteStampOf }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('on-record');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['findings', 'analyses'], 'readwrite');
          const findings = tx.objectStore('findings');
          const index = findings.index('recordId');
          for (const recordId of new Set(put.map((f) => f.recordId))) {
            const keys = index.getAllKeys(recordId);
            keys.onsuccess = () => {
              for (const key of keys.result) findings.delete(key);
              for (const f of put.filter((g) => g.recordId === recordId)) findings.put(f);
            };
          }
          for (const id of deleteStampOf) tx.objectStore('analyses').delete(id);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { put, deleteStampOf },
  );
}
