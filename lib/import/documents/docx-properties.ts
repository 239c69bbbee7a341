// A Word file's own title and creation time, from docProps/core.xml (dc:title, dcterms:created).
// mammoth reads only the body, so the one small part is unzipped here with fflate.
import { unzipSync } from 'fflate';
import { elementText } from '@/lib/import/documents/xml-text';

const CORE_PROPERTIES = 'docProps/core.xml';
/** A core.xml larger than this is not one a word processor wrote: skip it rather than read it. */
const MAX_CORE_BYTES = 256 * 1024;
/** W3CDTF, as dcterms:created is written: "2026-03-12T10:15:00Z", "2026-03-12T10:15:00.12+01:00". */
const W3CDTF = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

export interface DocxProperties {
  title: string | null;
  created: string | null;
}

/** "2026-03-12T10:15:00Z" → "2026-03-12T10:15:00+00:00"; null when it is not a full date and time. */
export function w3cdtfToIso(value: string | null): string | null {
  const m = value ? W3CDTF.exec(value.trim()) : null;
  if (!m) return null;
  const offset = m[4]!.toUpperCase() === 'Z' ? '+00:00' : m[4]!;
  const iso = `${m[1]}T${m[2]}:${m[3] ?? '00'}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The title and creation time a .docx states, each null when it states none (or cannot be read). */
export function docxProperties(bytes: Uint8Array): DocxProperties {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === CORE_PROPERTIES && f.originalSize <= MAX_CORE_BYTES });
    const core = files[CORE_PROPERTIES];
    if (!core) return { title: null, created: null };
    const xml = new TextDecoder('utf-8').decode(core);
    return { title: elementText(xml, 'title'), created: w3cdtfToIso(elementText(xml, 'created')) };
  } catch {
    // Properties are a nicety: a file mammoth can read keeps its text without them.
    return { title: null, created: null };
  }
}
