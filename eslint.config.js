// Module boundaries are enforced here, not left to review (the way Bitwarden does it):
// - lib/ is logic: it never imports UI (components/) or wiring (entrypoints/);
// - lib/capture runs inside web pages: no extension API, no storage, no heavy language libraries;
// - lib/analysis must run the same in the service worker and in Node: no browser API at all;
// - components/ talk to the extension through lib/, never through entrypoints/.
import tseslint from 'typescript-eslint';

const uiAndWiring = [
  { group: ['@/entrypoints/*', '**/entrypoints/*'], message: 'lib/ must not import entrypoints/ (wiring stays thin and on top).' },
  { group: ['@/components/*', '**/components/*'], message: 'lib/ must not import React UI from components/.' },
];
const extensionApis = [
  { name: 'wxt/browser', message: 'This code runs outside the extension context: no extension APIs.' },
  { name: 'webextension-polyfill', message: 'This code runs outside the extension context: no extension APIs.' },
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
    group: ['**/capture/adapters/*', '!**/capture/adapters/*.selectors', '**/capture/dom/sanitize', '**/capture/capture-document', '**/capture/registry'],
    message: 'Capture adapters bring DOMPurify and Readability: copy the selectors you need into lib/highlight/sites.ts.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiAndWiring }] },
  },
  {
    files: ['lib/capture/**/*.ts', 'entrypoints/capture.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...extensionApis, ...pageBudget], patterns: uiAndWiring }] },
  },
  // The highlighter runs in webmail pages too, and must stay small: the same rules as capture, and
  // no capture adapters (they bring DOMPurify and Readability), no React. Extension APIs only
  // through its one thin module, lib/highlight/extension.ts.
  {
    files: ['lib/highlight/**/*.ts', 'entrypoints/highlighter.content.ts'],
    ignores: ['lib/highlight/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, ...pageBudget, ...highlighterBudget], patterns: [...uiAndWiring, ...notAdapters] }],
      // WXT auto-imports `browser`: without this rule it would slip in unimported.
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['lib/highlight/extension.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...pageBudget, ...highlighterBudget], patterns: [...uiAndWiring, ...notAdapters] }] },
  },
  {
    files: ['lib/analysis/**/*.ts', 'lib/plan/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...extensionApis, { name: 'dexie', message: 'Analysis is pure: no storage.' }], patterns: uiAndWiring }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiAndWiring[0]] }] },
  },
);
