// Drives the built extension in real Chromium (Debian's, via playwright-core), the way any
// automation would: through the messages in docs/automation.md, sent from the extension's own page.
// Shared by the browser tests (tests/browser/harness.ts adds their golden-file helpers), the
// benchmarks and the screenshot scripts, so none of them imports another's test code.
//
// The network is closed: saved webmail pages are served at their real addresses from
// tests/fixtures, and every other request is aborted and logged. The extension itself must make
// no request at all outside chrome-extension://; tests assert that with `extensionRequests()`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';

type LaunchPersistentContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;
import type { Backup } from '../../lib/backup/format';
import type { ImportBackupResponse } from '../../lib/protocol/backup';
import type { ClipTabResponse } from '../../lib/protocol/clip-tab';
import type { RequestOf, RequestType, ResponseFor } from '../../lib/protocol/messages';
import { CAPTURE_FIXTURES, chromiumPath, EXTENSION_DIR } from './paths';

// ------------------------------------------------------------------ fixtures

/** A saved page: its HTML and the address it was saved from (first line `<!--{"url":"..."}-->`). */
export interface Fixture {
  name: string;
  url: string;
  html: string;
  /** Documents of its same-origin iframes (NAME.frame.html), served at their own addresses. */
  frames: { url: string; html: string }[];
}

const URL_COMMENT = /^\s*<!--\s*(\{[\s\S]*?\})\s*-->/;

function readUrlComment(file: string, html: string): string | null {
  const m = URL_COMMENT.exec(html);
  if (!m) return null;
  try {
    const meta = JSON.parse(m[1]!) as { url?: unknown };
    return typeof meta.url === 'string' ? meta.url : null;
  } catch {
    throw new Error(`${file}: the first-line comment is not JSON: ${m[1]}`);
  }
}

