// The header block of one message as Gmail Takeout writes it: the From line, X-GM-THRID and
// X-Gmail-Labels first, then the delivery headers Gmail added (Received, ARC, authentication), then
// the sender's own. Received mail carries 2–4 KB of these, as real mail does; the parent's own sent
// mail carries only its own.

import type { Prng } from '../prng';
import { CRLF, encodedWord, fromLineDate, rfc2822 } from './encode';

export interface Mailbox {
  name: string;
  address: string;
}

export interface Envelope {
  /** Gmail's message id in decimal: the From line's "number@xxx". */
  gmailId: string;
  threadId: string;
  labels: string;
  ms: number;
  from: Mailbox;
  to: Mailbox;
  /** Already RFC 2047 encoded where needed. */
  subject: string;
  messageId: string;
  inReplyTo?: string;
  references?: readonly string[];
  /** Written by the parent (label Sent): no delivery headers. */
  sent: boolean;
  /** Further headers of the sender's own ("List-Unsubscribe: <…>"), one string each. */
  extra?: readonly string[];
  contentType: string;
  transferEncoding?: string;
}

/** Random base64 to cut signatures from: made once, so a header costs a slice, not 300 draws. */
export class SignaturePool {
  private readonly text: string;

  constructor(prng: Prng) {
    const bytes = Buffer.alloc(48 * 1024);
    for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE(prng.uint32(), i);
    this.text = bytes.toString('base64');
  }

  take(prng: Prng, chars: number): string {
    const start = prng.int(0, this.text.length - chars - 1);
    return this.text.slice(start, start + chars);
  }

  /** A base64 value folded the way DKIM signatures are: 72-character lines, each continuation tab-indented. */
  folded(prng: Prng, chars: number): string {
    const value = this.take(prng, chars);
    const lines: string[] = [];
    for (let i = 0; i < value.length; i += 72) lines.push(value.slice(i, i + 72));
    return lines.join(`${CRLF}\t `);
  }
}

/** Minutes ahead of UTC in California (Gmail's Received dates): -420 in US summer time, else -480. */
function pacificOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const march1 = new Date(Date.UTC(year, 2, 1)).getUTCDay();
  const start = Date.UTC(year, 2, 1 + ((7 - march1) % 7) + 7, 10);
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const end = Date.UTC(year, 10, 1 + ((7 - nov1) % 7), 9);
  return ms >= start && ms < end ? -420 : -480;
}

function receivedDate(ms: number): string {
  const offset = pacificOffset(ms);
  return `${rfc2822(ms, offset)} (${offset === -420 ? 'PDT' : 'PST'})`;
}

const ipv6 = (prng: Prng) => `2002:a05:${prng.hex(4)}:${prng.hex(3)}:b0:${prng.hex(3)}:${prng.hex(4)}:${prng.hex(4)}`;
const domainOf = (address: string) => address.slice(address.indexOf('@') + 1);
/** "Name <address>", the name quoted when it has specials and encoded when it is not ASCII. */
function mailbox(m: Mailbox): string {
  if (!m.name) return m.address;
   
  const name = /[^\x20-\x7e]/.test(m.name) ? encodedWord(m.name) : /[",.()<>@:;]/.test(m.name) ? JSON.stringify(m.name) : m.name;
  return `${name} <${m.address}>`;
}

export function headerBlock(e: Envelope, prng: Prng, signatures: SignaturePool): string {
  const h: string[] = [`From ${e.gmailId}@xxx ${fromLineDate(e.ms)}`, `X-GM-THRID: ${e.threadId}`, `X-Gmail-Labels: ${e.labels}`];
  const fromDomain = domainOf(e.from.address);
  if (!e.sent) {
    const arrived = e.ms + prng.int(1, 40) * 1000;
    const senderIp = `${prng.int(20, 220)}.${prng.int(0, 255)}.${prng.int(0, 255)}.${prng.int(1, 254)}`;
    const smtpId = signatures.take(prng, 12).replace(/[+/]/g, 'x');
    const senderHost = `mail-${prng.hex(6)}.${fromDomain}`;
    h.push(
      `Delivered-To: ${e.to.address}`,
      `Received: by ${ipv6(prng)} with SMTP id ${smtpId};${CRLF}        ${receivedDate(arrived)}`,
      `X-Google-Smtp-Source: ${signatures.take(prng, 60)}`,
      `X-Received: by ${ipv6(prng)} with SMTP id ${smtpId}.${prng.int(10, 99)}.${prng.int(1000000000000, 9999999999999)};${CRLF}        ${receivedDate(arrived)}`,
      `ARC-Seal: i=1; a=rsa-sha256; t=${Math.floor(arrived / 1000)}; cv=none;${CRLF}        d=google.com; s=arc-20240605;${CRLF}        b=${signatures.folded(prng, 344)}`,
      `ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;${CRLF}        h=to:subject:message-id:date:from:mime-version:dkim-signature;${CRLF}        bh=${signatures.take(prng, 44)};${CRLF}        fh=${signatures.take(prng, 44)};${CRLF}        b=${signatures.folded(prng, 344)};${CRLF}        dara=google.com`,
      `ARC-Authentication-Results: i=1; mx.google.com;${CRLF}       dkim=pass header.i=@${fromDomain};${CRLF}       spf=pass (google.com: domain of ${e.from.address} designates ${senderIp} as permitted sender) smtp.mailfrom=${e.from.address};${CRLF}       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${fromDomain}`,
      `Return-Path: <${e.from.address}>`,
      `Received: from ${senderHost} (${senderHost}. [${senderIp}])${CRLF}        by mx.google.com with SMTPS id ${signatures.take(prng, 20).replace(/[+/]/g, 'q')}${CRLF}        for <${e.to.address}>${CRLF}        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);${CRLF}        ${receivedDate(arrived - 1000)}`,
      `Received-SPF: pass (google.com: domain of ${e.from.address} designates ${senderIp} as permitted sender) client-ip=${senderIp};`,
      `Authentication-Results: mx.google.com;${CRLF}       dkim=pass header.i=@${fromDomain} header.s=s1 header.b=${signatures.take(prng, 8)};${CRLF}       spf=pass (google.com: domain of ${e.from.address} designates ${senderIp} as permitted sender) smtp.mailfrom=${e.from.address};${CRLF}       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${fromDomain}`,
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;${CRLF}        d=${fromDomain}; s=s1; t=${Math.floor(e.ms / 1000)};${CRLF}        h=from:to:subject:date:message-id:mime-version;${CRLF}        bh=${signatures.take(prng, 44)};${CRLF}        b=${signatures.folded(prng, 344)}`,
    );
  }
  h.push('MIME-Version: 1.0', `Date: ${rfc2822(e.ms)}`);
  if (e.references?.length) h.push(`References: ${e.references.join(`${CRLF} `)}`);
  if (e.inReplyTo) h.push(`In-Reply-To: ${e.inReplyTo}`);
  h.push(`Message-ID: ${e.messageId}`, `Subject: ${e.subject}`, `From: ${mailbox(e.from)}`, `To: ${mailbox(e.to)}`);
  if (e.extra) h.push(...e.extra);
  h.push(`Content-Type: ${e.contentType}`);
  if (e.transferEncoding) h.push(`Content-Transfer-Encoding: ${e.transferEncoding}`);
  return h.join(CRLF) + CRLF + CRLF;
}
