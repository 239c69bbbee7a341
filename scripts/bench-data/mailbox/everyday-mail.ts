// The everyday mail of the mailbox: machine-written HTML mail sized to order, and personal mail
// between the parent and family and friends, in threads with quoted replies, some with photos, some
// in ISO-8859-1 or base64 as older or other clients write them.

import type { Prng } from '../prng';
import type { Attachment } from './attachments';
import { attributionDate, encodedWord, wrap } from './encode';
import { FAMILY_AND_FRIENDS, NEWSLETTER_SUBJECTS, PERSONAL_LINES, PERSONAL_SUBJECTS, THINGS, ACCOUNT_SUBJECTS, type Person } from './everyday-text';
import type { Envelope } from './headers';
import { ownLines, qp, type BrandTemplate } from './html-blocks';
import { attachmentPart, boundary, closing, encodeText, escapeHtml, multipartType, partHeader, textPart, toLatin1Text, type Bytes, type Content, type TextEncoding } from './mime';
import { FAMILY } from './school-people';

/** What a builder returns: the envelope to write the headers from, then the body. */
export interface Built {
  envelope: Omit<Envelope, 'gmailId' | 'threadId' | 'ms' | 'messageId'> & { threadId?: string; messageId?: string };
  body: Bytes[];
  attachments: number;
  /** Bytes of the parts that grow with the size factor (HTML pieces, photos): how the generator steers the total. */
  scaledBytes: number;
}

export interface MailContext {
  prng: Prng;
  index: number;
  ms: number;
  /** Photos, ascending by size. */
  photos: readonly Attachment[];
}

const PARENT = { name: FAMILY.parentName, address: FAMILY.address };

export interface NamedFile {
  file: Attachment;
  name: string;
}

/** Some photos, when the dice say so: 1–3 of them, each a pool picture under a name of its own. */
function photosFor(ctx: MailContext, chance: number): NamedFile[] {
  const { prng } = ctx;
  if (!prng.chance(chance)) return [];
  return Array.from({ length: prng.weighted([[1, 6], [2, 3], [3, 1]] as const) }, () => ({
    file: prng.pick(ctx.photos),
    name: prng.pick([`IMG_${prng.int(1000, 9999)}.png`, `photo-${prng.int(1, 99)}.png`, `Screenshot ${prng.int(2022, 2026)}-0${prng.int(1, 9)}-1${prng.int(0, 9)}.png`]),
  }));
}

/** The content wrapped in multipart/mixed with the files after it (or as it is, with none). */
export function withAttachments(ctx: MailContext, inner: Content, files: readonly NamedFile[]): Content {
  if (files.length === 0) return inner;
  const b = boundary('gmail', ctx.prng, ctx.ms);
  const body: Bytes[] = [partHeader(b, [`Content-Type: ${inner.contentType}`, ...(inner.transferEncoding ? [`Content-Transfer-Encoding: ${inner.transferEncoding}`] : [])]), ...inner.body];
  for (const { file, name } of files) body.push(...attachmentPart(b, file, name, ctx.prng));
  body.push(closing(b));
  return { contentType: multipartType('mixed', b), body };
}

// ------------------------------------------------------------------ HTML mail, sized to order

const KIND_LABELS: Record<BrandTemplate['kind'], string[]> = {
  newsletter: ['Category Promotions,Unread', 'Inbox,Category Promotions,Opened', 'Archived,Category Promotions,Opened'],
  shop: ['Inbox,Category Updates,Opened', 'Archived,Category Updates,Opened', 'Inbox,Category Updates,Unread'],
  social: ['Category Social,Unread', 'Category Social,Opened', 'Inbox,Category Social,Opened'],
  account: ['Inbox,Category Updates,Opened', 'Inbox,Important,Category Updates,Opened', 'Archived,Category Updates,Opened'],
};

