// npm run bench, part 2: the timeline with years of records, measured in Chromium (a benchmark,
// not a test: it prints, never fails).
//  1. Open: 10,000 records and 30,000 findings for one child; a fresh navigation to the child's
//     timeline until its first term header is in the page and painted. Target: under 300 ms.
//  2. Scroll: the virtualised list from top to bottom; frame times, long frames, and how many rows
//     are in the page at the end (tens, not thousands).
//  3. Memory: the page's JS heap after opening.
//
// The data comes from scripts/bench-data (seeded, the same every run) and is written straight into
// the extension's own IndexedDB from one of its pages.
//
// Which build: by default the shipped one (`wxt build`, .output/chrome-mv3), loaded into Debian's
// Chromium with the network closed, as scripts/support/extension-browser.ts does. With --e2e, the e2e build
// through the Harness itself; WXT defines process.env.NODE_ENV as the build mode, so that build
// runs React in development mode and is several times slower: not what users get.
// Options: --e2e, --no-build (use the build already in .output), --runs N (default 5).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { Harness } from './support/extension-browser';
import { launchShipped } from './support/shipped-browser';
import { EXTENSION_DIR as E2E_DIR, ROOT } from './support/paths';
import { checkTimelineData, describeData, generateTimelineData, type TimelineBenchData } from './bench-data/generate';
import { median, percentile, reportTarget, worst } from './support/bench-stats';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(1, Math.floor(Number(runsArg >= 0 ? args[runsArg + 1] : 5)) || 5);
const E2E = args.includes('--e2e');
const BUILD = !args.includes('--no-build');
const SHIPPED_DIR = path.join(ROOT, '.output', 'chrome-mv3');
const OPEN_TARGET_MS = 300;
const PAGE_TIMEOUT_MS = 60_000;

// ------------------------------------------------------------------ small helpers

const ms = (t: number | null | undefined) => (t === null || t === undefined || !Number.isFinite(t) ? '   n/a' : `${t.toFixed(1).padStart(6)} ms`);
const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

// ------------------------------------------------------------------ what the page records

/** Filled in by OPEN_PROBE inside the timeline page; all times are performance.now(), from navigation start. */
interface OpenProbe {
  /** The first term header is in the DOM. */
  tRow: number | null;
  /** The next animation frame after that. */
  tFrame: number | null;
  /** A task after that frame: the header has been painted. */
  tPaint: number | null;
  /** The whole record is read and the flags are shown ([data-testid="attention"] painted). */
  tAllPaint: number | null;
  txs: { stores: string[]; t0: number; tLastRead: number | null; tComplete: number | null; reads: number; rows: number }[];
  longTasks: { start: number; duration: number }[];
}

/**
 * Runs in the timeline page before its own scripts (page.addInitScript): notes when the first term
 * header reaches the DOM and when it is painted, and when each IndexedDB transaction starts and its
 * reads come back, without touching the app's code. Plain JavaScript in a string: tsx would
 * otherwise wrap its inner functions in a helper that does not exist in the page.
 */
