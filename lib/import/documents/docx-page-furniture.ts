// The header and footer on a Word letter's first page. Schools put their letterhead there (name,
// address, email), and mammoth reads only the body, so without this a Word letter would lose the
// very lines that say who wrote it. Read with fflate from the parts the first section names.
import { unzipSync } from 'fflate';
import { decodeXmlEntities } from '@/lib/import/documents/xml-text';

const DOCUMENT = 'word/document.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
/** A header or footer part larger than this is not a letterhead: skip it. */
const MAX_PART_BYTES = 512 * 1024;

export interface PageFurniture {
  header: string;
  footer: string;
}

const NONE: PageFurniture = { header: '', footer: '' };

/** The paragraphs of a WordprocessingML part as lines: runs joined, tabs as spaces, breaks kept. */
export function wordPartText(xml: string): string {
  // A text box is written twice, for new Word and as a fallback for old: read it once.
  const once = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  const lines: string[] = [];
  for (const paragraph of once.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
    const text = paragraph
      .replace(/<w:tab\/>|<w:tab\s[^>]*\/>/g, ' ')
      .replace(/<w:br\/>|<w:br\s[^>]*\/>|<w:cr\/>/g, '\n')
      .replace(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => t ?? '');
    const line = decodeXmlEntities(text).replace(/[ \t\u00a0]+/g, ' ').trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/** Which header or footer part the first section shows on its first page, by relationship id. */
function firstPageReference(sectPr: string, kind: 'header' | 'footer'): string | null {
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sectPr);
  const wanted = titlePage ? 'first' : 'default';
  const references = [...sectPr.matchAll(new RegExp(`<w:${kind}Reference\\b([^>]*)/>`, 'g'))].map((m) => m[1]!);
  const pick = references.find((r) => r.includes(`w:type="${wanted}"`)) ?? (titlePage ? null : references.find((r) => !/w:type=/.test(r)));
  return pick ? (/r:id="([^"]+)"/.exec(pick)?.[1] ?? null) : null;
}

function targetOf(relationships: string, id: string): string | null {
  const rel = [...relationships.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => m[1]!).find((r) => r.includes(`Id="${id}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  return target ? `word/${target.replace(/^\/?word\//, '').replace(/^\.\//, '')}` : null;
}

/** The first page's header and footer text, each '' when there is none or it cannot be read. */
export function docxPageFurniture(bytes: Uint8Array): PageFurniture {
  try {
    const decoder = new TextDecoder('utf-8');
    const main = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT || f.name === RELATIONSHIPS });
    if (!main[DOCUMENT] || !main[RELATIONSHIPS]) return NONE;
    const document = decoder.decode(main[DOCUMENT]);
    const sectPr = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(document)?.[0];
    if (!sectPr) return NONE;
    const relationships = decoder.decode(main[RELATIONSHIPS]);
    const parts = { header: firstPageReference(sectPr, 'header'), footer: firstPageReference(sectPr, 'footer') };
    const paths = { header: parts.header ? targetOf(relationships, parts.header) : null, footer: parts.footer ? targetOf(relationships, parts.footer) : null };
    const wanted = new Set([paths.header, paths.footer].filter((p): p is string => p !== null));
    if (wanted.size === 0) return NONE;
    const files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) && f.originalSize <= MAX_PART_BYTES });
    const textOf = (path: string | null) => (path && files[path] ? wordPartText(decoder.decode(files[path])) : '');
    return { header: textOf(paths.header), footer: textOf(paths.footer) };
  } catch {
    // The letterhead is a help for naming the sender; a file mammoth reads keeps its text without it.
    return NONE;
  }
}
