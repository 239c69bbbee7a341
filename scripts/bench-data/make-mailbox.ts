// A Gmail Takeout mbox for the import benchmark (issue 11): by default 50,000 messages, 1 GB, 2%
// from Noah's schools, the council and the health service, over 2022–2026, oldest first. Made up but
// shaped like a real mailbox: most of it newsletters, orders, notifications and alerts (table HTML,
// quoted-printable, 2–4 KB of Gmail's delivery headers each), personal threads with quoted replies,
// photos (real PNGs, 50–500 KB) now and then, a few ISO-8859-1 and base64 bodies, and school mail
// with SEN correspondence and PDF or Word letters attached (./mailbox/).
//
// Deterministic: one seeded generator (../prng.ts), no clock read; the same options give the same
// bytes. Streamed: the file is written in 4 MB chunks as it is made, waiting for the stream to drain.
// Sizes are steered as it goes: a size factor scales the HTML and how often photos come, so the
// total lands near --bytes for the --messages asked.
//
//   npx tsx scripts/bench-data/make-mailbox.ts --out /tmp/x.mbox [--messages 50000] [--bytes 1e9]
//       [--school-share 0.02] [--seed 1]
// prints a JSON summary: { messages, schoolMessages, bytes, attachments, seconds, … }.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Prng } from './prng';
import { attachmentPool, type Attachment } from './mailbox/attachments';
import { htmlMail, PersonalThreads, type Built, type MailContext } from './mailbox/everyday-mail';
import { ACCOUNTS, NEWSLETTERS, SHOPS, SOCIAL } from './mailbox/everyday-text';
import { headerBlock, SignaturePool } from './mailbox/headers';
import { brandTemplate, type BrandTemplate, type HtmlKind } from './mailbox/html-blocks';
import { CRLF, ukOffsetMinutes } from './mailbox/encode';
import { FAMILY } from './mailbox/school-people';
import { schoolMail } from './mailbox/school-mail';

export interface MailboxOptions {
  messages: number;
  /** The size to aim for, in bytes; the result lands within a few per cent for large mailboxes. */
  bytes: number;
  /** The share of messages from school, council and health senders (exactly round(messages × share)). */
  schoolShare: number;
  seed: number;
}

export const DEFAULT_MAILBOX_OPTIONS: MailboxOptions = { messages: 50_000, bytes: 1e9, schoolShare: 0.02, seed: 1 };

/** Bump when the output for the same options changes, so cached mailboxes are made again. */
export const MAILBOX_GENERATOR_VERSION = 1;

export interface MailboxSummary {
  messages: number;
  schoolMessages: number;
  bytes: number;
  /** Attached files (photos, PDFs, Word documents). */
  attachments: number;
  /** How many messages of each kind. */
  kinds: Record<string, number>;
  first: string;
  last: string;
  seed: number;
  seconds: number;
}

/** Receives the mbox in order; return a promise to make the generator wait (backpressure). */
export type WriteChunk = (chunk: Buffer) => void | Promise<void>;

// ------------------------------------------------------------------ what the mailbox is made of

type Category = HtmlKind | 'personal';

interface CategoryShape {
  weight: number;
  /** Bytes of HTML and text pieces at size factor 1: drawn log-uniformly between these. */
  min: number;
  max: number;
  /** Chance of photos at size factor 1. */
  photos: number;
}

const CATEGORIES: Record<Category, CategoryShape> = {
  newsletter: { weight: 22, min: 20_000, max: 80_000, photos: 0.005 },
  shop: { weight: 16, min: 8_000, max: 40_000, photos: 0 },
  social: { weight: 24, min: 4_000, max: 16_000, photos: 0.005 },
  account: { weight: 10, min: 2_000, max: 6_000, photos: 0 },
  personal: { weight: 26, min: 0, max: 0, photos: 0.03 },
};

const FIRST_MS = Date.UTC(2022, 0, 4, 7, 0, 0);
const LAST_MS = Date.UTC(2026, 2, 27, 18, 0, 0);
const HOUR_MS = 3_600_000;
const CHUNK_BYTES = 4 * 1024 * 1024;
/** No single photo message takes more than this share of the bytes still to write. */
const PHOTO_SHARE_OF_REMAINING = 0.05;

const logUniform = (prng: Prng, min: number, max: number) => min * Math.pow(max / min, prng.float());

/**
 * Spreads messages over the span as mail arrives: mostly in the day (UK time), fewer at weekends,
 * a few at night. `at(u)` maps a position 0…1 to a moment, increasing with u.
 */
class ActivityClock {
  private readonly cumulative: Float64Array;
  private readonly hours: number;

