// `npm start`: serves the demo inbox (demo/) on http://127.0.0.1:PORT, builds On Record, and opens
// Chromium (headed) with the extension loaded at the demo inbox, in a throwaway profile. Closing
// Chromium (or Ctrl+C) stops everything. No dependencies beyond Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = path.join(ROOT, 'demo');
const EXTENSION = path.join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PORT = Number(process.env.PORT || 8123);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** A static file server for demo/, bound to 127.0.0.1 only. */
function serveDemo(port) {
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(DEMO, path.normalize(pathname));
    if (!file.startsWith(DEMO + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0) {
        // Something else has the port: take any free one.
        resolve(serveDemo(0));
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (!existsSync(CHROMIUM)) {
  fail(`Chromium is not installed at ${CHROMIUM}.\nInstall it with:  sudo apt-get install chromium   (or set CHROMIUM_PATH)`);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('npm start opens a Chromium window, but there is no display here (DISPLAY is not set).\nRun it from a desktop session, or use `npm test` to check everything headlessly.');
}

console.log('Building On Record (wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) fail('The build failed: see the output above.');

const server = await serveDemo(PORT);
const { port } = server.address();
const url = `http://127.0.0.1:${port}/`;
console.log(`Demo inbox: ${url}`);

const profile = mkdtempSync(path.join(tmpdir(), 'on-record-demo-'));
const args = [
  `--user-data-dir=${profile}`,
  `--load-extension=${EXTENSION}`,
  `--disable-extensions-except=${EXTENSION}`,
  // Newer Chrome builds ignore --load-extension unless this feature is off; harmless elsewhere.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  url,
];
console.log('Opening Chromium with On Record loaded. Close the window (or press Ctrl+C) to stop.');
const browser = spawn(CHROMIUM, args, { stdio: ['ignore', 'inherit', 'inherit'] });

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}
browser.on('exit', (code) => stop(code ?? 0));
browser.on('error', (error) => {
  console.error(`Could not start Chromium: ${error.message}`);
  stop(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!browser.killed) browser.kill('SIGTERM');
    setTimeout(() => stop(0), 3000).unref();
  });
}
