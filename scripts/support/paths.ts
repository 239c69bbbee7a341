// Where the browser tests, benchmarks and screenshot scripts find things. No imports from the
// extension's runtime code here: they drive the built extension from outside, as any automation
// would (docs/automation.md).
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** What `wxt build --mode e2e` produces: the shipped extension plus test host access. */
export const EXTENSION_DIR = `${ROOT}/.output/chrome-mv3-e2e`;
export const CAPTURE_FIXTURES = `${ROOT}/tests/fixtures/capture`;

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
