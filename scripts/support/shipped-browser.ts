// The shipped build (.output/chrome-mv3) in Debian's Chromium, for the benchmarks: started as the
// Harness starts the e2e build (same flags, time zone and locale), every web request aborted, and
// performance.memory made precise (--enable-precise-memory-info).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { extensionLaunchOptions } from './extension-browser';

export interface ShippedBrowser {
  context: BrowserContext;
  /** chrome-extension://ID/ */
  origin: string;
  /** Uncaught errors and console errors in the extension's pages, for the caller to collect. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchShipped(dir: string, options: { initScript?: string } = {}): Promise<ShippedBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'on-record-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, extensionLaunchOptions(dir, ['--enable-precise-memory-info']));
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    await context.route('**/*', (route) => (/^(https?|wss?):$/.test(new URL(route.request().url()).protocol) ? route.abort('blockedbyclient') : route.continue()));
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 }));
    if (options.initScript) await context.addInitScript({ content: options.initScript });
    return { context, origin: `chrome-extension://${new URL(worker.url()).host}/`, errors: [], close };
  } catch (error) {
    await close();
    throw error;
  }
}
