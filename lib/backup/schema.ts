import { z } from 'zod';
import { isIsoDay } from '@/lib/calendar/day';
import type { Term } from '@/lib/calendar/term-calendar';
import { EVENT_KINDS } from '@/lib/plan/event-kinds';
import { BROAD_AREAS, NEEDS, SEN_STATUSES } from '@/lib/plan/needs';
import type {
  Child,
  ChildEvent,
  CommitmentMark,
  FindingLink,
  Frequency,
  PlanItemRef,
  PlanRevision,
  PlanTarget,
  Provision,
  SchoolCalendar,
  SupportPlan,
} from '@/lib/model/plan';
import type { SavedRecord } from '@/lib/model/record';
import { ADAPTER_IDS, CAPTURE_KIND_IDS } from '@/lib/model/captured-item';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/backup/format';

const isoDateTime = z.iso.datetime({ offset: true });

/** A calendar day: YYYY-MM-DD, and a day that exists (no 31 April). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine(isIsoDay, 'must be a real date');

/** Ids tie the collections together: an empty one is damage, never a choice the parent made. */
const id = z.string().min(1, 'must not be empty');

const person = z.object({ name: z.string(), address: z.string() });

export const savedRecordSchema = z.object({
  id,
  kind: z.enum(CAPTURE_KIND_IDS),
  adapter: z.enum(ADAPTER_IDS),
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
  file: z.string().optional(),
  capturedAt: isoDateTime,
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  childId: z.string().nullable(),
  attachedTo: id.optional(),
});

/** The keys of a table of names kept as data (needs.ts, event-kinds.ts): every value of the type, no more. */
function keysOf<K extends string>(table: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(table) as [K, ...K[]];
}

const senStatus = z.enum(keysOf(SEN_STATUSES));
const needCode = z.enum(keysOf(NEEDS));
const broadArea = z.enum(keysOf(BROAD_AREAS));

export const childSchema = z.object({
  id,
  name: z.string(),
  knownAs: z.array(z.string()),
  school: z.string(),
  schoolSenders: z.array(z.string()),
  yearGroup: z.string(),
  senStatus,
  primaryNeed: needCode.nullable(),
  secondaryNeed: needCode.nullable(),
  calendarId: id.nullable(),
  evidenceWeeks: z.number().int('must be a whole number').min(1, 'must be at least 1').max(52, 'must be at most 52'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const termSchema = z.object({
  name: z.string(),
  start: isoDay,
  end: isoDay,
  halfTermStart: isoDay,
  halfTermEnd: isoDay,
});

export const calendarSchema = z.object({
  id,
  name: z.string(),
  terms: z.array(termSchema),
  closures: z.array(isoDay).optional(),
  source: z.enum(['default', 'manual', 'ics', 'json']),
  updatedAt: isoDateTime,
});

const targetSchema = z.object({ id, text: z.string(), area: broadArea.nullable() });

const frequencySchema = z.object({
  times: z.number().positive('must be more than zero'),
  per: z.enum(['day', 'week', 'fortnight', 'half-term', 'term', 'year']),
});

const provisionSchema = z.object({
  id,
  what: z.string(),
  who: z.string(),
  frequency: frequencySchema.nullable(),
  minutes: z.number().positive('must be more than zero').nullable(),
  from: isoDay.nullable(),
  to: isoDay.nullable(),
  targetIds: z.array(id),
});

const revisionSchema = z.object({ at: isoDateTime, summary: z.string() });

export const planSchema = z.object({
  id,
  childId: id,
  kind: z.enum(['sen-support', 'iep', 'ehc-plan']),
  title: z.string(),
  startsOn: isoDay,
  reviewOn: isoDay.nullable(),
  targets: z.array(targetSchema),
  provisions: z.array(provisionSchema),
  revisions: z.array(revisionSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const eventSchema = z.object({
  id,
  childId: id,
  kind: z.enum(keysOf(EVENT_KINDS)),
  day: isoDay,
  note: z.string(),
  recordId: id.nullable(),
  createdAt: isoDateTime,
  /** Absent from events saved before it existed (and from older backups). */
  updatedAt: isoDateTime.optional(),
});

const planItemRefSchema = z.object({ planId: id, itemKind: z.enum(['provision', 'target']), itemId: id });

export const linkSchema = z.object({
  findingId: id,
  childId: id,
  item: planItemRefSchema.nullable(),
  linkedAt: isoDateTime,
});

export const markSchema = z.object({
  findingId: id,
  childId: id,
  status: z.enum(['kept', 'not-kept']),
  evidenceRecordId: id.nullable(),
  note: z.string(),
  markedAt: isoDateTime,
});

/** The collections keyed by something other than `id`. */
const KEYS = { children: 'id', calendars: 'id', plans: 'id', events: 'id', links: 'findingId', marks: 'findingId' } as const;

/** Two entries with one key in one file cannot both be right: the file is damaged. */
function refuseRepeatedKeys(backup: Record<keyof typeof KEYS, Record<string, unknown>[]>, ctx: z.RefinementCtx): void {
  for (const [collection, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const seen = new Set<unknown>();
    const entries: unknown = backup[collection];
    if (!Array.isArray(entries)) continue; // already reported
    (entries as Record<string, unknown>[]).forEach((entry, i) => {
      if (seen.has(entry[key])) ctx.addIssue({ code: 'custom', message: `the same ${key} appears twice`, path: [collection, i, key] });
      seen.add(entry[key]);
    });
  }
}

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: isoDateTime,
    records: z.array(savedRecordSchema),
    children: z.array(childSchema),
    calendars: z.array(calendarSchema),
    plans: z.array(planSchema),
    events: z.array(eventSchema),
    links: z.array(linkSchema),
    marks: z.array(markSchema),
  })
  .superRefine(refuseRepeatedKeys);

/** Version 1: records only (before children and plans). Read as version 2 with the rest empty. */
export const backupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: isoDateTime,
  records: z.array(savedRecordSchema),
});

// The schemas must describe the stored types exactly: a field added to a type but not here would
// be dropped from every backup without a word. These fail to compile when the two drift apart.
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
type Matches<S extends z.ZodType, T> = Same<z.output<S>, T>;
type Assert<T extends true> = T;
export type _SchemasMatchTypes = [
  Assert<Matches<typeof savedRecordSchema, SavedRecord>>,
  Assert<Matches<typeof childSchema, Child>>,
  Assert<Matches<typeof termSchema, Term>>,
  Assert<Matches<typeof calendarSchema, SchoolCalendar>>,
  Assert<Matches<typeof targetSchema, PlanTarget>>,
  Assert<Matches<typeof frequencySchema, Frequency>>,
  Assert<Matches<typeof provisionSchema, Provision>>,
  Assert<Matches<typeof revisionSchema, PlanRevision>>,
  Assert<Matches<typeof planSchema, SupportPlan>>,
  Assert<Matches<typeof eventSchema, ChildEvent>>,
  Assert<Matches<typeof planItemRefSchema, PlanItemRef>>,
  Assert<Matches<typeof linkSchema, FindingLink>>,
  Assert<Matches<typeof markSchema, CommitmentMark>>,
];
