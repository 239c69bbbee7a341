// The files attached to generated mail, made once per run and reused: real PNG photos (noise, so
// they do not compress; 50–500 KB), real PDF letters (pdf-lib) and a real Word document (docx).
// Each comes with its base64 already wrapped, as the bytes that go into the mbox, so attaching one
// costs a copy, not an encoding. Deterministic: fixed dates in the documents and the zip.

import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';
import { unzipSync, zipSync, zlibSync, strFromU8, strToU8, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { Prng } from '../prng';
import { base64Lines, CRLF } from './encode';

export interface Attachment {
  /** The mbox bytes: base64 in 76-character lines, ending with CRLF. */
  encoded: Buffer;
  /** The file's own size. */
  size: number;
  contentType: string;
}

export interface Letter extends Attachment {
  /** File names this letter is sent under (one is picked per email). */
  names: readonly string[];
}

export interface AttachmentPool {
  /** Ascending by size, 50–500 KB each. */
  photos: readonly Attachment[];
  pdfs: readonly Letter[];
  docx: Letter;
}

const FIXED_DATE = new Date(Date.UTC(2024, 10, 12, 9, 30));

function encoded(bytes: Uint8Array, contentType: string): Attachment {
  return { encoded: Buffer.from(base64Lines(bytes) + CRLF, 'latin1'), size: bytes.length, contentType };
}

// ------------------------------------------------------------------ PNG

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A valid RGB PNG of about `bytes` bytes: a soft gradient with noise (photos barely compress either). */
export function makePng(bytes: number, prng: Prng): Buffer {
  const width = 400;
  const height = Math.max(1, Math.round(bytes / (width * 3 + 1)));
  const raw = new Uint8Array(height * (width * 3 + 1));
  let i = 0;
  for (let y = 0; y < height; y++) {
    raw[i++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const noise = prng.uint32();
      raw[i++] = ((x * 255) / width + (noise & 63)) & 255;
      raw[i++] = ((y * 255) / height + ((noise >>> 8) & 63)) & 255;
      raw[i++] = (128 + ((noise >>> 16) & 127)) & 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 1 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ------------------------------------------------------------------ PDF letters

interface LetterText {
  names: string[];
  from: string[];
  heading: string;
  paragraphs: string[];
  signature: string[];
}

const PDF_LETTERS: readonly LetterText[] = [
  {
    names: ['SEN Support plan review - Noah Clarke.pdf', 'Record of review meeting.pdf', 'Noah C - support plan.pdf'],
    from: ['Brookfield Primary School', 'Mill Lane, Hartsmere HT4 2BQ', 'office@brookfield-primary.sch.uk'],
    heading: 'Record of SEN Support review meeting',
    paragraphs: [
      '14 March 2024',
      'Dear Mr and Mrs Clarke,',
      'Thank you for meeting with us on Tuesday to review Noah’s SEN Support plan. This letter records what we discussed and agreed.',
      'Noah has made progress with his phonics and now reads books at the green band with support. He continues to find unstructured times, especially lunchtime, very difficult, and there have been four incidents in the playground this half term.',
      'We agreed that: Mrs Harper will meet Noah at the gate each morning; Noah will have three 20-minute Lexia sessions a week; a named adult will be with him at lunchtime play; and the school will request an EHC needs assessment by the end of term.',
      'We will review the plan again before the summer half term. Please contact me if anything in this record is not as you remember it.',
    ],
    signature: ['Yours sincerely,', 'Joanna Whitlock', 'SENCo'],
  },
  {
    names: ['EHCNA decision letter.pdf', 'Decision - request for assessment.pdf', 'Hartsmere SEND letter.pdf'],
    from: ['Hartsmere Council', 'SEND Assessment Team, Civic Centre, Hartsmere HT1 1AA', 'ehc.team@hartsmere.gov.uk'],
    heading: 'Decision on your request for an Education, Health and Care needs assessment',
    paragraphs: [
      '2 July 2024',
      'Dear Mrs Clarke,',
      'Re: Noah Clarke, date of birth 9 May 2014',
      'The local authority has considered the request for an EHC needs assessment for Noah at its panel on 27 June 2024. I am pleased to tell you that we have agreed to carry out an assessment.',
      'We will now ask for advice and information from Noah’s school, an educational psychologist, health services and social care. You and Noah will also be asked for your views. We must tell you whether we will issue an EHC plan within 16 weeks of the original request.',
      'If you have any questions, please contact your EHC coordinator, Alison Reid. Free, impartial advice is available from Hartsmere SENDIASS.',
    ],
    signature: ['Yours sincerely,', 'Alison Reid', 'EHC Coordinator, SEND Assessment Team'],
  },
  {
    names: ['Reduced timetable agreement.pdf', 'Part-time timetable - Noah.pdf'],
    from: ['Brookfield Primary School', 'Mill Lane, Hartsmere HT4 2BQ', 'head@brookfield-primary.sch.uk'],
    heading: 'Temporary reduced timetable',
    paragraphs: [
      '20 January 2025',
      'Dear Mr and Mrs Clarke,',
      'Further to our meeting, I am writing to confirm the temporary reduced timetable for Noah. From Monday 27 January, Noah will attend school from 9.00am until 12.30pm each day.',
      'This arrangement is to support Noah while additional help is put in place, and it will be reviewed within four weeks, on or before Friday 21 February. It is not a sanction, and Noah remains on the school roll full time.',
      'Work will be sent home for the afternoons. Please let us know if you do not agree with this arrangement.',
    ],
    signature: ['Yours sincerely,', 'Gareth Lewis', 'Headteacher'],
  },
];

async function makePdf(letter: LetterText): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(letter.heading);
  doc.setAuthor(letter.from[0]!);
  doc.setCreator('Microsoft Word');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  let y = 790;
  for (const [i, line] of letter.from.entries()) {
    page.drawText(line, { x: 360, y, size: i === 0 ? 12 : 9, font: i === 0 ? bold : font, color: rgb(0.1, 0.2, 0.4) });
    y -= 14;
  }
  y -= 30;
  page.drawText(letter.heading, { x: 60, y, size: 13, font: bold, maxWidth: 475, lineHeight: 16 });
  y -= 40;
  for (const paragraph of letter.paragraphs) {
    const lines = wrapForPdf(paragraph, font, 11, 475);
    for (const line of lines) {
      page.drawText(line, { x: 60, y, size: 11, font });
      y -= 15;
    }
    y -= 9;
  }
  for (const line of letter.signature) {
    page.drawText(line, { x: 60, y, size: 11, font });
    y -= 15;
  }
  return doc.save();
}

function wrapForPdf(text: string, font: { widthOfTextAtSize(t: string, s: number): number }, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

// ------------------------------------------------------------------ Word

async function makeDocx(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    creator: 'Joanna Whitlock',
    title: 'Noah Clarke – one-page profile',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Noah Clarke – one-page profile')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('What people like and admire about me')] }),
          p('Noah is funny, kind and knows an enormous amount about trains and the solar system. He is a loyal friend and loves helping younger children.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('What is important to me')] }),
          p('Knowing what is happening next. Having a quiet place to go when it gets too loud. My ear defenders and my fidget.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('How best to support me')] }),
          p('Give me a five-minute warning before a change. Use my visual timetable. Speak to me calmly and give me time to answer.'),
          p('Let me have a movement break every 20 minutes in long lessons. Let me leave five minutes early at the end of the day.'),
          p('Reviewed with Noah and his parents, November 2024. Next review: by the end of the spring term.'),
        ],
      },
    ],
  });
  return normaliseZip(await Packer.toBuffer(doc));
}

/** docx stamps the time of making into its zip and core.xml: pin both, so the bytes repeat. */
function normaliseZip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const fixed =
      name === 'docProps/core.xml'
        ? strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED_DATE.toISOString().slice(0, 19)}Z$2`))
        : data;
    out[name] = [fixed, { mtime: FIXED_DATE }];
  }
  return zipSync(out, { level: 6 });
}

// ------------------------------------------------------------------ the pool

let cached: Promise<AttachmentPool> | null = null;

/** Made once per process: the same bytes for every seed (the seed picks which file, when, named how). */
export function attachmentPool(): Promise<AttachmentPool> {
  cached ??= (async () => {
    const prng = new Prng(0x5eed);
    const photos: Attachment[] = [];
    const count = 12;
    for (let i = 0; i < count; i++) {
      // 50 KB to 500 KB, spaced evenly on a log scale.
      const size = 50_000 * Math.pow(10, i / (count - 1));
      photos.push(encoded(makePng(size, prng), 'image/png'));
    }
    const pdfs: Letter[] = [];
    for (const letter of PDF_LETTERS) pdfs.push({ ...encoded(await makePdf(letter), 'application/pdf'), names: letter.names });
    const docx: Letter = {
      ...encoded(await makeDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      names: ['One page profile - Noah.docx', 'Noah Clarke one-page profile (draft).docx', 'Pupil profile.docx'],
    };
    return { photos, pdfs, docx };
  })();
  return cached;
}