/** Capture fixtures to clip: every tests/fixtures/capture/*.html except the *.frame.html documents. */
export function captureFixtureNames(): string[] {
  return readdirSync(CAPTURE_FIXTURES)
    .filter((f) => f.endsWith('.html') && !f.endsWith('.frame.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

/** Loads NAME.html (and NAME.frame.html, when there is one) from tests/fixtures/capture. */
export function loadFixture(name: string, dir: string = CAPTURE_FIXTURES): Fixture {
  const file = path.join(dir, `${name}.html`);
  let html = readFileSync(file, 'utf8');
  const url = readUrlComment(file, html);
  if (!url) throw new Error(`${file} has no first-line <!--{"url":"..."}--> comment saying where it was saved from`);
  const frames: Fixture['frames'] = [];
  const frameFile = path.join(dir, `${name}.frame.html`);
  if (existsSync(frameFile)) {
    const frameHtml = readFileSync(frameFile, 'utf8');
    let frameUrl = readUrlComment(frameFile, frameHtml);
    if (!frameUrl) {
      // No address given: reuse the src of the page's iframe, else invent a same-origin one.
      const src = /<iframe\b[^>]*\ssrc\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
      frameUrl = new URL(src ?? `/__frame/${name}.html`, url).href;
    }
    const srcs = Array.from(html.matchAll(/<iframe\b[^>]*\ssrc\s*=\s*["']([^"']+)["']/gi), (m) => m[1]!.replace(/&amp;/g, '&'));
    if (!srcs.some((src) => withoutHash(new URL(src, url).href) === withoutHash(frameUrl))) {
      // The saved page inlines its message frame (srcdoc): load the frame document from its own
      // same-origin address instead, as the real webmail does.
      const attr = `src="${frameUrl.replace(/&/g, '&amp;')}"`;
      const withSrc = html.replace(/(<iframe\b[^>]*?)\s(?:srcdoc\s*=\s*(?:"[^"]*"|'[^']*')|src\s*=\s*(?:"[^"]*"|'[^']*'))/i, `$1 ${attr}`);
      html = withSrc !== html ? withSrc : html.replace(/<iframe\b/i, `<iframe ${attr}`);
    }
    frames.push({ url: frameUrl, html: frameHtml });
  }
  return { name, url, html, frames };
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

// ------------------------------------------------------------------ network log

export type RequestSource = 'service-worker' | 'extension-page' | 'web-page' | 'other';

export interface LoggedRequest {
  url: string;
  source: RequestSource;
  /** URL of the page (or worker) that made it. */
  by: string;
  seq: number;
}

/** What tests may call on the page side: the `chrome` global of an extension page. */
interface ExtensionPageGlobals {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; active: boolean }[]> };
  };
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// ------------------------------------------------------------------ harness

export interface LaunchOptions {
  /** Profile directory to reuse; a fresh temporary one when absent. */
  userDataDir?: string;
}

/**
 * How every driver of the extension starts Debian's Chromium: headless, the given build loaded and
 * nothing else, the background network switched off, and the time zone and locale of our users
 * (dates shown by webmail carry no zone).
 */
export function extensionLaunchOptions(extensionDir: string, extraArgs: readonly string[] = []): LaunchPersistentContextOptions {
  return {
    headless: true,
    executablePath: chromiumPath(),
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    env: { ...process.env, TZ: 'Europe/London' },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...extraArgs,
    ],
  };
}

export class Harness {
  /** Uncaught errors and console errors in the extension's pages and service worker. */
  readonly extensionErrors: string[] = [];
  private controller: Page | null = null;
  private readonly ownsProfile: boolean;

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly userDataDir: string,
    ownsProfile: boolean,
    private readonly network: NetworkLog,
  ) {
    this.ownsProfile = ownsProfile;
  }

  /** Starts Chromium with a fresh profile and the e2e build of On Record loaded. */
  static async launch(options: LaunchOptions = {}): Promise<Harness> {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No extension build at ${EXTENSION_DIR}: run  npx wxt build --mode e2e  (tests/browser/global-setup.ts does this).`);
    }
    const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'on-record-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, extensionLaunchOptions(EXTENSION_DIR));
    try {
      // Log (and close) the network before anything can load.
      const network = new NetworkLog(context);
      await context.route('**/*', (route) => network.handleUnrouted(route));
      let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      worker ??= await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      });
      const extensionId = new URL(worker.url()).host;
      return new Harness(context, extensionId, userDataDir, options.userDataDir === undefined, network);
    } catch (error) {
      await context.close().catch(() => {});
      throw error;
    }
  }

  get origin(): string {
    return `chrome-extension://${this.extensionId}/`;
  }

  /** Every http(s) request the browser made (served from a fixture, or aborted), in order. */
  get requests(): readonly LoggedRequest[] {
    return this.network.requests;
  }

  /** Requests made by the extension itself (its pages or service worker) that left the extension. */
  extensionRequests(): string[] {
    return this.requests
      .filter((r) => (r.source === 'service-worker' || r.source === 'extension-page') && !/^(chrome-extension|data|blob):/.test(r.url))
      .map((r) => `${r.source} ${r.by} → ${r.url}`);
  }

  /** A marker for `requestsSince`. */
  mark(): number {
    return this.network.seq;
  }

  /** Every request (from anything) made after `mark`. */
  requestsSince(mark: number): LoggedRequest[] {
    return this.requests.filter((r) => r.seq > mark);
  }

  /** Opens chrome-extension://ID/PATH in a new tab. */
  async extensionPage(pagePath = 'sidepanel.html'): Promise<Page> {
    const page = await this.context.newPage();
    this.watchErrors(page);
    await page.goto(this.origin + pagePath.replace(/^\//, ''));
    return page;
  }

  /**
   * The extension page the tests send messages from (any extension page may; the side panel is
   * the one every build has). Opened on first use and kept in a background tab.
   */
  async controllerPage(): Promise<Page> {
    if (this.controller && !this.controller.isClosed()) return this.controller;
    const candidates = ['sidepanel.html', 'options.html'];
    const found = candidates.find((p) => existsSync(path.join(EXTENSION_DIR, p)));
    if (!found) throw new Error(`The build has none of ${candidates.join(', ')}: no extension page to send messages from.`);
    this.controller = await this.extensionPage(found);
    return this.controller;
  }

  /**
   * chrome.runtime.sendMessage(message) from an extension page; resolves with the background's
   * answer. Typed as the pages' askBackground (lib/protocol/ask-background.ts), which cannot run
   * here: the message is sent from inside the page.
   */
  async sendMessage<T extends RequestType>(message: RequestOf<T>): Promise<ResponseFor[T]>;
  async sendMessage(message: unknown): Promise<unknown>;
  async sendMessage(message: unknown): Promise<unknown> {
    const page = await this.controllerPage();
    return page.evaluate((m) => (globalThis as unknown as ExtensionPageGlobals).chrome.runtime.sendMessage(m), message);
  }

  clip(tabId: number, frameId?: number): Promise<ClipTabResponse> {
    return this.sendMessage({ type: 'clip-tab', tabId, ...(frameId === undefined ? {} : { frameId }) });
  }

  exportBackup(): Promise<Backup> {
    return this.sendMessage({ type: 'export-backup' });
  }

  importBackup(backup: unknown): Promise<ImportBackupResponse> {
    return this.sendMessage({ type: 'import-backup', backup });
  }

  /** The chrome.tabs id of a page, found from the extension page as any automation would. */
  async tabIdOf(page: Page): Promise<number> {
    const controller = await this.controllerPage();
    const url = page.url();
    // Tabs on hosts the extension may access show their URL: match it.
    const tabs = await controller.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).chrome.tabs.query({}));
    const byUrl = tabs.filter((t) => t.url === url);
    if (byUrl.length === 1 && byUrl[0]!.id !== undefined) return byUrl[0]!.id;
    // Other tabs (chrome://, data:, or several with one URL) hide it: bring this one to the
    // front and ask for the active tab of the window.
    await page.bringToFront();
    const active = await controller.evaluate(() =>
      (globalThis as unknown as ExtensionPageGlobals).chrome.tabs.query({ active: true, currentWindow: true }),
    );
    const id = active.length === 1 ? active[0]!.id : undefined;
    if (id === undefined) throw new Error(`Could not find the tab id of ${url}`);
    return id;
  }

  /**
   * Opens a saved page at its real address in a new tab, served from the fixture (and its frame
   * document); returns the page and its tab id.
   */
  async openFixture(nameOrFixture: string | Fixture): Promise<{ page: Page; tabId: number; fixture: Fixture }> {
    const fixture = typeof nameOrFixture === 'string' ? loadFixture(nameOrFixture) : nameOrFixture;
    const docs = new Map<string, string>([[withoutHash(fixture.url), fixture.html]]);
    for (const frame of fixture.frames) docs.set(withoutHash(frame.url), frame.html);
    const page = await this.context.newPage();
    // Page routes win over the context's abort-everything route; several fixtures may share one
    // address (Gmail keeps the thread in the #hash), so each tab serves only its own.
    await page.route(
      (u) => docs.has(withoutHash(u.href)),
      (route) => {
        const body = docs.get(withoutHash(route.request().url()))!;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      },
    );
    await page.goto(fixture.url, { waitUntil: 'load' });
    return { page, tabId: await this.tabIdOf(page), fixture };
  }

  /** Opens a URL the tests do not serve (chrome://version, a data: URL) in a new tab. */
  async openUrl(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.context.newPage();
    await page.goto(url);
    return { page, tabId: await this.tabIdOf(page) };
  }

  private watchErrors(page: Page): void {
    page.on('pageerror', (e) => this.extensionErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.extensionErrors.push(`${page.url()}: console.error ${m.text()}`);
    });
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    if (this.ownsProfile) rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/** Sees every request in the browser (and who made it); closes the network to all but local servers. */
class NetworkLog {
  readonly requests: LoggedRequest[] = [];
  seq = 0;

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      if (/^(chrome-extension|data|blob|about|chrome):/.test(request.url())) return;
      this.requests.push({ url: request.url(), ...describeSource(request), seq: ++this.seq });
    });
  }

  handleUnrouted(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    // The extension's own files (chrome-extension://) are not network; nor is a local test server.
    const web = url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:';
    const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
    return !web || local ? route.continue() : route.abort('blockedbyclient');
  }
}

function describeSource(request: Request): { source: RequestSource; by: string } {
  const worker = request.serviceWorker();
  if (worker) return { source: worker.url().startsWith('chrome-extension://') ? 'service-worker' : 'other', by: worker.url() };
  try {
    const page = request.frame().page();
    const by = page.url();
    return { source: by.startsWith('chrome-extension://') ? 'extension-page' : 'web-page', by };
  } catch {
    return { source: 'other', by: '' };
  }
}

/** Launches a harness for the duration of fn, closing it afterwards even when fn fails. */
export async function withHarness<T>(fn: (h: Harness) => Promise<T>, options?: LaunchOptions): Promise<T> {
  const h = await Harness.launch(options);
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}
