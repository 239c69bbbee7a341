// Outlook puts the open message's id in the address (/mail/inbox/id/AAQk…). Capture and the
// highlighter both read it, so a highlighted message is known as saved by the same id.

/** The message id in an Outlook address, decoded; null when the address has none. */
export function urlItemId(url: URL): string | null {
  const m = /\/id\/([^/?#]+)/.exec(url.pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
