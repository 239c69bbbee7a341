// pdfjs-dist ships no typings for its worker module; pdfjs.ts needs only this one export.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