const OPEN_PROBE = `(() => {
  const probe = { tRow: null, tFrame: null, tPaint: null, tAllPaint: null, txs: [], longTasks: [] };
  globalThis.__openProbe = probe;
  const txInfo = new WeakMap();
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, ...rest) {
    const tx = transaction.call(this, stores, ...rest);
    const info = { stores: typeof stores === 'string' ? [stores] : Array.from(stores), t0: performance.now(), tLastRead: null, tComplete: null, reads: 0, rows: 0 };
    probe.txs.push(info);
    txInfo.set(tx, info);
    tx.addEventListener('complete', () => { info.tComplete = performance.now(); });
    return tx;
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const request = original.apply(this, args);
        const tx = this instanceof IDBIndex ? this.objectStore.transaction : this.transaction;
        const info = txInfo.get(tx);
        if (info) {
          info.reads++;
          request.addEventListener('success', () => {
            info.tLastRead = performance.now();
            if (Array.isArray(request.result)) info.rows += request.result.length;
          });
        }
        return request;
      };
    }
  }
  let allSeen = false;
  const seen = () => {
    if (probe.tRow === null && document.querySelector('[data-testid="row-term"]')) {
      probe.tRow = performance.now();
      requestAnimationFrame(() => {
        probe.tFrame = performance.now();
        setTimeout(() => { probe.tPaint = performance.now(); }, 0);
      });
    }
    if (!allSeen && document.querySelector('[data-testid="attention"]')) {
      allSeen = true;
      requestAnimationFrame(() => setTimeout(() => { probe.tAllPaint = performance.now(); }, 0));
    }
    if (probe.tRow !== null && allSeen) observer.disconnect();
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

// ------------------------------------------------------------------ the browser

/** Chromium with On Record loaded: what the benchmark needs of scripts/support/extension-browser.ts. */
export interface BenchBrowser {
  context: BrowserContext;
  /** chrome-extension://ID/ */
  origin: string;
  /** Uncaught errors and console errors in the extension's pages. */
  errors: string[];
  /** True when performance.memory is precise (--enable-precise-memory-info). */
  preciseMemory: boolean;
  close(): Promise<void>;
}

async function launchE2e(): Promise<BenchBrowser> {
  const h = await Harness.launch();
  return { context: h.context, origin: h.origin, errors: h.extensionErrors, preciseMemory: false, close: () => h.close() };
}

/** The shipped build, with precise performance.memory (scripts/support/shipped-browser.ts). */
async function launchShippedBuild(dir: string): Promise<BenchBrowser> {
  return { ...(await launchShipped(dir)), preciseMemory: true };
}

function watchPage(b: BenchBrowser, page: Page): void {
  page.on('pageerror', (e) => b.errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') b.errors.push(`${page.url()}: console.error ${m.text()}`);
  });
}

/** A new tab at an extension page, its errors collected. */
async function extensionPage(b: BenchBrowser, pagePath: string): Promise<Page> {
  const page = await b.context.newPage();
  watchPage(b, page);
  await page.goto(b.origin + pagePath);
  return page;
}

// ------------------------------------------------------------------ build and seed

function build(): boolean {
  const command = E2E ? ['wxt', 'build', '--mode', 'e2e'] : ['wxt', 'build'];
  console.log(`Building the extension (npx ${command.join(' ')}; skip with --no-build)…`);
  const result = spawnSync('npx', command, { cwd: ROOT, encoding: 'utf8' });
  if (result.status === 0) return true;
  console.log(`   the build failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).map((l) => `   ${l}`).join('\n')}`);
  return false;
}

/** The tables the benchmark fills, with how many rows go in each page.evaluate (kept to a few MB). */
function tablesOf(data: TimelineBenchData): [store: string, rows: readonly unknown[], chunk: number][] {
  return [
    ['calendars', [data.calendar], 1],
    ['children', [data.child], 1],
    ['plans', data.plans, 100],
    ['events', data.events, 100],
    ['records', data.records, 1000],
    ['recordHeads', data.recordHeads, 5000],
    ['findings', data.findings, 5000],
    ['analyses', data.analyses, 5000],
    ['marks', data.marks, 1000],
    ['links', data.links, 1000],
  ];
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Writes the data into the extension's database. The app's page opens it first, so Dexie creates
 * the schema at its own version; then a raw connection (no version: whatever Dexie made) puts the
 * rows in bulk transactions.
 */
export async function seed(h: BenchBrowser, data: TimelineBenchData): Promise<{ seconds: number; counts: Record<string, number> }> {
  const t0 = performance.now();
  const page = await extensionPage(h, 'timeline.html');
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  for (;;) {
    const made = await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'on-record' && (d.version ?? 0) > 0));
    if (made) break;
    if (Date.now() > deadline) throw new Error('timeline.html never opened the on-record database');
    await sleep(100);
  }
  const tables = tablesOf(data);
  const opened = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
        const request = indexedDB.open('on-record');
        request.onsuccess = () => {
          (globalThis as unknown as { __benchDb: IDBDatabase }).__benchDb = request.result;
          resolve({ version: request.result.version, stores: Array.from(request.result.objectStoreNames) });
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const missing = tables.map(([store]) => store).filter((s) => !opened.stores.includes(s));
  if (missing.length) throw new Error(`the on-record database (version ${opened.version}) has no ${missing.join(', ')} store: is the build at schema v3?`);
  for (const [store, rows, chunk] of tables) {
    for (let i = 0; i < rows.length; i += chunk) {
      // As one JSON string: far quicker for Playwright to carry than millions of small values.
      await page.evaluate(
        ({ store, json }) =>
          new Promise<void>((resolve, reject) => {
            const db = (globalThis as unknown as { __benchDb: IDBDatabase }).__benchDb;
            const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
            const os = tx.objectStore(store);
            for (const row of JSON.parse(json) as unknown[]) os.put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error ?? new Error(`writing ${store} was aborted`));
          }),
        { store, json: JSON.stringify(rows.slice(i, i + chunk)) },
      );
    }
  }
  const counts = await page.evaluate(
    (stores) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const db = (globalThis as unknown as { __benchDb: IDBDatabase }).__benchDb;
        const tx = db.transaction(stores, 'readonly');
        const out: Record<string, number> = {};
        for (const s of stores) {
          const r = tx.objectStore(s).count();
          r.onsuccess = () => (out[s] = r.result);
        }
        tx.oncomplete = () => {
          db.close();
          resolve(out);
        };
        tx.onerror = () => reject(tx.error);
      }),
    tables.map(([store]) => store),
  );
  await page.close();
  for (const [store, rows] of tables) {
    if (counts[store] !== rows.length) throw new Error(`${store}: wrote ${rows.length} rows, the database holds ${counts[store]}`);
  }
  return { seconds: (performance.now() - t0) / 1000, counts };
}

// ------------------------------------------------------------------ 1. open

interface OpenRun {
  probe: OpenProbe;
  /** data-rows of the list: how many rows the timeline has. */
  rows: number | null;
  fcp: number | null;
  heapUsed: number | null;
  heapAfterGc: number | null;
  perfMemory: number | null;
}

/** What the page shows, for the report when the timeline never appears. */
async function pageState(page: Page): Promise<string> {
  return page
    .evaluate(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 400))
    .catch((e: unknown) => `(could not read the page: ${String(e)})`);
}

/** A fresh tab, navigated to the timeline; resolves once the first term header is painted. */
async function openTimeline(h: BenchBrowser, childId: string, gc: boolean): Promise<{ page: Page; run: OpenRun }> {
  const page = await h.context.newPage();
  watchPage(h, page);
  await page.addInitScript({ content: OPEN_PROBE });
  await page.goto(`${h.origin}timeline.html#/child/${encodeURIComponent(childId)}/timeline`);
  try {
    await page.waitForFunction(
      () => {
        const probe = (globalThis as unknown as { __openProbe?: OpenProbe }).__openProbe;
        return probe?.tPaint != null && probe.tAllPaint != null;
      },
      null,
      { timeout: PAGE_TIMEOUT_MS },
    );
  } catch {
    const shown = await pageState(page);
    await page.close();
    throw new Error(`no [data-testid="row-term"] within ${PAGE_TIMEOUT_MS / 1000} s. The page shows: “${shown}”`);
  }
  const seen = await page.evaluate(() => {
    const probe = (globalThis as unknown as { __openProbe: OpenProbe }).__openProbe;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const rows = document.querySelector('[data-testid="timeline"]')?.getAttribute('data-rows');
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { probe: JSON.parse(JSON.stringify(probe)) as OpenProbe, fcp, rows: rows ? Number(rows) : null, perfMemory: memory?.usedJSHeapSize ?? null };
  });
  let heapUsed: number | null = null;
  let heapAfterGc: number | null = null;
  try {
    const cdp = await h.context.newCDPSession(page);
    heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (gc) {
      await cdp.send('HeapProfiler.collectGarbage');
      heapAfterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    await cdp.detach();
  } catch {
    // No DevTools protocol session for this page: performance.memory is all there is.
  }
  return { page, run: { ...seen, heapUsed, heapAfterGc } };
}

