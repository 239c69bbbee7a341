// The browser tests' harness: the shared driver of the built extension (scripts/support), plus the
// golden-file helpers only the tests use.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CapturedItem } from '../../lib/model/captured-item';
import { CAPTURE_FIXTURES } from '../../scripts/support/paths';

export * from '../../scripts/support/extension-browser';

/** The adapters' golden answer for a capture fixture: NAME.expected.json, the items in page order. */
export function loadExpected(name: string): CapturedItem[] {
  const file = path.join(CAPTURE_FIXTURES, `${name}.expected.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: every capture fixture needs its golden expected items`);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as CapturedItem[] | { items: CapturedItem[] };
  return Array.isArray(parsed) ? parsed : parsed.items;
}

/** The fields of a capture that say what was saved (everything but the sanitised HTML copy). */
export const KEY_FIELDS = [
  'kind',
  'adapter',
  'url',
  'subject',
  'from',
  'to',
  'cc',
  'sentAt',
  'sentAtText',
  'text',
  'quotedText',
  'signature',
  'messageId',
  'attachments',
] as const satisfies readonly (keyof CapturedItem)[];

export function keyFields(item: CapturedItem): Pick<CapturedItem, (typeof KEY_FIELDS)[number]> {
  return Object.fromEntries(KEY_FIELDS.map((k) => [k, item[k]])) as Pick<CapturedItem, (typeof KEY_FIELDS)[number]>;
}

/** Records in a stable order, for comparing two databases. */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => a.id.localeCompare(b.id));
}
