// A PDF letter, report or plan as text, through pdf.js's text layer: lines and paragraphs in
// reading order (pdf-lines.ts), its title and creation date from its metadata. A scan (pictures of
// pages, no text), a password and a damaged file each get their own sentence for the parent.
import { IMPORT_LIMITS, type ImportLimits } from '@/lib/import/limits';
import type { DocumentText } from '@/lib/import/types';
import { Unreadable } from '@/lib/import/unreadable';
import { DOCUMENT_SENTENCES } from '@/lib/import/documents/document-sentences';
import { FILE_SENTENCES } from '@/lib/import/files/file-sentences';
import { includesBytes, MAGIC } from '@/lib/import/files/magic-numbers';
import { pdfDateToIso } from '@/lib/import/documents/pdf-date';
import { joinPages, pageText, type PositionedRun } from '@/lib/import/documents/pdf-lines';
import { getDocument, VerbosityLevel, type PDFDocumentProxy, type TextItem, type TextMarkedContent } from '@/lib/import/documents/pdfjs';

/** Fewer letters than this in the whole text layer, and the PDF is pictures of pages: a scan. */
const MIN_LETTERS = 20;
/** "%PDF-" must start within this many bytes (some writers put junk before it; pdf.js allows 1 KB). */
const HEADER_WINDOW = 1024;

/**
 * Privacy and safety: no font loading, no code generated from the file (eval), no network for
 * fonts, character maps or image decoders, errors only in the console.
 */
const SAFE_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  disableRange: true,
  disableStream: true,
  disableAutoFetch: true,
  verbosity: VerbosityLevel.ERRORS,
} as const;

function startsLikePdf(bytes: Uint8Array): boolean {
  return includesBytes(bytes.subarray(0, HEADER_WINDOW), MAGIC.pdf);
}

const isRun = (item: TextItem | TextMarkedContent): item is TextItem => 'str' in item;

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/** The parent's sentence for what pdf.js threw while opening the file. */
function openingFailure(error: unknown): Unreadable {
  if (nameOf(error) === 'PasswordException') return new Unreadable(DOCUMENT_SENTENCES.pdfPassword);
  return new Unreadable(DOCUMENT_SENTENCES.pdfDamaged);
}

async function metadataOf(pdf: PDFDocumentProxy): Promise<{ title: string | null; created: string | null }> {
  try {
    const { info, metadata } = await pdf.getMetadata();
    const fields = (info ?? {}) as { Title?: unknown; CreationDate?: unknown };
    const infoTitle = typeof fields.Title === 'string' ? fields.Title.trim() : '';
    const xmpTitle = metadata?.get('dc:title');
    const title = infoTitle || (typeof xmpTitle === 'string' ? xmpTitle.trim() : '');
    return { title: title || null, created: pdfDateToIso(typeof fields.CreationDate === 'string' ? fields.CreationDate : null) };
  } catch {
    // A damaged Info dictionary costs the title, not the letter.
    return { title: null, created: null };
  }
}

async function pagesText(pdf: PDFDocumentProxy, maxPages: number): Promise<string[]> {
  const pages: string[] = [];
  const count = Math.min(pdf.numPages, Math.max(0, maxPages));
  for (let n = 1; n <= count; n++) {
    const page = await pdf.getPage(n);
    try {
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter(isRun) as PositionedRun[]));
    } finally {
      page.cleanup();
    }
  }
  return pages;
}

/** The text of a PDF, its title and its creation date; throws Unreadable with the parent's sentence. */
export async function readPdf(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<DocumentText> {
  if (bytes.length === 0) throw new Unreadable(FILE_SENTENCES.empty);
  if (!startsLikePdf(bytes)) throw new Unreadable(DOCUMENT_SENTENCES.notAPdf);
  // pdf.js takes the buffer it is given (detaches it): hand it a copy so the caller's bytes stay whole.
  const task = getDocument({ ...SAFE_OPTIONS, data: bytes.slice() });
  try {
    let pdf: PDFDocumentProxy;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw openingFailure(error);
    }
    let pages: string[];
    try {
      pages = await pagesText(pdf, limits.maxPdfPages);
    } catch {
      throw new Unreadable(DOCUMENT_SENTENCES.pdfDamaged);
    }
    const text = joinPages(pages);
    if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) throw new Unreadable(DOCUMENT_SENTENCES.scan);
    return { text, ...(await metadataOf(pdf)) };
  } finally {
    await task.destroy();
  }
}