/** The transaction that loadChildRecordSet opens: the one reading record heads and findings together. */
function timelineRead(probe: OpenProbe) {
  // Dexie's own first transaction (on open) spans every store but reads nothing: skip it.
  // The first such read is the first screen's (loadChildPreview); the last, the whole record's.
  return [...probe.txs].reverse().find((t) => t.reads > 0 && t.stores.includes('recordHeads') && t.stores.includes('findings')) ?? null;
}

/** The same reads as loadChildRecordSet, with raw IndexedDB getAll on the same indexes (warm, in the page). */
async function rawReads(page: Page, childId: string, runs: number): Promise<{ heads: number[]; records: number[]; rows: number }> {
  return page.evaluate(
    async ({ childId, runs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('on-record');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const getAll = (source: IDBObjectStore | IDBIndex, query: IDBValidKey | IDBKeyRange) =>
        new Promise<unknown[]>((resolve, reject) => {
          const r = source.getAll(query);
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const stores = ['children', 'calendars', 'recordHeads', 'findings', 'plans', 'events', 'links', 'marks'];
      const heads: number[] = [];
      const records: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const tx = db.transaction(stores, 'readonly');
        const results = await Promise.all([
          getAll(tx.objectStore('children'), childId),
          getAll(tx.objectStore('calendars'), IDBKeyRange.lowerBound('')),
          getAll(tx.objectStore('recordHeads').index('childId'), childId),
          getAll(tx.objectStore('findings').index('[childId+kind]'), [childId, 'commitment']),
          getAll(tx.objectStore('findings').index('[childId+kind]'), [childId, 'vague']),
          getAll(tx.objectStore('plans').index('childId'), childId),
          getAll(tx.objectStore('events').index('childId'), childId),
          getAll(tx.objectStore('links').index('childId'), childId),
          getAll(tx.objectStore('marks').index('childId'), childId),
        ]);
        heads.push(performance.now() - t0);
        rows = results.reduce((n, r) => n + r.length, 0);
      }
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const t0 = performance.now();
        await getAll(db.transaction('records', 'readonly').objectStore('records').index('childId'), childId);
        records.push(performance.now() - t0);
      }
      db.close();
      return { heads, records, rows };
    },
    { childId, runs },
  );
}

/** TimelineView's work (flags, clocks, rows) on the same data in Node: the compute part of opening. */
async function computeInNode(data: TimelineBenchData, runs: number): Promise<{ times: number[]; rows: number } | string> {
  try {
    const [{ computeFlags }, { computeClocks }, { buildTimeline }, { todayIso }] = await Promise.all([
      import('../lib/plan/flags'),
      import('../lib/plan/clocks'),
      import('../lib/plan/timeline/build-timeline'),
      import('../lib/calendar/today'),
    ]);
    const today = todayIso();
    const set = {
      child: data.child,
      calendar: data.calendar,
      today,
      records: data.recordHeads,
      findings: data.findings.filter((f) => f.kind === 'commitment' || f.kind === 'vague'),
      plans: data.plans,
      events: data.events,
      links: data.links,
      marks: data.marks,
    };
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      const flags = computeFlags(set);
      const clocks = computeClocks(set.events, today);
      rows = buildTimeline(set, flags, clocks).length;
      if (i > 0) times.push(performance.now() - t0); // the first run warms the code up
    }
    return { times, rows };
  } catch (error) {
    return `could not run the timeline code in Node: ${String(error)}`;
  }
}

