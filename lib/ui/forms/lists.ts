// Lists typed into one box: names separated by commas, addresses one per line or by commas.

/** "Millie, Mills" → ["Millie", "Mills"]: trimmed, blanks dropped, repeats (any case) dropped. */
export function splitList(text: string): string[] {
  return unique(text.split(/[,;\n]/));
}

/**
 * School email addresses or domains, one per line or separated by commas, semicolons or spaces:
 * lower-cased, a leading "@" or "mailto:" and surrounding "<>" removed, repeats dropped.
 */
export function splitSenders(text: string): string[] {
  return unique(
    text
      .split(/[\s,;]+/)
      .map((s) =>
        s
          .trim()
          .replace(/^<|>$/g, '')
          .replace(/^mailto:/i, '')
          .replace(/^@/, '')
          .toLowerCase(),
      ),
  );
}

/** Shows a list back in the box it came from. */
export function joinList(items: readonly string[], separator = ', '): string {
  return items.join(separator);
}

/**
 * Entries that look like neither an email address nor a domain ("st marys" or "school"), so the
 * form can say so; they are still saved as typed.
 */
export function oddSenders(senders: readonly string[]): string[] {
  const domain = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
  return senders.filter((s) => {
    const at = s.lastIndexOf('@');
    const host = at >= 0 ? s.slice(at + 1) : s;
    return (at >= 0 && at === 0) || !domain.test(host);
  });
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    const key = item.toLowerCase();
    if (!item || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
