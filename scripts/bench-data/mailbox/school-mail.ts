// One email from the school, the council or the health service, as each writes it: staff and the
// council from Microsoft 365 (text and Word-flavoured HTML, quoted-printable, Outlook's quoting of
// the parent's email in a reply), ParentMail as base64 HTML, Arbor as plain notifications, the NHS
// as plain text with its disclaimer. Letters go out as PDF or Word attachments now and then.

import type { Prng } from '../prng';
import type { AttachmentPool, Letter } from './attachments';
import { encodedWord, ukOffsetMinutes, wrap } from './encode';
import { withAttachments, type Built, type MailContext } from './everyday-mail';
import { boundary, closing, encodeText, escapeHtml, multipartType, textPart, type Content } from './mime';
import { FAMILY, MENTIONED, SCHOOL_SENDERS, SECONDARY_FROM_MS, schoolYearOf, type SchoolSender } from './school-people';
import { CLOSINGS, DEADLINES, GREETINGS, PARENT_WROTE, SIGN_OFFS, VAGUE, paragraphsFor, subjectsFor } from './school-text';

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A school day 5–30 days after `ms`, as "Friday 14 March". */
function dayAhead(ms: number, prng: Prng): string {
  let d = new Date(ms + prng.int(5, 30) * DAY);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = new Date(d.getTime() + DAY);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Fills the {slots} of a template (school-text.ts says what each is). */
export function fillSlots(template: string, ms: number, prng: Prng): string {
  const filled = fillRaw(template, ms, prng);
  // A slot at the start of a sentence ("{vague}, and …") starts it with a capital.
  return filled.replace(/(^|[.!?] )([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function fillRaw(template: string, ms: number, prng: Prng): string {
  const { school, year, className } = schoolYearOf(ms);
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'child': return FAMILY.child;
      case 'childFull': return FAMILY.childFull;
      case 'year': return `Year ${year}`;
      case 'class': return className;
      case 'school': return school;
      case 'staff': return prng.pick(MENTIONED);
      case 'date': return dayAhead(ms, prng);
      case 'nextDay': return `next ${prng.pick(WEEKDAYS.slice(1, 6))}`;
      case 'deadline': return fillRaw(prng.pick(DEADLINES), ms, prng);
      case 'vague': return prng.pick(VAGUE);
      case 'time': return prng.pick(['3.30pm', '4pm', '9.15am', '2pm', '3.45pm']);
      default: return `{${slot}}`;
    }
  });
}

/** Outlook's "Sent:" line: "Saturday, 20 September 2025 22:26" (UK time). */
function outlookSent(ms: number): string {
  const d = new Date(ms + ukOffsetMinutes(ms) * 60_000);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hm}`;
}

function pickSender(ms: number, prng: Prng): SchoolSender {
  const stage = ms >= SECONDARY_FROM_MS ? 'secondary' : 'primary';
  const senders = SCHOOL_SENDERS.filter((s) => s.when === 'always' || s.when === stage);
  return prng.weighted(senders.map((s) => [s, s.weight] as const));
}

const COUNCIL_DISCLAIMER =
  'This email and any files sent with it are confidential and intended only for the person or organisation to whom it is addressed. If you have received it in error, please tell the sender and delete it. Hartsmere Council may monitor emails to and from its network. Any views expressed are the author’s own and may not be those of the council.';
const NHS_DISCLAIMER =
  'This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. NHSmail is the secure email and directory service available for all NHS staff in England.';

function letterName(letter: Letter, ms: number, prng: Prng): string {
  const name = prng.pick(letter.names);
  if (!prng.chance(0.4)) return name;
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} ${name}`;
}

/** Which letters go with an email from this sender: a PDF often from the council, now and then from school. */
function lettersFor(sender: SchoolSender, pool: AttachmentPool, prng: Prng): Letter[] {
  const pdfChance = sender.kind === 'council' ? 0.35 : sender.kind === 'health' ? 0.25 : sender.kind === 'arbor' ? 0 : 0.15;
  const out: Letter[] = [];
  if (prng.chance(pdfChance)) out.push(prng.pick(pool.pdfs));
  if (sender.kind === 'staff' && prng.chance(0.06)) out.push(pool.docx);
  return out;
}

export function schoolMail(ctx: MailContext, pool: AttachmentPool): Built {
  const { prng, ms } = ctx;
  const sender = pickSender(ms, prng);
  const isReply = (sender.kind === 'staff' || sender.kind === 'council') && prng.chance(0.3);
  const subject = fillSlots(prng.pick(subjectsFor(sender.kind)), ms, prng);
  const paragraphCount = sender.kind === 'staff' ? prng.int(2, 4) : sender.kind === 'council' ? prng.int(2, 3) : prng.int(1, 2);
  const paragraphs = prng.sample(paragraphsFor(sender.kind), paragraphCount).map((p) => fillSlots(p, ms, prng));
  const whole = sender.kind === 'staff' || sender.kind === 'council' || sender.kind === 'health';
  const greeting = whole ? prng.pick(GREETINGS) : 'Dear Parents and Carers,';
  const closingLine = whole ? prng.pick(CLOSINGS) : '';
  const signature = [sender.kind === 'staff' || sender.kind === 'council' ? sender.name : '', sender.role, sender.organisation].filter(Boolean);
  const disclaimer = sender.kind === 'council' ? COUNCIL_DISCLAIMER : sender.kind === 'health' ? NHS_DISCLAIMER : '';

  const blocks = [greeting, ...paragraphs, ...(closingLine ? [closingLine] : []), `${prng.pick(SIGN_OFFS)}\n${signature.join('\n')}`, ...(disclaimer ? [disclaimer] : [])];
  let text = wrap(blocks.join('\n\n'));
  let quotedHtml = '';
  if (isReply) {
    const sentAt = ms - prng.int(2, 72) * 3_600_000;
    const outlookQuote = [`From: ${FAMILY.parentName} <${FAMILY.address}>`, `Sent: ${outlookSent(sentAt)}`, `To: ${sender.name} <${sender.address}>`, `Subject: ${subject}`, '', prng.pick(PARENT_WROTE), '', 'Thanks,', FAMILY.parentFirst];
    text += `\n\n________________________________\n${wrap(outlookQuote.join('\n'))}`;
    quotedHtml = `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">${outlookQuote.map(escapeHtml).join('<br>\n')}</p></div>`;
  }

  const html =
    `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n` +
    `<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n` +
    `<style><!--\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Aptos",sans-serif;mso-ligatures:standardcontextual;mso-fareast-language:EN-US;}\nspan.EmailStyle17 {mso-style-type:personal-compose;font-family:"Aptos",sans-serif;color:windowtext;}\n.MsoChpDefault {mso-style-type:export-only;font-size:11.0pt;mso-fareast-language:EN-US;}\n@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style></head>\n` +
    `<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n` +
    blocks.map((b) => `<p class="MsoNormal">${escapeHtml(b).replace(/\n/g, '<br>\n')}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n`).join('') +
    `${quotedHtml}</div></body></html>\n`;

  let content: Content;
  const extra: string[] = [];
  if (sender.kind === 'parentmail') {
    // ParentMail sends one HTML part, base64-encoded.
    content = { contentType: 'text/html; charset="utf-8"', transferEncoding: 'base64', body: [encodeText(html, 'base64')] };
    extra.push('X-Mailer: ParentMail PMX');
  } else if (sender.kind === 'health') {
    content = { contentType: 'text/plain; charset="us-ascii"', transferEncoding: 'quoted-printable', body: [encodeText(text.replace(/[’]/g, "'"), 'quoted-printable')] };
  } else {
    const b = boundary(sender.kind === 'arbor' ? 'java' : 'outlook', prng, ms);
    content = {
      contentType: multipartType('alternative', b),
      body: [...textPart(b, 'plain', 'quoted-printable', [encodeText(text, 'quoted-printable')]), ...textPart(b, 'html', 'quoted-printable', [encodeText(html, 'quoted-printable')]), closing(b)],
    };
    if (sender.kind === 'staff' || sender.kind === 'council') {
      extra.push(`Thread-Topic: ${encodedWord(subject)}`, `Thread-Index: ${Buffer.from(prng.hex(44), 'hex').toString('base64')}`, 'Content-Language: en-GB', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ');
    }
  }
  const letters = lettersFor(sender, pool, prng).map((file) => ({ file, name: letterName(file, ms, prng) }));
  const { contentType, transferEncoding, body } = withAttachments(ctx, content, letters);
  return {
    envelope: {
      labels: prng.pick(['Inbox,Important,Opened,School', 'Inbox,Important,Opened', 'Archived,Important,Opened,Noah - SEN', 'Inbox,Opened,Category Updates']),
      from: { name: sender.name, address: sender.address },
      to: { name: FAMILY.parentName, address: FAMILY.address },
      subject: encodedWord(isReply ? `RE: ${subject}` : subject),
      sent: false,
      extra,
      contentType,
      ...(transferEncoding ? { transferEncoding } : {}),
    },
    body,
    attachments: letters.length,
    scaledBytes: 0,
  };
}
