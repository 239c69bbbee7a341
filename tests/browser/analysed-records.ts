// How many of these records the extension has analysed: their stamps in the analyses store, read
// from inside one of its pages (a stamp is written with a record's findings, never before).
import type { Page } from 'playwright-core';

export function analysedCount(page: Page, ids: string[]): Promise<number> {
  return page.evaluate(
    (ids) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('on-record');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('analyses').objectStore('analyses').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.filter((k) => ids.includes(String(k))).length);
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
    ids,
  );
}