function htmlSubject(t: BrandTemplate, prng: Prng): string {
  if (t.kind === 'newsletter') return prng.pick(NEWSLETTER_SUBJECTS).replace('{thing}', prng.pick(THINGS));
  if (t.kind === 'shop') return prng.pick([`Your ${t.brand.name} order #${prng.int(200, 999)}-${prng.int(1000000, 9999999)}`, 'Your parcel is on its way', 'Delivered: your package', 'Your order has been dispatched', 'Rate your recent purchase']);
  if (t.kind === 'social') return prng.pick(['You have new notifications', 'See what you’ve missed', `${prng.pick(FAMILY_AND_FRIENDS).name} mentioned you`, 'New posts in your groups', 'Your weekly digest']);
  return prng.pick(ACCOUNT_SUBJECTS);
}

/**
 * A newsletter, order, notification or alert: multipart/alternative, text and HTML both
 * quoted-printable, with as many of its brand's pieces as `targetBytes` needs (at least one), and
 * sometimes photos (as a shop's or club's pictures).
 */
export function htmlMail(ctx: MailContext, t: BrandTemplate, targetBytes: number, photoChance: number): Built {
  const { prng } = ctx;
  const own = ownLines(t, prng, prng.pick(['Hi Rebecca,', 'Hello Rebecca,', 'Dear Rebecca,', 'Hi there,', '']));
  const html: Bytes[] = [t.head, qp(own.htmlTop)];
  const text: Bytes[] = [qp(own.textTop)];
  const count = Math.max(1, Math.round(targetBytes / t.pieceBytes));
  let scaledBytes = 0;
  for (let i = 0; i < count; i++) {
    const piece = prng.pick(t.pieces);
    html.push(piece.html);
    text.push(piece.text);
    scaledBytes += piece.html.length + piece.text.length;
  }
  html.push(qp(own.htmlFooter), t.tail);
  text.push(qp(own.textFooter));
  const b = boundary(prng.chance(0.5) ? 'java' : 'gmail', prng, ctx.ms);
  const alternative = {
    contentType: multipartType('alternative', b),
    body: [...textPart(b, 'plain', 'quoted-printable', text), ...textPart(b, 'html', 'quoted-printable', html), closing(b)],
  };
  const photos = photosFor(ctx, photoChance);
  const { contentType, body } = withAttachments(ctx, alternative, photos);
  const subject = htmlSubject(t, prng);
  return {
    envelope: {
      labels: prng.pick(KIND_LABELS[t.kind]),
      from: { name: t.brand.name, address: t.brand.address },
      to: { name: '', address: FAMILY.address },
      subject: encodedWord(subject, prng.chance(0.5) ? 'Q' : 'B'),
      sent: false,
      extra: [
        `List-Unsubscribe: <https://${t.brand.site}/unsubscribe/${prng.hex(24)}>, <mailto:unsubscribe@${t.brand.site}?subject=${prng.hex(16)}>`,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        `Feedback-ID: ${prng.int(100, 999)}:${t.kind}:${t.brand.site}`,
      ],
      contentType,
    },
    body,
    attachments: photos.length,
    scaledBytes: scaledBytes + photoBytes(photos),
  };
}

const photoBytes = (photos: readonly NamedFile[]) => photos.reduce((n, p) => n + p.file.encoded.length, 0);

// ------------------------------------------------------------------ personal mail, in threads

interface Thread {
  threadId: string;
  subject: string;
  contact: Person;
  messageIds: string[];
  lastText: string;
  lastFrom: { name: string; address: string };
  lastMs: number;
  /** Who writes next: the parent answers the contact and back. */
  parentNext: boolean;
}

/** Open personal threads; a new message either starts one or answers one. */
export class PersonalThreads {
  private readonly open: Thread[] = [];

