import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';

const isoDateTime = z.iso.datetime({ offset: true });

const person = z.object({ name: z.string(), address: z.string() });

export const savedRecordSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['email', 'page', 'selection']),
  adapter: z.enum(['gmail', 'outlook', 'yahoo', 'generic-webmail', 'article', 'selection']),
  url: z.string(),
  sentAt: isoDateTime.nullable(),
  sentAtText: z.string().nullable(),
  from: person.nullable(),
  to: z.array(person),
  cc: z.array(person),
  subject: z.string(),
  text: z.string(),
  quotedText: z.string(),
  signature: z.string(),
  html: z.string(),
  messageId: z.string().nullable(),
  attachments: z.array(z.string()),
  capturedAt: isoDateTime,
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  childId: z.string().nullable(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTime,
  records: z.array(savedRecordSchema),
});
