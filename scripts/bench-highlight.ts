// npm run bench, part 3: in-page highlighting, measured in Chromium (a benchmark, not a test: it
// prints, never fails).
//
// From opening an email to marks shown, for a 1,000-word school email once the engine is warm
// (compromise and the rest of the analysis loaded in the service worker). Target: under 100 ms.
//
// How: the e2e build (`wxt build --mode e2e`, .output/chrome-mv3-e2e: the shipped extension plus the
// webmail hosts granted, so the highlighter is registered for mail.google.com by itself) through
// scripts/support/extension-browser.ts. A saved Gmail conversation is served at its real address; once its
// first marks are drawn, the first message body (div.a3s) is replaced N times with a different
// 1,000-word email (Gmail swaps the body in place when another email is opened), then N times a
// fresh message element is put in the conversation instead (as when a message is expanded).
//
// What is timed, in the page (the main world; the content script runs in an isolated world, so its
// own calls cannot be wrapped, but its window event and performance marks are seen):
//  (a) end to end: performance.now() just before the DOM change until the highlighter's window
//      event `on-record:marked` for the new message (dispatched right after the marks are drawn);
//  (b) the event's own `ms`: from the highlighter's MutationObserver noticing the change to marks
//      drawn;
//  (d) shown: from the DOM change until the next frame after the event has been painted
//      (requestAnimationFrame, then a task). This is the figure compared with the 100 ms target. The
//      observer looks at the first change after a quiet spell on the next frame (its throttle only
//      gathers further changes made while the page is still rendering), so nothing is subtracted.
// And, with a listener of our own added to the service worker from outside (app code unchanged):
// when the service worker received `analyse-page-text`, which splits (a) into before the request
// (the observer, reading the text, messaging) and after it (analysis, answer, drawing). The page's and
// the worker's clocks are compared as performance.timeOrigin + performance.now().
//
// Also: the size of the shipped content script (.output/chrome-mv3/content-scripts/highlighter.js)
// against its 20 KB gzipped budget.
//
// Options: --no-build (use the builds already in .output), --runs N (default 15).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { Harness } from './support/extension-browser';
import { EXTENSION_DIR as E2E_DIR, ROOT } from './support/paths';
import { pageScriptSizes } from './script-budgets';
import { median, percentile, worst, finite, reportTarget } from './support/bench-stats';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(1, Math.floor(Number(runsArg >= 0 ? args[runsArg + 1] : 15)) || 15);
const BUILD = !args.includes('--no-build');
const SHIPPED_DIR = path.join(ROOT, '.output', 'chrome-mv3');
const HIGHLIGHTER_JS = 'content-scripts/highlighter.js';
const FIXTURE = 'gmail-school-collapsed';
const TARGET_MS = 100;
const SIZE_TARGET = 20 * 1024;
const WORDS = 1000;
const WARMUP_EMAILS = 2;
const WAIT_MS = 30_000;

// ------------------------------------------------------------------ small helpers

