// Module boundaries are enforced here, not left to review (the way Bitwarden does it). The rules
// follow the folders (see README, "Architecture"), and tests/unit/module-boundaries.test.ts proves
// that each one fires:
// - lib/ is logic: it never imports UI (components/) or wiring (entrypoints/);
// - code that runs inside web pages (lib/capture, lib/sites, lib/highlight/content) uses no
//   extension API, no storage and no heavy language libraries;
// - the pure kernels (model, calendar, analysis, findings, plan, util) use no browser API at all,
//   no storage, and no presentation (lib/ui);
// - only lib/db touches IndexedDB (Dexie), and in the UI only components/hooks reads or writes it;
// - no import cycles anywhere.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const uiAndWiring = [
  { group: ['@/entrypoints/*', '**/entrypoints/*'], message: 'lib/ must not import entrypoints/ (wiring stays thin and on top).' },
  { group: ['@/components/*', '**/components/*'], message: 'lib/ must not import React UI from components/.' },
];
const extensionApis = [
  { name: 'wxt/browser', message: 'This code runs outside the extension context: no extension APIs.' },
  { name: 'webextension-polyfill', message: 'This code runs outside the extension context: no extension APIs.' },
];
const dexieOutsideDb = [
  { name: 'dexie', message: 'Only lib/db reads or writes IndexedDB: use a repository from lib/db/repositories.' },
  { name: 'dexie-react-hooks', message: 'Only components/hooks reads the database: add or use a hook there.' },
];
const pageBudget = [
  { name: 'dexie', message: 'Capture runs in the page: storage belongs to the background.' },
  { name: 'compromise', message: 'compromise is ~140 KB gzipped: keep it out of anything injected into pages.' },
  { name: 'chrono-node', message: 'Date parsing runs in the background, not in the page.' },
];
const highlighterBudget = [
  { name: 'dompurify', message: 'The highlighter never sanitises HTML: keep DOMPurify out of it.' },
  { name: '@mozilla/readability', message: 'The highlighter reads text nodes itself: keep Readability out of it.' },
  { name: 'react', message: 'The highlighter draws its card and pill with plain DOM: no React in pages.' },
  { name: 'react-dom', message: 'The highlighter draws its card and pill with plain DOM: no React in pages.' },
];
const notAdapters = [
  {
    group: ['**/sites/*/capture', '**/sites/dom/sanitize', '**/capture/capture-document', '**/capture/registry', '**/capture/selection'],
    message: 'Capture adapters bring DOMPurify and Readability: the highlighter reads a site through its highlight.ts and selectors.ts.',
  },
];
const noPresentation = [
  { group: ['@/lib/ui/*', '**/lib/ui/*', '../ui/*', '../../ui/*'], message: 'Pure rules never import presentation (lib/ui): the UI imports them, not the other way.' },
];
const noDatabase = [
  { group: ['@/lib/db/*', '**/lib/db/*'], message: 'Components read and write the database only through components/hooks.' },
];
const browserGlobals = ['chrome', 'browser', 'window', 'document', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/**', 'coverage/**', 'dist-cli/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: dexieOutsideDb, patterns: uiAndWiring }] },
  },
  {
    files: ['lib/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiAndWiring }] },
  },
  {
    files: ['lib/capture/**/*.ts', 'lib/sites/**/*.ts', 'entrypoints/capture.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...extensionApis, ...pageBudget], patterns: uiAndWiring }] },
  },
  // The highlighter runs in webmail pages too, and must stay small: the same rules as capture, and
  // no capture adapters (they bring DOMPurify and Readability), no React. Extension APIs only
  // through its one thin module, lib/highlight/content/extension.ts.
  {
    files: ['lib/highlight/content/**/*.ts', 'entrypoints/highlighter.content.ts'],
    ignores: ['lib/highlight/content/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, ...pageBudget, ...highlighterBudget], patterns: [...uiAndWiring, ...notAdapters] }],
      // WXT auto-imports `browser`: without this rule it would slip in unimported.
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['lib/highlight/content/extension.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...pageBudget, ...highlighterBudget], patterns: [...uiAndWiring, ...notAdapters] }] },
  },
  // Message types and guards are imported by the page-side highlighter too: only the one sender
  // (ask-background.ts) may reach the extension API.
  {
    files: ['lib/protocol/**/*.ts'],
    ignores: ['lib/protocol/ask-background.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...extensionApis, ...dexieOutsideDb], patterns: uiAndWiring }] },
  },
  {
    files: ['lib/model/**/*.ts', 'lib/calendar/**/*.ts', 'lib/analysis/**/*.ts', 'lib/findings/**/*.ts', 'lib/plan/**/*.ts', 'lib/util/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, ...dexieOutsideDb], patterns: [...uiAndWiring, ...noPresentation] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  // Code outside lib/highlight that the highlighter content script loads into webmail pages: each
  // site's reader, the kinds table it draws with and the message types. The same budget as the
  // content script, on top of the rules of the folder each file lives in.
  {
    files: [
      'lib/sites/*/highlight.ts',
      'lib/sites/highlight-reader.ts',
      'lib/sites/highlight-sites.ts',
      'lib/findings/kinds.ts',
      'lib/findings/look.ts',
      'lib/protocol/highlighter.ts',
      'lib/protocol/message-type.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, ...pageBudget, ...highlighterBudget], patterns: [...uiAndWiring, ...notAdapters, ...noPresentation] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  // The import runs in a Web Worker of the settings page: no extension API, no DOM, no network
  // (files are read on this computer and nothing leaves it), no presentation. Only its pipeline
  // and worker write the record; the readers are pure and run in Node too.
  {
    files: ['lib/import/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, ...dexieOutsideDb], patterns: [...uiAndWiring, ...noPresentation] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['lib/import/**/*.ts'],
    ignores: ['lib/import/pipeline/**', 'lib/import/worker/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...extensionApis, ...dexieOutsideDb],
          patterns: [...uiAndWiring, ...noPresentation, { group: ['@/lib/db/*', '**/lib/db/*'], message: 'The import’s readers are pure: only lib/import/pipeline writes the record.' }],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/hooks/**'],
    rules: { 'no-restricted-imports': ['error', { paths: dexieOutsideDb, patterns: [uiAndWiring[0], ...noDatabase] }] },
  },
  {
    files: ['components/hooks/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiAndWiring[0]] }] },
  },
);
