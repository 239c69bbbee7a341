// Where Gmail keeps each piece of an open conversation. Attribute selectors first; Gmail's
// generated class names (.gD, .g3, .a3s, …) only as fallbacks. Every list is tried in order.
export const GMAIL_SELECTORS = {
  main: ['[role="main"]'],
  /** One element per message of the conversation, expanded or collapsed. */
  message: ['[data-legacy-message-id]', '[data-message-id]', 'div.adn'],
  /** The message body: only expanded messages have one. */
  body: ['div.a3s', 'div.ii.gt > div', 'div.ii.gt'],
  subject: ['h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]', 'h2.hP', '[role="main"] h2'],
  /** Sender chip (Gmail puts email and name attributes on it). */
  from: ['[email][name]:not(.g2)', 'span.gD[email]', '.gD'],
  /** Chips that are recipients, never the sender. */
  recipientArea: '.hb, table.ajC, .ajB',
  /** Header "to me, Mr Hughes" chips: every recipient, To and Cc alike. */
  recipients: ['.hb [email]', 'span.g2[email]'],
  /** The expanded-details table ("from: / to: / cc: / date:"), when the user opened it. */
  detailsRow: ['table.ajC tr', '.ajB tr'],
  detailsPerson: '[email]',
  date: ['span.g3[title]', '.gE span[title][alt]', '.gE [title]', 'span.g3'],
  /** Attachment chips below the body. */
  attachmentDownloadUrl: '[download_url]',
  attachmentLabel: '[aria-label^="Download attachment" i]',
  attachmentName: ['.aQH [role="listitem"] span.aV3', '.aQH span.aV3', 'span.aV3', '.aQH [role="listitem"]'],
  /** Gmail controls drawn inside the body (image hover toolbar, "Show trimmed content"). */
  bodyChrome: ['.a6S', '.ajR', '.yj6qo', '[data-tooltip="Show trimmed content"]', '[role="button"]', '[role="tooltip"]'],
} as const;
