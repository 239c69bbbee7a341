// Drives one import: starts the import worker when the parent chooses files, and turns its
// messages into the page's state. The worker does all reading and writing; this page only shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  FromImportWorker,
  ImportChoice,
  ImportProgress,
  ImportSummary,
  ScanProgress,
  ScanReport,
  ToImportWorker,
} from '@/lib/import/worker/protocol';
import ImportWorker from '@/lib/import/worker/import-worker?worker';
import { stoppedSentence } from '@/lib/import/worker/stopped-sentence';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'scanning'; progress: ScanProgress }
  | { phase: 'choosing'; report: ScanReport }
  | { phase: 'importing'; report: ScanReport; progress: ImportProgress; startedAt: number; cancelling: boolean }
  | { phase: 'finished'; report: ScanReport; summary: ImportSummary }
  | { phase: 'failed'; error: string };

export interface UseImport {
  state: ImportState;
  /** Reads the files and lists what is in them; saves nothing. */
  chooseFiles(files: File[]): void;
  /** Saves what the parent ticked. */
  start(choice: ImportChoice): void;
  /** Stops after the batch being written: what was saved stays whole. */
  cancel(): void;
  /** Back to choosing files (ends the worker). */
  reset(): void;
}

// Vite's `?worker` import, not `new Worker(new URL(…, import.meta.url))`: WXT rewrites
// import.meta.url in extension pages, so Vite would never see (nor bundle) the worker.
function startWorker(): Worker {
  return new ImportWorker({ name: 'on-record-import' });
}

export function useImport(): UseImport {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const send = (message: ToImportWorker) => worker.current?.postMessage(message);

  const chooseFiles = useCallback(
    (files: File[]) => {
      stop();
      if (files.length === 0) return;
      const w = startWorker();
      worker.current = w;
      w.onmessage = (event: MessageEvent<unknown>) => {
        // pdf.js, loaded inside the worker, announces itself with a message of its own: only ours count.
        const message = event.data;
        if (!isFromImportWorker(message)) return;
        setState((prev) => next(prev, message));
      };
      w.onerror = (event) => {
        event.preventDefault();
        // The worker is ended, so nothing more is written behind a message saying it stopped.
        w.terminate();
        if (worker.current === w) worker.current = null;
        const why = event.message || 'the reader stopped';
        setState((prev) => ({ phase: 'failed', error: stoppedSentence(why, prev.phase === 'importing' ? prev.progress.saved : null) }));
      };
      setState({ phase: 'scanning', progress: { bytesRead: 0, bytesTotal: files.reduce((n, f) => n + f.size, 0), emails: 0 } });
      w.postMessage({ type: 'scan', files } satisfies ToImportWorker);
    },
    [stop],
  );

  const start = useCallback((choice: ImportChoice) => {
    setState((prev) =>
      prev.phase === 'choosing'
        ? { phase: 'importing', report: prev.report, startedAt: Date.now(), cancelling: false, progress: { done: 0, total: 0, saved: 0, alreadySaved: 0, skipped: 0, unreadable: 0 } }
        : prev,
    );
    send({ type: 'import', choice });
  }, []);

  const cancel = useCallback(() => {
    setState((prev) => (prev.phase === 'importing' ? { ...prev, cancelling: true } : prev));
    send({ type: 'cancel' });
  }, []);

  const reset = useCallback(() => {
    stop();
    setState({ phase: 'idle' });
  }, [stop]);

  return { state, chooseFiles, start, cancel, reset };
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set<FromImportWorker['type']>(['scan-progress', 'scanned', 'import-progress', 'imported', 'failed']);

function isFromImportWorker(value: unknown): value is FromImportWorker {
  return typeof value === 'object' && value !== null && MESSAGE_TYPES.has((value as { type?: unknown }).type as string);
}

function next(prev: ImportState, message: FromImportWorker): ImportState {
  switch (message.type) {
    case 'scan-progress':
      return prev.phase === 'scanning' ? { phase: 'scanning', progress: message.progress } : prev;
    case 'scanned':
      return { phase: 'choosing', report: message.report };
    case 'import-progress':
      return prev.phase === 'importing' ? { ...prev, progress: message.progress } : prev;
    case 'imported':
      return prev.phase === 'importing' ? { phase: 'finished', report: prev.report, summary: message.summary } : prev;
    case 'failed':
      return { phase: 'failed', error: message.error };
  }
}
