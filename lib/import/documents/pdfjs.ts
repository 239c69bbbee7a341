// The one place pdf.js is loaded. Two choices, both deliberate:
// - The legacy build: it runs on Node 20 (the tests, the command line) and on browsers a year or
//   two old; the modern build needs Promise.try, URL.parse and Promise.withResolvers (Chrome 128,
//   Firefox 134). It costs ~35 KB gzipped more, and only the import worker loads it.
// - No worker of pdf.js's own: the import already runs in our dedicated Web Worker, so pdf.js runs
//   in this thread (its "fake worker"). It looks for `globalThis.pdfjsWorker.WorkerMessageHandler`
//   before it would fetch a worker script, so importing the worker module here means nothing is
//   fetched or started. (Importing it also sets that global itself; the line below says so plainly.)
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } }).pdfjsWorker = { WorkerMessageHandler };

export { getDocument, VerbosityLevel };
export type { PDFDocumentProxy, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
