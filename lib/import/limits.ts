// How much an import will read, kept as data in one place. The caps protect a parent's browser
// from a damaged or hostile file (a zip bomb, a 200 MB "message"): past a cap the item is skipped
// with a sentence saying why, and everything else goes on.

export const IMPORT_LIMITS = {
  /** One email, headers and attachments together, as it sits in the mailbox. */
  maxMessageBytes: 50 * 1024 * 1024,
  /** One letter or plan (PDF, Word, text) read on its own or as an attachment. */
  maxDocumentBytes: 50 * 1024 * 1024,
  /** The bytes of headers read for the sender list; longer header blocks are cut here. */
  maxHeaderBytes: 64 * 1024,
  /** All the bytes a zip may expand to, across its entries (a Takeout export can be large). */
  maxZipExpandedBytes: 20 * 1024 * 1024 * 1024,
  /** Expanded ÷ compressed, per entry, beyond which an entry is a zip bomb, once it passes maxZipRatioAfterBytes. */
  maxZipRatio: 200,
  maxZipRatioAfterBytes: 100 * 1024 * 1024,
  /**
   * Emails from senders ticked by default are kept in memory by the scan, up to this many bytes in
   * all, so importing them needs no second read of the file (a zip would have to be inflated again).
   * Past it, the import reads them again from the file.
   */
  maxRetainedBytes: 64 * 1024 * 1024,
  /** Pages of a PDF read; a plan or report is rarely longer. */
  maxPdfPages: 500,
} as const;

export type ImportLimits = { -readonly [K in keyof typeof IMPORT_LIMITS]: number };
