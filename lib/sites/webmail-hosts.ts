// Webmail sites whose DOM our adapters know. Host access to them is optional: the parent grants it
// from the options page, and only then can highlighting run without a click. Clipping itself needs
// no host permission: the toolbar click grants activeTab.
export const WEBMAIL_HOST_PATTERNS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
] as const;
