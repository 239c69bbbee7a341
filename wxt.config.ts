import { defineConfig } from 'wxt';
import { WEBMAIL_HOST_PATTERNS } from './lib/capture/webmail-hosts';

// Browser tests drive the built extension, but Chromium cannot click the permission prompt that
// grants the optional webmail hosts. `wxt build --mode e2e` (into .output/chrome-mv3-e2e) grants
// them, plus local test servers, at install time; nothing else differs from the shipped build.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: 'On Record',
    description:
      'Save school emails and messages about your child’s special educational needs to a private record in your browser.',
    permissions: ['activeTab', 'storage', 'contextMenus', 'sidePanel', 'scripting'],
    optional_host_permissions: [...WEBMAIL_HOST_PATTERNS],
    ...(mode === 'e2e' ? { host_permissions: [...WEBMAIL_HOST_PATTERNS, 'http://localhost/*', 'http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Save to On Record' },
    commands: {
      'save-to-on-record': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this email or page to On Record',
      },
    },
    browser_specific_settings: { gecko: { id: 'on-record@example.org' } },
  }),
});