const ms = (t: number | null | undefined) => (t === null || t === undefined || !Number.isFinite(t) ? '    n/a' : `${t.toFixed(1).padStart(7)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function sleep(t: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, t));
}

// ------------------------------------------------------------------ the throttle, as configured

/**
 * The observer's throttle the content script runs with: the default in lib/highlight/content/watch.ts,
 * unless entrypoints/highlighter.content.ts passes its own. Read from the source so the report
 * follows it.
 */
function configuredThrottle(): { ms: number; from: string } {
  const fallback = { ms: 250, from: 'assumed: could not read lib/highlight/content/watch.ts' };
  try {
    const entry = readFileSync(path.join(ROOT, 'entrypoints', 'highlighter.content.ts'), 'utf8');
    const passed = /throttleMs\s*:\s*(\d+)/.exec(entry);
    if (passed) return { ms: Number(passed[1]), from: 'entrypoints/highlighter.content.ts' };
    const watch = readFileSync(path.join(ROOT, 'lib', 'highlight', 'content', 'watch.ts'), 'utf8');
    const m = /throttleMs\s*\?\?\s*(\d+)/.exec(watch);
    return m ? { ms: Number(m[1]), from: 'the default in lib/highlight/content/watch.ts; the content script passes none' } : fallback;
  } catch {
    return fallback;
  }
}

// ------------------------------------------------------------------ the emails

/** Small seeded generator (mulberry32): the same emails every run of the benchmark. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHILDREN = ['Sam', 'Leo', 'Amara', 'Oliver', 'Freya', 'Jacob', 'Isla', 'Noah', 'Maya', 'Ethan'];
const STAFF = ['Mrs Okafor', 'Mr Hughes', 'Miss Lewis', 'Mrs Ali', 'Ms Carter', 'Mr Osei', 'Miss Dunn', 'Mrs Howarth', 'Mr Grant', 'Mrs Byrne'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['September', 'October', 'November', 'December', 'January', 'February', 'March'];
const SUBJECTS = ['reading', 'phonics', 'handwriting', 'maths', 'spelling', 'speech and language', 'fine motor skills', 'social skills'];
const TIMES = ['8.45am', '9.10am', '10.30am', '12.15pm', '1.30pm', '2.45pm', '3.30pm', '4pm'];
const SUPPORT = ['a visual timetable', 'a quiet workstation', 'a movement break', 'a named adult at lunch', 'a task planner', 'ear defenders in assembly', 'extra time in tests', 'a reading buddy'];

/** School-email sentences: promises, dates, vague wording and concerns, with slots filled per email. */
const SENTENCES = [
  'I wanted to let you know how we are setting up {child}\'s SEN Support plan now that {child} is in {staff}\'s class.',
  'As we discussed last week, {child} will continue in the small group {subject} intervention with {staff}.',
  'The group runs for 20 minutes every {day} and {day2} afternoon, and {child} will join it from {day} {date} {month}.',
  '{staff} will also give {child} additional support with {subject} in class.',
  '{child} will have access to {support} when it is needed.',
  'I would like to meet with you to agree the new targets.',
  'The meeting will take place on {day} {date} {month} at {time} in the SEN room; please let me know if that does not suit.',
  'I will send you a copy of the draft plan by {day} so that you have time to read it beforehand.',
  'We will review the plan formally before half term.',
  'In the meantime, I will try to share the first set of assessment results with you soon.',
  'We will keep an eye on how {child} copes with the change and monitor progress closely.',
  'It can take a little while to get used to a new group, so we will give it a few weeks before deciding whether it is working.',
  'If {child} finds the morning group tiring, we may be able to move it to the afternoon.',
  'I will let you know how {child} is getting on at parents\' evening on {date} {month}.',
  'If you could keep reading with {child} at home, that would really help.',
  '{staff} will run a 15-minute language group with {child} and two other children three times a week, starting on {day} {date} {month}.',
  'I will come back to review progress in six weeks\' time and update the targets then.',
  '{child} may also benefit from some visual supports in class, and I will ask the school to consider {support}.',
  'I will also try to arrange a joint session with you in school at some point this term.',
  'We will hold a review meeting on {day} {date} {month} at {time}, before the end of term.',
  '{staff}, our SENCo, will join us so that we can look again at the support plan.',
  'I will also arrange for {child} to have {support} from {day}.',
  'Where possible, we will offer some extra help with {subject} during the week.',
  'We are hoping to put some additional support in place as soon as we can.',
  'The referral to the educational psychologist has been sent, and we should hear back in due course.',
  'I have spoken to {staff} and we have agreed the following as part of {child}\'s plan.',
  '{child} will not be asked to read aloud in front of the whole class for now.',
  '{staff} will send home a record every {day} so you can see what {child} has practised.',
  'We will look into whether {child} can have {support} during assessments.',
  'I am a little concerned that {child} has seemed withdrawn at lunchtime over the last fortnight.',
  '{child} was upset after break on {day} and needed some time in the quiet room.',
  'There was an incident in the playground on {day} which I wanted to make you aware of.',
  'We have noticed that {child} is finding the transitions between lessons difficult.',
  'Please could you let us know by {day} {date} {month} whether you are able to attend.',
  'The occupational therapy report should arrive before the end of {month}.',
  'We will try to make sure {child} is sitting near the front for {subject}.',
  'Support will be provided as and when it is needed, depending on staffing.',
  '{child} will be assessed again in {month}, and we will share the results with you afterwards.',
  'I will phone you on {day} afternoon to talk through how the first week has gone.',
  'The annual review of the EHC plan is booked for {day} {date} {month} at {time}.',
  'We will send the paperwork for the annual review at least two weeks before the meeting.',
  'Thank you for letting us know how anxious {child} has been about {subject}.',
  'We appreciate you sharing the report from the paediatrician, and we will read it carefully.',
  '{staff} will meet {child} at the gate each morning from next {day}.',
  'We will continue to monitor the situation and take further action if necessary.',
  'Hopefully the new arrangements will make a real difference over the coming weeks.',
  'If the worries carry on at home, please tell us and we will keep an eye on it in class too.',
  'I will update the one-page profile and send a copy home by the end of next week.',
  '{child} will have a short check-in with {staff} every {day} to talk about how things are going.',
  'We have applied for additional funding, and we expect a decision by {date} {month}.',
];

function fill(template: string, r: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const child = pick(CHILDREN);
  return template
    .replace(/\{child\}/g, child)
    .replace(/\{staff\}/g, () => pick(STAFF))
    .replace(/\{day2\}/g, () => pick(DAYS))
    .replace(/\{day\}/g, () => pick(DAYS))
    .replace(/\{date\}/g, () => String(1 + Math.floor(r() * 28)))
    .replace(/\{month\}/g, () => pick(MONTHS))
    .replace(/\{time\}/g, () => pick(TIMES))
    .replace(/\{subject\}/g, () => pick(SUBJECTS))
    .replace(/\{support\}/g, () => pick(SUPPORT));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A school email of about `words` words, different for every `seed`, as Gmail renders a body. */
export function schoolEmail(seed: number, words = WORDS): { html: string; words: number } {
  const r = rng(0x5eed + seed * 7919);
  const paragraphs: string[][] = [];
  let count = 0;
  let paragraph: string[] = [];
  // The email's number in the text, too: no two emails are alike even if the draws were.
  const opening = `Thank you for your message about the plan (ref. ${1000 + seed}).`;
  paragraph.push(opening);
  count += opening.split(/\s+/).length;
  while (count < words - 12) {
    const sentence = fill(SENTENCES[Math.floor(r() * SENTENCES.length)]!, r);
    paragraph.push(sentence);
    count += sentence.split(/\s+/).length;
    if (paragraph.length >= 3 + Math.floor(r() * 3)) {
      paragraphs.push(paragraph);
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph);
  const greeting = 'Dear Ms Bennett,';
  const closing = ['Kind regards,', 'Mrs Anita Patel'];
  const total = count + greeting.split(/\s+/).length + closing.join(' ').split(/\s+/).length;
  const html =
    `<div dir="ltr"><div>${greeting}</div><div><br></div>` +
    paragraphs.map((p) => `<div>${escapeHtml(p.join(' '))}</div><div><br></div>`).join('') +
    closing.map((l) => `<div>${escapeHtml(l)}</div>`).join('') +
    `</div>`;
  return { html, words: total };
}

// ------------------------------------------------------------------ what the page records

interface MarkedSeen {
  /** performance.now() in the page when the event arrived. */
  at: number;
  epoch: number;
  key: string | null;
  count: number | null;
  ms: number | null;
  /** The next frame after the event, painted (rAF, then a task). */
  painted: number | null;
  /** Where the detail came from: the event, or the performance mark when the event's was not readable. */
  source: 'event' | 'mark' | 'none';
}

/**
 * Runs in the Gmail page before anything else (main world): every `on-record:marked` event, with
 * its detail and when the frame after it was painted. Plain JavaScript in a string: tsx would
 * otherwise wrap inner functions in a helper that does not exist in the page.
 */
const PAGE_PROBE = `(() => {
  const probe = { events: [] };
  globalThis.__hlProbe = probe;
  addEventListener('on-record:marked', (e) => {
    const at = performance.now();
    let d = null;
    let source = 'none';
    try { d = e.detail; } catch {}
    if (d && typeof d === 'object') source = 'event';
    else {
      const marks = performance.getEntriesByName('on-record:marked', 'mark');
      const last = marks[marks.length - 1];
      if (last && last.detail) { d = last.detail; source = 'mark'; }
    }
    const rec = {
      at, epoch: performance.timeOrigin + at,
      key: d && typeof d.key === 'string' ? d.key : null,
      count: d && typeof d.count === 'number' ? d.count : null,
      ms: d && typeof d.ms === 'number' ? d.ms : null,
      painted: null, source,
    };
    probe.events.push(rec);
    requestAnimationFrame(() => setTimeout(() => { rec.painted = performance.now(); }, 0));
  });
})();`;

/**
 * Added to the service worker from outside (the app's code is unchanged): notes when each
 * `analyse-page-text` request arrives. It returns nothing, so the app's own listener answers.
 */
const WORKER_PROBE = `(() => {
  if (!globalThis.__hlBench) {
    globalThis.__hlBench = [];
    chrome.runtime.onMessage.addListener((m) => {
      if (m && m.type === 'analyse-page-text' && Array.isArray(m.items)) {
        globalThis.__hlBench.push({ epoch: performance.timeOrigin + performance.now(), keys: m.items.map((i) => i.key), chars: m.items.reduce((n, i) => n + (i.text ? i.text.length : 0), 0) });
      }
    });
  }
  return globalThis.__hlBench.length;
})()`;

interface WorkerSeen {
  epoch: number;
  keys: string[];
  chars: number;
}

function extensionWorker(h: Harness): Worker | null {
  return h.context.serviceWorkers().find((w) => w.url().startsWith(h.origin)) ?? null;
}

async function installWorkerProbe(h: Harness): Promise<boolean> {
  const w = extensionWorker(h);
  if (!w) return false;
  try {
    await w.evaluate(WORKER_PROBE);
    return true;
  } catch {
    return false;
  }
}

async function workerSeen(h: Harness): Promise<WorkerSeen[]> {
  const w = extensionWorker(h);
  if (!w) return [];
  try {
    return (await w.evaluate('globalThis.__hlBench || []')) as WorkerSeen[];
  } catch {
    return [];
  }
}

async function events(page: Page): Promise<MarkedSeen[]> {
  return page.evaluate(() => (globalThis as unknown as { __hlProbe: { events: MarkedSeen[] } }).__hlProbe.events.map((e) => ({ ...e })));
}

// ------------------------------------------------------------------ one run

type Variant = 'replace' | 'insert';

interface Run {
  variant: Variant;
  /** (a) DOM change until the event. */
  endToEnd: number;
  /** (b) the event's own ms. */
  eventMs: number | null;
  /** Until the next frame after the event was painted, from the DOM change. */
  painted: number | null;
  /** From the DOM change until the service worker received the request (null when not seen). */
  toWorker: number | null;
  /** From the request's arrival in the service worker until the event in the page. */
  fromWorker: number | null;
  marks: number | null;
  key: string;
  chars: number | null;
}

/** A fresh expanded message for the conversation (an id of its own), holding `bodyHtml`. */
function messageHtml(i: number, bodyHtml: string): string {
  const id = String(1799000000000000200 + i);
  const hex = (0x18f5a1b2c3d40200 + i).toString(16);
  return (
    `<div class="h7" role="listitem" aria-expanded="true" data-bench-message="1">` +
    `<div class="adn ads" data-message-id="#msg-f:${id}" data-legacy-message-id="${hex}">` +
    `<div class="gE iv gt"><h3 class="iw"><span email="a.patel@oakfield.sch.uk" name="Mrs Anita Patel" class="gD"><span>Mrs Anita Patel</span></span></h3>` +
    `<span class="hb">to <span email="jo.bennett@example.co.uk" name="me" class="g2">me</span></span>` +
    `<span class="g3" title="Fri, 15 May 2026, 10:${String(i % 60).padStart(2, '0')}">10:${String(i % 60).padStart(2, '0')}</span></div>` +
    `<div class="ii gt"><div class="a3s aiL">${bodyHtml}</div></div></div></div>`
  );
}

/**
 * Changes the page (replaces the first body's content, or puts in a fresh message in place of the
 * one the previous run put in), then waits for the marked event of a message not marked before.
 */
async function runOnce(h: Harness, page: Page, variant: Variant, html: string, index: number, seenKeys: Set<string>): Promise<Run> {
  await installWorkerProbe(h);
  const workerBefore = (await workerSeen(h)).length;
  const eventsBefore = (await events(page)).length;
  const change = await page.evaluate(
    ({ variant, html, messageHtml }) => {
      const main = document.querySelector('[role="main"]')!;
      const first = document.querySelector('div.a3s');
      if (variant === 'replace' && !first) throw new Error('no div.a3s in the page');
      let fresh: Element | null = null;
      if (variant === 'insert') {
        const tpl = document.createElement('template');
        tpl.innerHTML = messageHtml;
        fresh = tpl.content.firstElementChild;
      }
      const old = document.querySelector('[data-bench-message]');
      const t0 = performance.now();
      if (variant === 'replace') first!.innerHTML = html;
      else {
        old?.remove();
        main.appendChild(fresh!);
      }
      return { t0, epoch: performance.timeOrigin + t0 };
    },
    { variant, html, messageHtml: variant === 'insert' ? messageHtml(index, html) : '' },
  );
  let found: MarkedSeen | undefined;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const all = (await events(page)).slice(eventsBefore);
    found = all.find((e) => e.key !== null && !seenKeys.has(e.key) && e.at >= change.t0);
    if (found && found.painted !== null) break;
    if (all.length > 0 && all.every((e) => e.key === null)) {
      throw new Error(`the on-record:marked event came without a readable detail (neither event.detail nor the performance mark's detail): ${JSON.stringify(all)}`);
    }
    if (Date.now() > deadline) {
      const marks = await page.evaluate(() => ['vague', 'commitment', 'date', 'concern'].map((k) => `${k} ${CSS.highlights.get(`on-record-${k}`)?.size ?? 0}`).join(', '));
      throw new Error(`no on-record:marked event for the new ${variant === 'replace' ? 'body' : 'message'} within ${WAIT_MS / 1000} s (events since the change: ${JSON.stringify(all)}; highlights now: ${marks})`);
    }
    await sleep(5);
  }
  seenKeys.add(found.key!);
  const request = (await workerSeen(h)).slice(workerBefore).find((r) => r.keys.includes(found!.key!));
  return {
    variant,
    endToEnd: found.at - change.t0,
    eventMs: found.ms,
    painted: found.painted! - change.t0,
    toWorker: request ? request.epoch - change.epoch : null,
    fromWorker: request ? found.epoch - request.epoch : null,
    marks: found.count,
    key: found.key!,
    chars: request?.chars ?? null,
  };
}

