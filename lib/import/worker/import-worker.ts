// The import worker, started by the settings page (components/hooks/use-import.ts). Reading a
// 1 GB mailbox and analysing its school emails takes minutes: here it neither freezes the page nor
// holds the background service worker awake. It writes to the same IndexedDB as the rest of
// On Record; pages showing the record see the new items live.
import { openImportDatabase } from '@/lib/db/database';
import { ImportSession } from '@/lib/import/worker/import-session';
import type { FromImportWorker, ToImportWorker } from '@/lib/import/worker/protocol';

/** The two members of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: FromImportWorker): void;
  onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const session = new ImportSession(openImportDatabase(), (message: FromImportWorker) => scope.postMessage(message));

scope.onmessage = (event: MessageEvent<ToImportWorker>) => {
  void session.handle(event.data);
};