  constructor(private readonly from: number, to: number) {
    this.hours = Math.max(1, Math.floor((to - from) / HOUR_MS));
    this.cumulative = new Float64Array(this.hours + 1);
    for (let h = 0; h < this.hours; h++) {
      const ms = from + h * HOUR_MS;
      const local = new Date(ms + ukOffsetMinutes(ms) * 60_000);
      const hour = local.getUTCHours();
      const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
      const weight = hour >= 7 && hour < 22 ? (weekend ? 0.7 : 1) : 0.08;
      this.cumulative[h + 1] = this.cumulative[h]! + weight;
    }
  }

  at(u: number): number {
    const target = u * this.cumulative[this.hours]!;
    let lo = 0;
    let hi = this.hours;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! <= target) lo = mid;
      else hi = mid;
    }
    const within = (target - this.cumulative[lo]!) / (this.cumulative[lo + 1]! - this.cumulative[lo]!);
    return this.from + (lo + Math.min(1, within)) * HOUR_MS;
  }
}

/** Steers the size factor: the fixed bytes of a message and the bytes that scale with it, learnt as it goes. */
class SizeSteer {
  // A prior worth 50 messages, so the first ones are not steered by noise.
  private fixed: number;
  private scaledAtOne: number;
  private count = 50;

  constructor(scaledPrior: number) {
    this.fixed = 4_500 * this.count;
    this.scaledAtOne = scaledPrior * this.count;
  }

  factor(need: number): number {
    const fixed = this.fixed / this.count;
    const scaled = this.scaledAtOne / this.count;
    return Math.min(20, Math.max(0.02, (need - fixed) / Math.max(1, scaled)));
  }

  learn(total: number, scaled: number, factor: number): void {
    this.fixed += total - scaled;
    this.scaledAtOne += scaled / factor;
    this.count++;
  }
}

/** The scaled bytes of a message at factor 1, on average: a deterministic sample of the shapes. */
function scaledPrior(photos: readonly Attachment[]): number {
  const prng = new Prng(7);
  const meanPhoto = (photos.reduce((n, p) => n + p.encoded.length, 0) / photos.length) * 1.5;
  let sum = 0;
  const n = 20_000;
  for (let i = 0; i < n; i++) {
    const shape = CATEGORIES[prng.weighted(Object.entries(CATEGORIES).map(([c, s]) => [c as Category, s.weight] as const))];
    sum += (shape.max > 0 ? logUniform(prng, shape.min, shape.max) : 0) + shape.photos * meanPhoto;
  }
  return sum / n;
}