// ------------------------------------------------------------------ build

function build(mode: 'e2e' | 'shipped'): boolean {
  const command = mode === 'e2e' ? ['wxt', 'build', '--mode', 'e2e'] : ['wxt', 'build'];
  console.log(`Building the ${mode === 'e2e' ? 'e2e' : 'shipped'} extension (npx ${command.join(' ')})…`);
  const result = spawnSync('npx', command, { cwd: ROOT, encoding: 'utf8' });
  if (result.status === 0) return true;
  console.log(`   the build failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).map((l) => `   ${l}`).join('\n')}`);
  return false;
}

// ------------------------------------------------------------------ report

function row(label: string, values: readonly (number | null)[], note = ''): string {
  const v = finite(values);
  return `   ${label.padEnd(44)} median ${ms(median(v))}   p95 ${ms(percentile(v, 95))}   worst ${ms(worst(v))}${note ? `   ${note}` : ''}`;
}

function verdict(p95: number): string {
  return Number.isFinite(p95) ? `(p95 ${p95.toFixed(1)} ms against the ${TARGET_MS} ms budget: ${p95 < TARGET_MS ? 'PASS' : 'FAIL'})` : `(budget: p95 < ${TARGET_MS} ms)`;
}

function printVariant(title: string, runs: readonly Run[]): void {
  const shown = runs.map((r) => (r.painted === null ? NaN : r.painted));
  console.log(`\n${title} (${runs.length} runs)`);
  console.log(row('(a) DOM change → marks drawn (event):', runs.map((r) => r.endToEnd)));
  console.log(row('(b) the event’s own ms:', runs.map((r) => r.eventMs), 'noticed → drawn'));
  console.log(row('(d) DOM change → marks shown (painted):', shown, verdict(percentile(shown, 95))));
  console.log(`       (d) is the figure compared with the target (p95)`);
  const toWorker = runs.map((r) => r.toWorker);
  const fromWorker = runs.map((r) => r.fromWorker);
  if (finite(toWorker).length) {
    console.log(`   where (a) goes (service worker's clock against the page's; ${finite(toWorker).length} of ${runs.length} requests seen):`);
    console.log(row('  change → request in the service worker:', toWorker, 'the observer, reading the text, messaging'));
    console.log(row('  request in the service worker → drawn:', fromWorker, 'analysis, answer, drawing'));
  } else {
    console.log('   (the service worker’s side was not seen: no split of (a))');
  }
  const marks = finite(runs.map((r) => r.marks));
  const chars = finite(runs.map((r) => r.chars));
  console.log(`   marks per email: ${Math.min(...marks)}–${Math.max(...marks)}${chars.length ? `; text sent: ${Math.min(...chars)}–${Math.max(...chars)} characters` : ''}`);
}

