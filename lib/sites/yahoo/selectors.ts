// Where Yahoo Mail keeps each part of a message: data, shared by capture and the highlighter.

export const YAHOO_SELECTORS = {
  message: ['[data-test-id="message-view"]'],
  body: ['[data-test-id="message-view-body-content"]', '[data-test-id="message-view-body"]', '.msg-body'],
  subject: ['[data-test-id="message-group-subject-text"]', '[data-test-id="message-subject"]'],
  header: ['[data-test-id="message-header"]'],
  from: ['[data-test-id="message-from"] [data-test-id="email-pill"]', '[data-test-id="message-from"]'],
  to: ['[data-test-id="message-to"]'],
  cc: ['[data-test-id="message-cc"]'],
  pill: '[data-test-id="email-pill"]',
  pillName: '[data-test-id="email-pill-name"], [data-test-id="email-pill-text"]',
  date: ['[data-test-id="message-date"]', 'time'],
  attachment: ['[data-test-id="attachment-name"]', '[data-test-id="attachment-item"] [title]', '[data-test-id="attachment-item"]'],
  messageIdAttributes: ['data-message-id', 'data-mid', 'data-test-mid'],
} as const;
