// An imported email as the CapturedItem a clip would have made, whichever reader read it (.eml and
// mbox messages through postal-mime, Outlook .msg through msgreader): the body split into new text,
// quoted history and signature, the subject on one line, no HTML.
import type { CapturedItem, Person } from '@/lib/model/captured-item';
import { splitBody } from '@/lib/import/mail/split-body';

/** What a reader found in one email. */
export interface EmailParts {
  sentAt: string | null;
  sentAtText: string | null;
  from: Person | null;
  to: Person[];
  cc: Person[];
  subject: string | null | undefined;
  /** The body as plain text. */
  body: string;
  messageId: string | null;
  /** Attachment names the parent would see. */
  attachments: string[];
  /** The file as the parent would recognise it. */
  file: string;
}

/** The saved item for an imported email (kind 'email', adapter 'import'). */
export function emailItem(parts: EmailParts): CapturedItem {
  const { text, quotedText, signature } = splitBody(parts.body);
  return {
    kind: 'email',
    adapter: 'import',
    url: '',
    sentAt: parts.sentAt,
    sentAtText: parts.sentAtText,
    from: parts.from,
    to: parts.to,
    cc: parts.cc,
    subject: (parts.subject ?? '').replace(/\s+/g, ' ').trim(),
    text,
    quotedText,
    signature,
    // No DOM in the import worker to sanitise HTML with; the text is what is kept.
    html: '',
    messageId: parts.messageId,
    attachments: parts.attachments,
    file: parts.file,
  };
}
