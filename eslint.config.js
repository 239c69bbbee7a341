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
