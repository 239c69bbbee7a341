// The shape of the word lists the linker reads (interventions, staff roles), and how their phrases
// are found in text.

export interface LexiconEntry {
  id: string;
  /** How it is named to the parent: "speech and language therapy". */
  name: string;
  /**
   * Phrases found in any letter case as whole words. A space also matches a hyphen or a line break;
   * a hyphen may also be left out ("check-in", "checkin") but is not a space, so the verb "check in"
   * is not the noun. A plural "s" is allowed at the end ("movement break" finds "movement breaks").
   */
  phrases: readonly string[];
  /** Found only exactly as written, because in other cases they are words or names ("SaLT", "ELSA", "OT"). */
  exact?: readonly string[];
}

export interface LexiconHit<E extends LexiconEntry> {
  entry: E;
  start: number;
  end: number;
}

interface Compiled<E> {
  entry: E;
  patterns: RegExp[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseSource(phrase: string, plural: boolean): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    // Between letters only: "1-1" must not also find "11".
    .map((word) => escape(word).replace(/(?<=\p{L})-(?=\p{L})/gu, '[-‐]?'))
    .join(String.raw`[\s-]+`);
  const tail = plural && /\p{L}$/u.test(phrase) ? '(?:e?s)?' : '';
  return String.raw`(?<![\p{L}\p{N}])${body}${tail}(?![\p{L}\p{N}])`;
}

export function compileLexicon<E extends LexiconEntry>(entries: readonly E[]): Compiled<E>[] {
  return entries.map((entry) => ({
    entry,
    // An empty phrase would match nowhere and everywhere: allSpans would never move on.
    patterns: [
      ...entry.phrases.filter((p) => p.trim()).map((p) => new RegExp(phraseSource(p, true), 'giu')),
      ...(entry.exact ?? []).filter((p) => p.trim()).map((p) => new RegExp(phraseSource(p, false), 'gu')),
    ],
  }));
}

/** Every entry found in text, each once, at its first place. */
export function findEntries<E extends LexiconEntry>(compiled: readonly Compiled<E>[], text: string): LexiconHit<E>[] {
  const hits: LexiconHit<E>[] = [];
  for (const { entry, patterns } of compiled) {
    let best: LexiconHit<E> | null = null;
    for (const re of patterns) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m && (!best || m.index < best.start)) best = { entry, start: m.index, end: m.index + m[0].length };
    }
    if (best) hits.push(best);
  }
  return hits;
}

/** Every place any entry is found, for blanking them out of the text before counting shared words. */
export function allSpans<E extends LexiconEntry>(compiled: readonly Compiled<E>[], text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { patterns } of compiled) {
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}