// ------------------------------------------------------------------ 2. scroll

interface ScrollRun {
  /** Frame times (ms between animation frames) scrolling 150 px a frame. */
  smooth: number[];
  /** Frame times sweeping top to bottom in 300 frames: new rows every frame. */
  sweep: number[];
  /** For each big jump, the longer of the two frames after it (the list renders in the second). */
  jumps: number[];
  rowsAtEnd: number;
  mostRows: number;
  domNodes: number;
  /** Elements inside the list (the rest of the page is the side column, header and filters). */
  listNodes: number;
  scrollHeight: number;
  reachedBottom: boolean;
  listRows: number;
}

/** Scrolls the list in the page: 300 frames of 150 px, a 300-frame sweep to the bottom, 10 jumps. */
export async function scrollOnce(page: Page): Promise<ScrollRun> {
  return page.evaluate(async () => {
    const el = document.querySelector<HTMLElement>('[data-testid="timeline"]');
    if (!el) throw new Error('no [data-testid="timeline"] to scroll');
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const rowCount = () => el.querySelectorAll('[data-testid^="row-"]').length;
    el.scrollTop = 0;
    for (let i = 0; i < 10; i++) await frame();
    let last = await frame();
    let mostRows = rowCount();
    const step = async (top: number, into: number[]) => {
      el.scrollTop = top;
      const t = await frame();
      into.push(t - last);
      last = t;
      mostRows = Math.max(mostRows, rowCount());
    };
    // Like a wheel or trackpad: 150 px a frame.
    const smooth: number[] = [];
    for (let i = 1; i <= 300; i++) await step(i * 150, smooth);
    // Top to bottom in 300 frames: every frame shows new rows. The list measures rows as it goes,
    // so its height is read again each frame.
    const sweep: number[] = [];
    for (let i = 1; i <= 300; i++) await step(((el.scrollHeight - el.clientHeight) * i) / 300, sweep);
    for (let i = 0; i < 10 && el.scrollTop + el.clientHeight < el.scrollHeight - 1; i++) await step(el.scrollHeight, sweep);
    const reachedBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    // Big jumps (a scrollbar drag, Home and End). An animation frame's time is when the frame
    // began, before the scroll is handled: the work shows in the gap to the frame after.
    const jumps: number[] = [];
    for (const at of [0.5, 0.1, 0.9, 0.25, 0.75, 0.05, 0.6, 0.33, 0.95, 1]) {
      await frame();
      const before = await frame();
      el.scrollTop = (el.scrollHeight - el.clientHeight) * at;
      const first = await frame();
      const second = await frame();
      jumps.push(Math.max(first - before, second - first));
      mostRows = Math.max(mostRows, rowCount());
    }
    for (let i = 0; i < 3; i++) await frame();
    return {
      smooth,
      sweep,
      jumps,
      rowsAtEnd: rowCount(),
      mostRows,
      domNodes: document.getElementsByTagName('*').length,
      listNodes: el.getElementsByTagName('*').length,
      scrollHeight: el.scrollHeight,
      reachedBottom,
      listRows: Number(el.getAttribute('data-rows')),
    };
  });
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const dir = E2E ? E2E_DIR : SHIPPED_DIR;
  console.log(`On Record timeline benchmark, measured in Chromium: the ${E2E ? 'e2e build (React in development mode)' : 'shipped build'}, ${path.relative(ROOT, dir)}`);
  if (BUILD && !build()) return;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.log(`   no extension build at ${dir}: run  npx wxt build${E2E ? ' --mode e2e' : ''}`);
    return;
  }

  const t0 = performance.now();
  const data = generateTimelineData();
  const problems = checkTimelineData(data);
  console.log(`data (seeded generator, ${((performance.now() - t0) / 1000).toFixed(1)} s):`);
  console.log(describeData(data).split('\n').map((l) => `   ${l}`).join('\n'));
  if (problems.length) console.log(`   INCONSISTENT DATA: ${problems.slice(0, 5).join('; ')}`);

  const b = E2E ? await launchE2e() : await launchShippedBuild(dir);
  try {
    // tsx names inner functions with a helper (__name) that page.evaluate does not carry along.
    await b.context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    const seeded = await seed(b, data);
    console.log(`   written to the extension's IndexedDB in ${seeded.seconds.toFixed(1)} s\n`);
    await report(b, data);
  } catch (error) {
    console.log(`\nThe benchmark could not finish: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    const errors = [...new Set(b.errors)];
    console.log(errors.length ? `\nErrors from the extension's pages (${errors.length}):\n${errors.slice(0, 20).map((e) => `   ${e}`).join('\n')}` : '\nNo errors from the extension’s pages.');
    await b.close();
  }
}

