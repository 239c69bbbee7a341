import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxPageFurniture, wordPartText } from '@/lib/import/documents/docx-page-furniture';
import { fixture } from './fixture';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const part = (paragraphs: string) => `<?xml version="1.0"?><w:hdr ${W}>${paragraphs}</w:hdr>`;
const para = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal .docx whose first section names these header parts (type → file). */
function docxWith(sectPr: string, headers: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const rels = Object.keys(headers)
    .map((name, i) => `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="${name}"/>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    'word/document.xml': enc.encode(`<w:document ${W}><w:body>${para('Dear Parent,')}${sectPr}</w:body></w:document>`),
    'word/_rels/document.xml.rels': enc.encode(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
  };
  for (const [name, xml] of Object.entries(headers)) files[`word/${name}`] = enc.encode(xml);
  return zipSync(files);
}

describe('wordPartText', () => {
  it('reads paragraphs as lines, tabs as spaces and breaks as new lines, entities decoded', () => {
    const xml = part(`${para('Brookfield Primary School')}<w:p><w:r><w:t>Meadow Lane</w:t><w:tab/><w:t>Tel 01632 960123</w:t><w:br/><w:t>Fish &amp; Chips</w:t></w:r></w:p><w:p/>`);
    expect(wordPartText(xml)).toBe('Brookfield Primary School\nMeadow Lane Tel 01632 960123\nFish & Chips');
  });

  it('reads a text box once, not again from its fallback copy', () => {
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${para('Oakfield Academy')}</w:txbxContent></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${para('Oakfield Academy')}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(wordPartText(part(box))).toBe('Oakfield Academy');
  });
});

describe('docxPageFurniture', () => {
  it('reads the header and footer LibreOffice wrote', () => {
    const { header, footer } = docxPageFurniture(fixture('school-letter-header.docx'));
    expect(header).toBe('Brookfield Primary School\nMeadow Lane, Eastwick EW4 2PQ');
    expect(footer).toContain('Office@Brookfield.Eastwick.sch.uk');
  });

  it('takes the first-page header when the section has a different first page', () => {
    const sectPr = '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:headerReference w:type="first" r:id="rId11"/><w:titlePg/></w:sectPr>';
    const docx = docxWith(sectPr, { 'header1.xml': part(para('Page 2 onwards')), 'header2.xml': part(para('Brookfield Primary School')) });
    expect(docxPageFurniture(docx).header).toBe('Brookfield Primary School');
    const noTitlePage = docxWith(sectPr.replace('<w:titlePg/>', ''), { 'header1.xml': part(para('Every page')), 'header2.xml': part(para('First page')) });
    expect(docxPageFurniture(noTitlePage).header).toBe('Every page');
  });

  it('is empty for a letter with no header, or bytes that are not a .docx', () => {
    expect(docxPageFurniture(fixture('school-letter.docx'))).toEqual({ header: '', footer: '' });
    expect(docxPageFurniture(fixture('school-letter.pdf'))).toEqual({ header: '', footer: '' });
  });
});
