// The command line, shipped as built JavaScript: esbuild bundles scripts/analyse.ts and everything
// it imports into one ESM file, dist-cli/analyse.mjs, so `npm run analyse` starts plain Node with no
// TypeScript compiler at run time.
//
//   node scripts/build-cli.mjs              build now                          (npm run build:cli)
//   node scripts/build-cli.mjs --if-stale   build only when the bundle is missing or out of date
//   node scripts/build-cli.mjs --run ARGS…  build when out of date, then run the CLI with ARGS in
//                                           this same process             (npm run analyse / analyze)
//
// Plain JavaScript on purpose: this file runs before anything is compiled. "Out of date" means a
// file the last build read (its esbuild metafile inputs, kept beside the bundle, with one
// package.json standing for each package's files; plus this file, package.json, npm's record of
// node_modules and the tsconfigs that set the `@/` alias) is newer than the bundle, or is gone. The
// check is one stat per file (about sixty: a millisecond or two), so the CLI never runs stale code,
// and esbuild itself is loaded only when a build is needed.
//
// compromise is bundled but not started: every `import nlp from 'compromise'` gets a stand-in that
// loads the real library on its first call, so an email whose sentences never need it never pays
// for it (see COMPROMISE_STAND_IN below). ON_RECORD_CLI_TRACE=1 prints to stderr when it loads.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = 'scripts/analyse.ts';
export const BUNDLE = path.join(ROOT, 'dist-cli', 'analyse.mjs');
/** The files the last build read, relative to the repository: written with the bundle. */
export const INPUTS = path.join(ROOT, 'dist-cli', 'analyse.inputs.json');
/**
 * Not in esbuild's metafile, but they change what a build makes. npm rewrites
 * node_modules/.package-lock.json whenever an install changes node_modules (package files may keep
 * the tarball's old times, so their own dates cannot be trusted alone).
 */
const BUILD_CONFIG = ['scripts/build-cli.mjs', 'package.json', 'tsconfig.json', '.wxt/tsconfig.json', 'node_modules/.package-lock.json'];

/**
 * Why the bundle must be built again, or null when it is up to date. `root` and the paths are
 * parameters so the rule can be tested on a folder of its own.
 * @param {{ root?: string, bundle?: string, inputs?: string }} [where]
 * @returns {string | null}
 */
export function staleReason(where = {}) {
  const root = where.root ?? ROOT;
  const bundle = where.bundle ?? BUNDLE;
  const inputs = where.inputs ?? INPUTS;
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return 'no bundle yet';
  }
  let files;
  try {
    files = JSON.parse(readFileSync(inputs, 'utf8'));
    if (!Array.isArray(files) || files.length === 0) return 'its list of sources is empty';
  } catch {
    return 'its list of sources is missing';
  }
  for (const file of files) {
    let changed;
    try {
      changed = statSync(path.resolve(root, file)).mtimeMs;
    } catch {
      return `${file} is gone`;
    }
    if (changed > built) return `${file} changed`;
  }
  return null;
}

/**
 * Every `compromise` import in the bundle gets this instead: a function that behaves as nlp()
 * (and as nlp.plugin, nlp.tokenize… for any property) but requires the real library, bundled
 * alongside, only on first use. The analysis stays synchronous: esbuild turns the require into a
 * call that evaluates the bundled module there and then.
 */
const COMPROMISE_STAND_IN = `
let real;
function load() {
  if (real) return real;
  const t0 = performance.now();
  const m = require('compromise');
  real = m && m.default ? m.default : m;
  if (process.env.ON_RECORD_CLI_TRACE) process.stderr.write('compromise loaded in ' + (performance.now() - t0).toFixed(1) + ' ms\\n');
  return real;
}
const nlp = new Proxy(function nlp() {}, {
  apply: (_target, self, args) => Reflect.apply(load(), self, args),
  get: (_target, key) => load()[key],
  has: (_target, key) => key in load(),
});
export default nlp;
`;

/** @type {import('esbuild').Plugin} */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    // The stand-in's own require must reach the real package: only imports from elsewhere are swapped.
    build.onResolve({ filter: /^compromise$/ }, (args) =>
      args.namespace === 'lazy-compromise' ? undefined : { path: 'compromise', namespace: 'lazy-compromise' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({ contents: COMPROMISE_STAND_IN, loader: 'js', resolveDir: ROOT }));
  },
};

/** `node_modules/chrono-node/dist/esm/index.js` → `node_modules/chrono-node/package.json` (scoped names too). */
function packageJsonOf(file) {
  const m = /^((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return m ? `${m[1]}/package.json` : null;
}

/** Builds dist-cli/analyse.mjs (written under another name, then renamed: a run never sees half a file). */
export async function buildCli() {
  const { build } = await import('esbuild');
  const t0 = performance.now();
  const startedAt = new Date();
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    plugins: [lazyCompromise],
    // CommonJS packages in an ESM file still call require() for Node's own modules. The comment
    // keeps `eslint .` off this generated file until eslint.config.js ignores dist-cli/.
    banner: {
      js: "/* eslint-disable */\n// Generated by scripts/build-cli.mjs from scripts/analyse.ts: do not edit.\nimport { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
    },
  });
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes(':'));
  // A package's files change only when npm installs another version, which rewrites its
  // package.json: one stat per package instead of one per file (chrono-node alone is hundreds).
  const watched = [...new Set(sources.map((file) => packageJsonOf(file) ?? file))];
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  writeFileSync(INPUTS, `${JSON.stringify([...BUILD_CONFIG.filter((f) => existsSync(path.join(ROOT, f))), ...watched], null, 1)}\n`);
  // Dated when the build began: a source saved while esbuild was reading is then newer than the
  // bundle, so the next run builds again instead of trusting a bundle that may predate the save.
  utimesSync(tmp, startedAt, startedAt);
  renameSync(tmp, BUNDLE);
  return { ms: performance.now() - t0, inputs: sources.length };
}

/** Builds when out of date; says so on stderr (stdout is the CLI's JSON). */
export async function ensureCli() {
  const reason = staleReason();
  if (reason === null) return;
  process.stderr.write(`Building the command line (${reason})… `);
  const { ms } = await buildCli();
  process.stderr.write(`done in ${(ms / 1000).toFixed(1)} s.\n`);
}

async function main(argv) {
  const [mode, ...rest] = argv;
  if (mode === '--run') {
    await ensureCli();
    // The CLI reads process.argv like any script: make it look as if the bundle was started itself.
    process.argv = [process.argv[0], BUNDLE, ...rest];
    await import(pathToFileURL(BUNDLE).href);
  } else if (mode === '--if-stale') {
    await ensureCli();
  } else if (mode === undefined) {
    const { ms, inputs } = await buildCli();
    console.log(`Built ${path.relative(ROOT, BUNDLE)} from ${inputs} files in ${(ms / 1000).toFixed(1)} s.`);
  } else {
    throw new Error(`unknown option ${mode}: use --run, --if-stale or nothing`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`\nCould not build the command line: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