  /**
   * A personal email: a new thread, or a reply quoting the one before it. `ids` are this message's
   * Gmail id (which starts a thread) and Message-ID.
   */
  next(ctx: MailContext, ids: { gmailId: string; messageId: string }, photoChance: number): Built {
    const { prng } = ctx;
    const reply = this.open.length > 0 && prng.chance(0.55);
    const thread = reply ? prng.pick(this.open) : this.start(ctx, ids);
    const fromParent = reply && thread.parentNext;
    const from = fromParent ? PARENT : { name: thread.contact.name, address: thread.contact.address };
    const to = fromParent ? { name: thread.contact.name, address: thread.contact.address } : PARENT;
    const greeting = fromParent ? `Hi ${thread.contact.name.split(' ')[0]},` : prng.pick(['Hi Bec,', 'Hi Rebecca,', 'Hiya,', 'Hello love,', 'Hi both,']);
    const lines = prng.sample(PERSONAL_LINES, prng.int(1, 3));
    const signOff = fromParent ? prng.pick(['Bec x', 'Thanks, Rebecca', 'R x', 'Speak soon, Bec']) : thread.contact.signOff;
    const own = `${greeting}\n\n${wrap(lines.join('\n\n'))}\n\n${signOff}`;
    let text = own;
    if (reply) {
      const quoted = thread.lastText.length > 3000 ? thread.lastText.slice(0, 3000) : thread.lastText;
      text += `\n\nOn ${attributionDate(thread.lastMs)}, ${thread.lastFrom.name} <${thread.lastFrom.address}> wrote:\n${quoted.split('\n').map((l) => (l.startsWith('>') ? `>${l}` : `> ${l}`)).join('\n')}`;
    }
    const latin1 = !fromParent && thread.contact.latin1 === true;
    const encoding: TextEncoding = latin1 ? prng.pick(['8bit', 'quoted-printable'] as const) : prng.chance(0.12) ? 'base64' : 'quoted-printable';
    const photos = photosFor(ctx, photoChance);
    const content = latin1 ? this.latin1Body(toLatin1Text(text), encoding) : this.gmailBody(ctx, text, encoding);
    const { contentType, transferEncoding, body } = withAttachments(ctx, content, photos);
    const messageIds = [...thread.messageIds];
    thread.messageIds.push(ids.messageId);
    thread.lastText = own;
    thread.lastFrom = from;
    thread.lastMs = ctx.ms;
    thread.parentNext = !fromParent;
    if (thread.messageIds.length >= 6 || prng.chance(0.15)) this.open.splice(this.open.indexOf(thread), 1);
    return {
      envelope: {
        threadId: thread.threadId,
        labels: fromParent ? 'Sent' : prng.pick(['Inbox,Important,Opened,Category Personal', 'Inbox,Opened,Category Personal', 'Archived,Opened,Category Personal']),
        from,
        to,
        subject: encodedWord(reply ? `Re: ${thread.subject}` : thread.subject),
        ...(reply ? { inReplyTo: messageIds[messageIds.length - 1]!, references: messageIds.slice(-5) } : {}),
        sent: fromParent,
        extra: fromParent || !latin1 ? [] : ['X-Mailer: Microsoft Windows Live Mail 16.4.3528.331'],
        contentType,
        ...(transferEncoding ? { transferEncoding } : {}),
      },
      body,
      attachments: photos.length,
      scaledBytes: photoBytes(photos),
    };
  }

  private start(ctx: MailContext, ids: { gmailId: string }): Thread {
    const thread: Thread = {
      threadId: ids.gmailId,
      subject: ctx.prng.pick(PERSONAL_SUBJECTS),
      contact: ctx.prng.pick(FAMILY_AND_FRIENDS),
      messageIds: [],
      lastText: '',
      lastFrom: PARENT,
      lastMs: ctx.ms,
      parentNext: false,
    };
    if (this.open.length >= 8) this.open.shift();
    this.open.push(thread);
    return thread;
  }

  private latin1Body(text: string, encoding: TextEncoding): Content {
    return { contentType: 'text/plain; charset="iso-8859-1"', transferEncoding: encoding, body: [encodeText(text, encoding, 'latin1')] };
  }

  private gmailBody(ctx: MailContext, text: string, encoding: TextEncoding): Content {
    const b = boundary('gmail', ctx.prng, ctx.ms);
    const html = `<div dir="ltr">${text
      .split('\n\n')
      .map((p) => (p.startsWith('>') ? `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${escapeHtml(p).replace(/\n/g, '<br>')}</blockquote>` : `<div>${escapeHtml(p).replace(/\n/g, '<br>')}</div>`))
      .join('<div><br></div>')}</div>\n`;
    return {
      contentType: multipartType('alternative', b),
      body: [...textPart(b, 'plain', encoding, [encodeText(text, encoding)]), ...textPart(b, 'html', encoding, [encodeText(html, encoding)]), closing(b)],
    };
  }
}