export async function report(h: BenchBrowser, data: TimelineBenchData): Promise<void> {
  const childId = data.child.id;

  // 1. Open: one cold run (the browser's first load of the page's code), then RUNS fresh tabs.
  const cold = await openTimeline(h, childId, false);
  const userAgent = await cold.page.evaluate(() => navigator.userAgent);
  await cold.page.close();
  const runs: OpenRun[] = [];
  let lastPage: Page | null = null;
  for (let i = 0; i < RUNS; i++) {
    const { page, run } = await openTimeline(h, childId, i === RUNS - 1);
    runs.push(run);
    if (i === RUNS - 1) lastPage = page;
    else await page.close();
  }
  const version = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent;
  const painted = runs.map((r) => r.probe.tPaint!);
  const inDom = runs.map((r) => r.probe.tRow!);
  const reads = runs.map((r) => timelineRead(r.probe));
  const boot = reads.map((t) => t?.t0 ?? NaN).filter(Number.isFinite);
  const readTimes = reads.map((t) => (t?.tLastRead != null ? t.tLastRead - t.t0 : NaN)).filter(Number.isFinite);
  const after = runs.map((r, i) => (reads[i]?.tLastRead != null && r.probe.tAllPaint != null ? r.probe.tAllPaint - reads[i]!.tLastRead! : NaN)).filter(Number.isFinite);
  const longest = runs.map((r) => Math.max(0, ...r.probe.longTasks.filter((t) => t.start < r.probe.tPaint!).map((t) => t.duration)));
  const readRows = reads.find((t) => t)?.rows;
  const last = runs[runs.length - 1]!;

  console.log(`Chromium ${version}, headless; ${RUNS} runs each (median and worst)\n`);
  console.log(`1. Open the timeline: fresh tab at timeline.html#/child/<id>/timeline until the first term header is painted`);
  console.log(`   opened (header painted):  median ${ms(median(painted))}, worst ${ms(worst(painted))}   (target < ${OPEN_TARGET_MS} ms)`);
  reportTarget({
    name: 'timeline, 10,000 emails: open, median',
    measured: `${median(painted).toFixed(1)} ms (worst ${worst(painted).toFixed(1)})`,
    target: `< ${OPEN_TARGET_MS} ms`,
    pass: Number.isFinite(median(painted)) ? median(painted) < OPEN_TARGET_MS : null,
  });
  console.log(`   header in the DOM:        median ${ms(median(inDom))}, worst ${ms(worst(inDom))}`);
  const whole = runs.map((r) => r.probe.tAllPaint ?? NaN).filter(Number.isFinite);
  console.log(`   whole record read, flags shown (painted): median ${ms(median(whole))}, worst ${ms(worst(whole))}  (the first screen shows the newest emails until then)`);
  console.log(`   first contentful paint:   median ${ms(median(runs.map((r) => r.fcp ?? NaN).filter(Number.isFinite)))}`);
  console.log(`   cold first open:                 ${ms(cold.run.probe.tPaint)}  (the browser's first load of the page; not in the figures above)`);
  console.log(`   where the time goes (median):`);
  console.log(`     page start until the whole record's read begins:  ${ms(median(boot))}  (page code, React, the first screen)`);
  console.log(`     its IndexedDB read (Dexie, ${readRows ?? '?'} rows):          ${ms(median(readTimes))}`);
  console.log(`     after the read until the flags are painted:      ${ms(median(after))}  (flags, clocks, rows, React render, paint)`);
  console.log(`     longest task before the paint:                   ${ms(median(longest))}`);
  if (lastPage) {
    const raw = await rawReads(lastPage, childId, RUNS);
    console.log(`   the same reads with raw IndexedDB getAll, warm (${raw.rows} rows): median ${ms(median(raw.heads))}, worst ${ms(worst(raw.heads))}`);
    console.log(`   for comparison, whole records instead of heads (${data.records.length} emails with text and HTML): median ${ms(median(raw.records))}`);
  }
  const node = await computeInNode(data, RUNS);
  if (typeof node === 'string') console.log(`   ${node}`);
  else console.log(`   flags + clocks + buildTimeline alone, in Node ${process.version} (same V8 code): median ${ms(median(node.times))} → ${node.rows} rows`);
  console.log(
    `   JS heap after opening: ${mb(last.heapUsed)} used (DevTools Runtime.getHeapUsage), ${mb(last.heapAfterGc)} after garbage collection; ` +
      `performance.memory.usedJSHeapSize ${mb(last.perfMemory)}${h.preciseMemory ? '' : ' (coarse: the Harness starts Chromium without --enable-precise-memory-info)'}\n`,
  );

  // 2. Scroll, on the last page opened.
  if (!lastPage) return;
  const scrolls: ScrollRun[] = [];
  for (let i = 0; i < RUNS; i++) scrolls.push(await scrollOnce(lastPage));
  const s0 = scrolls[0]!;
  const framesOf = (label: string, pick: (s: ScrollRun) => number[]) => {
    const perRun = scrolls.map((s) => {
      const f = pick(s);
      return { median: median(f), p95: percentile(f, 95), long: f.filter((t) => t > 50).length, dropped: f.filter((t) => t > 34).length, longest: worst(f), count: f.length };
    });
    const m = (k: 'median' | 'p95' | 'long' | 'dropped' | 'longest') => median(perRun.map((r) => r[k]));
    const w = (k: 'median' | 'p95' | 'long' | 'dropped' | 'longest') => worst(perRun.map((r) => r[k]));
    console.log(`   ${label}`);
    console.log(`     frame time:           median ${ms(m('median'))} (worst run ${ms(w('median'))}), p95 ${ms(m('p95'))} (worst run ${ms(w('p95'))}), longest ${ms(w('longest'))}`);
    console.log(`     long frames (> 50 ms): ${m('long')} of ${perRun[0]!.count} (worst run ${w('long')}); over 34 ms (a dropped frame): ${m('dropped')} (worst run ${w('dropped')})`);
  };
  console.log(`2. Scroll the timeline: ${s0.listRows} rows, ${(s0.scrollHeight / 1000).toFixed(0)}k px tall (60 fps = 16.7 ms a frame; medians of ${RUNS} runs)`);
  framesOf('150 px a frame, 300 frames (wheel or trackpad):', (s) => s.smooth);
  framesOf('top to bottom in 300 frames (new rows every frame):', (s) => s.sweep);
  framesOf('both together:', (s) => [...s.smooth, ...s.sweep]);
  const jumps = scrolls.flatMap((s) => s.jumps);
  console.log(`   10 big jumps (scrollbar drag, Home, End), the slower of the 2 frames after each: median ${ms(median(jumps))}, worst ${ms(worst(jumps))}`);
  const end = scrolls[scrolls.length - 1]!;
  console.log(
    `   rows in the DOM at the end: ${end.rowsAtEnd} of ${end.listRows} (most at any time: ${Math.max(...scrolls.map((s) => s.mostRows))})` +
      `; elements in the page: ${end.domNodes}, of which ${end.listNodes} in the list` +
      `${scrolls.every((s) => s.reachedBottom) ? '; reached the bottom' : '; did NOT reach the bottom'}`,
  );
}

// Run when started as a script (npm run bench), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