async function main(): Promise<void> {
  const throttle = configuredThrottle();
  console.log('On Record in-page highlighting benchmark, measured in Chromium: the e2e build (webmail hosts granted), .output/chrome-mv3-e2e');
  const notRun = (why: string) => reportTarget({ name: 'highlighter, 1,000 words: marks shown, p95', measured: why, target: `< ${TARGET_MS} ms`, pass: null });
  if (BUILD && !build('e2e')) return notRun('the build failed');
  if (!existsSync(path.join(E2E_DIR, 'manifest.json'))) {
    console.log(`   no extension build at ${E2E_DIR}: run  npx wxt build --mode e2e`);
    return notRun('no e2e build');
  }

  const sample = schoolEmail(0);
  const wordCounts = Array.from({ length: RUNS }, (_, i) => schoolEmail(i + 1).words);

  let h: Harness | null = null;
  let reported = false;
  try {
    h = await Harness.launch();
    await h.context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });

    // 1. The highlighter registered for the granted webmails.
    const options = await h.extensionPage('options.html');
    const t0 = performance.now();
    let registered = false;
    for (let i = 0; i < 150 && !registered; i++) {
      const ids = await options.evaluate(async () =>
        (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
      );
      registered = ids.includes('on-record-highlighter');
      if (!registered) await sleep(100);
    }
    if (!registered) throw new Error('the highlighter was never registered for the granted webmails (no on-record-highlighter in scripting.getRegisteredContentScripts() after 15 s)');
    console.log(`   content script registered ${((performance.now() - t0) / 1000).toFixed(1)} s after the options page opened`);
    await options.close();

    // 2. The Gmail page, probed from its start.
    // openFixture opens its own tab: the probe goes on every page of the context.
    await h.context.addInitScript({ content: PAGE_PROBE });
    const opened = await h.openFixture(FIXTURE);
    const gmail = opened.page;
    // openFixture's tab lookup opens an extension page after it; a tab in the background gets no
    // animation frames (and slower timers): the Gmail tab to the front, as the parent sees it.
    await gmail.bringToFront();
    const visibility = await gmail.evaluate(() => document.visibilityState);
    if (visibility !== 'visible') console.log(`   NOTE: the Gmail tab is ${visibility}, not visible: frame times will be throttled`);
    await installWorkerProbe(h);

    // 3. Warm up: the fixture's own marks, then a few 1,000-word emails not counted.
    const loadStart = Date.now();
    for (;;) {
      const ev = await events(gmail);
      if (ev.length > 0) break;
      if (Date.now() - loadStart > WAIT_MS) {
        const marks = await gmail.evaluate(() => ['vague', 'commitment', 'date', 'concern'].map((k) => `${k} ${CSS.highlights.get(`on-record-${k}`)?.size ?? 0}`).join(', '));
        throw new Error(`no on-record:marked event within ${WAIT_MS / 1000} s of opening ${FIXTURE} (highlights in the page: ${marks})`);
      }
      await sleep(20);
    }
    const loadEvents = await events(gmail);
    const seenKeys = new Set(loadEvents.map((e) => e.key).filter((k): k is string => k !== null));
    const detailSource = loadEvents[0]!.source;
    await sleep(500);
    const firstBig: Run[] = [];
    for (let i = 0; i < WARMUP_EMAILS; i++) {
      firstBig.push(await runOnce(h, gmail, 'replace', schoolEmail(-1 - i).html, 0, seenKeys));
      await sleep(400);
    }

    // 4. Measured: N bodies replaced in place, then N fresh messages.
    const replaced: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      replaced.push(await runOnce(h, gmail, 'replace', schoolEmail(i + 1).html, i, seenKeys));
      await sleep(400); // more than the throttle: nothing of this run is still waiting
    }
    const inserted: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      inserted.push(await runOnce(h, gmail, 'insert', schoolEmail(1000 + i).html, i, seenKeys));
      await sleep(400);
    }
    const insertWords = Array.from({ length: RUNS }, (_, i) => schoolEmail(1000 + i).words);
    const ua = await gmail.evaluate(() => navigator.userAgent);
    const version = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(ua)?.[1] ?? ua;

    // 5. Report.
    const all = [...wordCounts, ...insertWords];
    console.log(`\nChromium ${version}, headless; ${FIXTURE} served at https://mail.google.com/…`);
    console.log(`   emails: ${Math.min(...all)}–${Math.max(...all)} words each (generated, seeded, all different; e.g. ${sample.words} words for seed 0)`);
    console.log(`   observer: first change after a quiet spell read on the next frame; later changes gathered for ${throttle.ms} ms (${throttle.from}); the Gmail tab is ${await gmail.evaluate(() => document.visibilityState)}`);
    console.log(`   event detail read from: ${detailSource === 'event' ? 'the window event (event.detail)' : detailSource === 'mark' ? 'the performance mark (event.detail not readable from the page)' : 'nowhere'}`);
    console.log(
      `   warm-up: the fixture's ${loadEvents.length} bodies marked, then ${WARMUP_EMAILS} 1,000-word emails not counted; ` +
        `the first of them: ${ms(firstBig[0]!.endToEnd)} end to end`,
    );
    console.log(
      `\nTarget: marks shown under ${TARGET_MS} ms from opening a 1,000-word email, with the engine warm: (d), from the DOM change` +
        `\n   to the frame after the marks are drawn: the observer, reading the text, asking the service worker, the analysis, the` +
        `\n   answer, drawing and painting.`,
    );
    printVariant('1. Body replaced in place (Gmail opening another email)', replaced);
    printVariant('2. A fresh message element put in the conversation (a message expanded)', inserted);
    const both = [...replaced, ...inserted].map((r) => (r.painted === null ? NaN : r.painted));
    const p95 = percentile(finite(both), 95);
    console.log(
      `\nDOM change → marks shown, all ${both.length} runs: median ${ms(median(finite(both)))}, p95 ${ms(p95)}, worst ${ms(worst(finite(both)))}  ${verdict(p95)}`,
    );
    reported = true;
    reportTarget({
      name: 'highlighter, 1,000 words: marks shown, p95',
      measured: `${p95.toFixed(1)} ms (median ${median(finite(both)).toFixed(1)}, ${both.length} runs)`,
      target: `< ${TARGET_MS} ms`,
      pass: Number.isFinite(p95) ? p95 < TARGET_MS : null,
    });
    const errors = [...new Set(h.extensionErrors)];
    if (errors.length) console.log(`\nErrors from the extension's pages (${errors.length}):\n${errors.slice(0, 20).map((e) => `   ${e}`).join('\n')}`);
  } catch (error) {
    console.log(`\nThe benchmark could not finish: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await h?.close();
  }
  if (!reported) reportTarget({ name: 'highlighter, 1,000 words: marks shown, p95', measured: 'did not finish', target: `< ${TARGET_MS} ms`, pass: null });

  // 6. The content script's size, in the shipped build.
  console.log(`\nContent script size (shipped build, .output/chrome-mv3/${HIGHLIGHTER_JS}):`);
  if (!existsSync(path.join(SHIPPED_DIR, HIGHLIGHTER_JS)) && BUILD) build('shipped');
  const size = pageScriptSizes(SHIPPED_DIR).find((s) => s.file === HIGHLIGHTER_JS);
  if (!size) {
    console.log(`   not found: run  npx wxt build`);
    return;
  }
  const age = (Date.now() - statSync(path.join(SHIPPED_DIR, HIGHLIGHTER_JS)).mtimeMs) / 60_000;
  reportTarget({ name: 'highlighter content script, gzipped', measured: kb(size.gzipped), target: `< ${kb(SIZE_TARGET)}`, pass: size.gzipped < SIZE_TARGET });
  console.log(
    `   ${size.bytes} bytes (${kb(size.bytes)}), ${size.gzipped} bytes gzipped (${kb(size.gzipped)}, gzip -9)   ` +
      `(target < ${kb(SIZE_TARGET)} gzipped: ${size.gzipped < SIZE_TARGET ? 'met' : 'NOT met'})` +
      `${age > 10 ? `   built ${age < 120 ? `${age.toFixed(0)} minutes` : `${(age / 60).toFixed(0)} hours`} ago` : ''}`,
  );
}

// Run when started as a script (npm run bench), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
