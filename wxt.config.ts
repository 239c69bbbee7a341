import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { WEBMAIL_HOST_PATTERNS } from './lib/sites/webmail-hosts';
import { checkPageScripts } from './scripts/script-budgets';
import { postalMimeInMemory } from './scripts/vite/postal-mime-in-memory';

// Browser tests drive the built extension, but Chromium cannot click the permission prompt that
// grants the optional webmail hosts. `wxt build --mode e2e` (into .output/chrome-mv3-e2e) grants
// them at install time, plus every https site (tests serve the saved pages of self-hosted webmail
// and school portals at their real addresses) and local test servers; nothing else differs from
// the shipped build.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:done': (wxt) => checkPageScripts(wxt.config.outDir),
  },
  // The import worker (lib/import/worker) is a module worker: pdf.js and mammoth are ES modules,
  // and an IIFE worker cannot split out the chunks it loads only when a PDF or Word file comes.
  // iconv-lite (required by the .msg reader) brings a Node Buffer polyfill that crashes a worker:
  // the worker gets a TextDecoder stand-in (lib/import/mail/iconv-lite-shim.ts).
  // postal-mime's decoders are made to join their chunks in memory, not through the blob store
  // (scripts/vite/postal-mime-in-memory.ts): the import reads thousands of emails.
  vite: () => ({
    plugins: [postalMimeInMemory()],
    worker: { format: 'es', plugins: () => [postalMimeInMemory()] },
    resolve: { alias: { 'iconv-lite': fileURLToPath(new URL('./lib/import/mail/iconv-lite-shim.ts', import.meta.url)) } },
  }),
  // Firefox too: its MV3 keeps optional host permissions, which MV2 would fold away.
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: 'On Record',
    description:
      'Save school emails and messages about your child’s special educational needs to a private record in your browser.',
    // Firefox has a sidebar instead of Chrome's side panel and no permission for it.
    permissions: ['activeTab', 'storage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: [...WEBMAIL_HOST_PATTERNS],
    ...(mode === 'e2e' ? { host_permissions: [...WEBMAIL_HOST_PATTERNS, 'https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Save to On Record' },
    commands: {
      'save-to-on-record': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this email or page to On Record',
      },
    },
    // Firefox asks extensions to declare what they collect: nothing.
    browser_specific_settings: { gecko: { id: 'on-record@example.org', data_collection_permissions: { required: ['none'] } } },
  }),
});
