// Runs once before the browser tests: checks Chromium is there and builds the extension the tests
// load (`wxt build --mode e2e` → .output/chrome-mv3-e2e, with test host access granted).
// ON_RECORD_SKIP_BUILD=1 reuses the last build (scripts/test.sh has just built it, or you are
// iterating on tests only).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { chromiumPath, EXTENSION_DIR, ROOT } from './paths';

export default function setup(): void {
  const chromium = chromiumPath();
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    throw new Error(
      `Browser tests need Chromium at ${chromium}, and it is missing.\n` +
        `Install it with:  sudo apt-get install chromium   (or run: bash scripts/ensure-chromium.sh)\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }

  if (process.env.ON_RECORD_SKIP_BUILD === '1') {
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
      throw new Error(`ON_RECORD_SKIP_BUILD=1 but there is no build at ${EXTENSION_DIR}: run  npx wxt build --mode e2e`);
    }
  } else {
    const started = Date.now();
    const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit', env: process.env });
    if (build.status !== 0) {
      throw new Error(`Building the extension for the browser tests failed (npx wxt build --mode e2e exited ${build.status ?? build.signal}); see the output above.`);
    }
    console.log(`[browser tests] built ${EXTENSION_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { host_permissions?: string[] };
  if (!manifest.host_permissions?.length) {
    throw new Error(`${EXTENSION_DIR}/manifest.json grants no host permissions: the browser tests need the e2e build (wxt build --mode e2e).`);
  }
}