function messageId(address: string, index: number, ms: number, prng: Prng): string {
  const domain = address.slice(address.indexOf('@') + 1);
  const id = index.toString(36);
  if (/gmail\.com$/.test(domain)) return `<CA${prng.hex(2).toUpperCase()}${Buffer.from(prng.hex(30), 'hex').toString('base64url')}${id}@mail.gmail.com>`;
  if (/(sch\.uk|gov\.uk)$/.test(domain)) {
    const host = `LO2P265MB${prng.int(1000, 9999)}`;
    return `<${host}${prng.hex(16).toUpperCase()}${id.toUpperCase()}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
  }
  if (/(outlook\.com|hotmail\.co\.uk)$/.test(domain)) return `<DB9PR0${prng.int(1, 9)}MB${prng.hex(20).toUpperCase()}${id.toUpperCase()}@DB9PR0${prng.int(1, 9)}MB${prng.int(1000, 9999)}.eurprd0${prng.int(1, 9)}.prod.outlook.com>`;
  const stamp = new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
  return `<${stamp}.${id}.${prng.hex(12)}@mta${prng.int(1, 40)}.${domain}>`;
}

// ------------------------------------------------------------------ the generator

/** Writes the whole mailbox through `write`, in chunks of about 4 MB, and says what it wrote. */
export async function makeMailbox(options: Partial<MailboxOptions>, write: WriteChunk): Promise<MailboxSummary> {
  const t0 = performance.now();
  const o: MailboxOptions = { ...DEFAULT_MAILBOX_OPTIONS, ...options };
  if (!(o.messages >= 1) || !(o.bytes > 0) || !(o.schoolShare >= 0 && o.schoolShare <= 1)) throw new Error(`make-mailbox: bad options ${JSON.stringify(o)}`);
  const prng = new Prng(o.seed);
  const pool = await attachmentPool();
  const signatures = new SignaturePool(prng);
  const templates: Record<HtmlKind, BrandTemplate[]> = {
    newsletter: NEWSLETTERS.map((b) => brandTemplate(b, 'newsletter', prng)),
    shop: SHOPS.map((b) => brandTemplate(b, 'shop', prng)),
    social: SOCIAL.map((b) => brandTemplate(b, 'social', prng)),
    account: ACCOUNTS.map((b) => brandTemplate(b, 'account', prng)),
  };
  const categoryWeights = Object.entries(CATEGORIES).map(([c, s]) => [c as Category, s.weight] as const);
  const threads = new PersonalThreads();
  const steer = new SizeSteer(scaledPrior(pool.photos));

  const schoolTotal = Math.round(o.messages * o.schoolShare);
  let schoolLeft = schoolTotal;
  let written = 0;
  let attachments = 0;
  const kinds: Record<string, number> = {};
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await write(chunk);
  };

  const clock = new ActivityClock(FIRST_MS, LAST_MS);
  let firstMs = 0;
  let lastMs = 0;
  for (let index = 0; index < o.messages; index++) {
    // Oldest first, strictly increasing: each message somewhere in a slot of its own.
    const ms = Math.max(lastMs + 1000, Math.floor(clock.at((index + 0.05 + 0.9 * prng.float()) / o.messages) / 1000) * 1000);
    if (index === 0) firstMs = ms;
    lastMs = ms;
    const left = o.messages - index;
    const need = (o.bytes - written) / left;
    const factor = steer.factor(need);
    const ctx: MailContext = {
      prng,
      index,
      ms,
      photos: pool.photos.filter((p) => p.encoded.length <= (o.bytes - written) * PHOTO_SHARE_OF_REMAINING),
    };
    const gmailId = (BigInt(ms) * 1048576n + BigInt(prng.int(0, 0xfffff))).toString();

    let built: Built;
    let kind: string;
    if (prng.float() < schoolLeft / left) {
      schoolLeft--;
      kind = 'school';
      built = schoolMail(ctx, pool);
    } else {
      const category = prng.weighted(categoryWeights);
      const shape = CATEGORIES[category];
      const photoChance = ctx.photos.length ? Math.min(1, shape.photos * factor) : 0;
      kind = category;
      if (category === 'personal') {
        built = threads.next(ctx, { gmailId, messageId: messageId('x@gmail.com', index, ms, prng) }, photoChance);
      } else {
        const target = logUniform(prng, shape.min, shape.max) * factor;
        built = htmlMail(ctx, prng.pick(templates[category]), target, photoChance);
      }
    }
    const e = built.envelope;
    const head = headerBlock(
      { ...e, gmailId, threadId: e.threadId ?? gmailId, ms, messageId: e.messageId ?? messageId(e.from.address === FAMILY.address ? 'x@gmail.com' : e.from.address, index, ms, prng) },
      prng,
      signatures,
    );
    const parts = [head, ...built.body, CRLF];
    let size = 0;
    for (const part of parts) {
      const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
      pending.push(buffer);
      pendingBytes += buffer.length;
      size += buffer.length;
    }
    written += size;
    attachments += built.attachments;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (kind !== 'school') steer.learn(size, built.scaledBytes, factor);
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  return {
    messages: o.messages,
    schoolMessages: schoolTotal - schoolLeft,
    bytes: written,
    attachments,
    kinds,
    first: new Date(firstMs).toISOString(),
    last: new Date(lastMs).toISOString(),
    seed: o.seed,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
}

/** makeMailbox into a file, through a write stream that is drained as it goes. */
export async function makeMailboxFile(file: string, options: Partial<MailboxOptions>): Promise<MailboxSummary> {
  const out = createWriteStream(file, { highWaterMark: 16 * 1024 * 1024 });
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => {});
  const summary = await makeMailbox(options, async (chunk) => {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  });
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return summary;
}

// ------------------------------------------------------------------ command line

function parseArgs(argv: readonly string[]): { out: string; options: Partial<MailboxOptions> } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (flag: string) => {
    const v = value(flag);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`${flag} needs a number, not "${v}"`);
    return n;
  };
  const out = value('--out');
  if (!out) throw new Error('usage: make-mailbox.ts --out FILE [--messages 50000] [--bytes 1e9] [--school-share 0.02] [--seed 1]');
  const options: Partial<MailboxOptions> = {};
  const messages = number('--messages');
  const bytes = number('--bytes');
  const schoolShare = number('--school-share');
  const seed = number('--seed');
  if (messages !== undefined) options.messages = Math.floor(messages);
  if (bytes !== undefined) options.bytes = bytes;
  if (schoolShare !== undefined) options.schoolShare = schoolShare;
  if (seed !== undefined) options.seed = seed;
  return { out: path.resolve(out), options };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { out, options } = parseArgs(process.argv.slice(2));
    const summary = await makeMailboxFile(out, options);
    console.log(JSON.stringify({ file: out, ...summary }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
