// Where Outlook on the web keeps each part of a message: data, shared by capture and the highlighter.

export const OUTLOOK_SELECTORS = {
  readingPane: ['#ReadingPaneContainerId', '[role="main"][aria-label*="Reading" i]', '[role="main"]'],
  /** Message bodies; role=document inside the UniqueMessageBody wrapper is the message's own HTML. */
  body: [
    '[id^="UniqueMessageBody"] [role="document"]',
    '[id^="UniqueMessageBody"]',
    '[aria-label="Message body" i] [role="document"]',
    '[aria-label="Message body" i]',
    '[role="main"] [role="document"]',
  ],
  subject: ['[role="heading"] span[title]', '[role="heading"][aria-level="2"]', '[role="heading"]'],
  from: ['[aria-label^="From:" i]', '[data-testid="SenderPersona"] [title*="@"]', '[data-testid="SenderPersona"]', 'button[title*="@"]'],
  to: ['[aria-label^="To:" i]', '[aria-label="To" i]', '[aria-label^="To recipients" i]', '[data-testid="RecipientWell"]'],
  cc: ['[aria-label^="Cc:" i]', '[aria-label="Cc" i]', '[aria-label^="Cc recipients" i]'],
  /** Chips that carry one recipient each. */
  personChip: '[title*="@"], [email], [data-email], [aria-label*="@"]',
  date: ['[data-testid="SentReceivedSavedTime"]', '[aria-label^="Sent" i][title]', 'time'],
  attachments: ['[role="listbox"][aria-label*="attachment" i] [role="option"]', '[aria-label*="attachment" i] [role="listitem"]', '[data-testid="AttachmentCard"]'],
  attachmentName: '[title], [data-testid="AttachmentName"]',
  /** Per-message ids, when the page puts one on the message element. */
  messageIdAttributes: ['data-itemid', 'data-item-id'],
  conversationId: ['[aria-selected="true"][data-convid]', '[data-convid]'],
} as const;
