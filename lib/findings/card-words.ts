// What the card beside a mark says: a short title, why it matters and what to ask, in plain
// English. Built from the same labels as the side panel (lib/findings/words.ts) so the two agree.
import type { CommitmentFinding, ConcernFinding, DateFinding, VagueFinding } from '@/lib/analysis/types';
import { dayRange } from '@/lib/calendar/day-words';
import { isIsoDay } from '@/lib/calendar/day';
import { formatDay } from '@/lib/calendar/format-day';
import { actorLabel, CONCERN_LABELS, KIND_NAMES, VAGUE_LABELS } from '@/lib/findings/words';

export interface FindingWords {
  title: string;
  why: string;
  ask: string | null;
}

export function vagueWords(f: VagueFinding): FindingWords {
  const label = VAGUE_LABELS[f.category] ?? 'unclear';
  return { title: `${KIND_NAMES.vague}: ${label.toLowerCase()}`, why: f.why, ask: f.ask };
}

/** "Promise by Mrs Patel, due Friday 15 May 2026", "Promise by the school, no date given". */
export function commitmentWords(f: CommitmentFinding): FindingWords {
  const actor = actorLabel(f.actor);
  const by = actor === 'Not said' ? '' : ` by ${actor === 'The school' ? 'the school' : actor}`;
  const due = formatDay(f.due);
  const title = `${KIND_NAMES.commitment}${by}, ${due ? `due ${due}` : 'no date given'}`;
  if (f.hedged) {
    return {
      title,
      why: 'This is a promise, but a hedged one (“we will try”, “hopefully”), so it may not happen. Ask them to confirm it, then note when it is due and check it happened.',
      ask: due ? 'Can you confirm this will definitely happen by then?' : 'Can you confirm this will definitely happen, and by when?',
    };
  }
  if (f.conditional) {
    return {
      title,
      why: 'This is a promise only if something else happens first. Note what it depends on, and check whether it happened.',
      ask: 'How will you decide whether this is needed, and how will I know?',
    };
  }
  if (!due) {
    return {
      title,
      why: 'This is a promise you can hold them to. It gives no date, so ask when it will happen, then check it did.',
      ask: 'When will this be done?',
    };
  }
  return { title, why: 'This is a promise you can hold them to. Note when it is due and check it happened.', ask: null };
}

const TERM_WORDS = /\b(term|half[\s-]?term|holidays?|inset)\b/i;

/** What day the words resolve to: "“by Friday” is Friday 15 May 2026." */
export function dateWords(f: DateFinding, hasCalendar: boolean): FindingWords {
  if (f.conflict) {
    return { title: `${KIND_NAMES.date}: check this day`, why: f.conflict, ask: 'Could you confirm which day you mean?' };
  }
  const quoted = `“${f.text.trim()}”`;
  if (f.date && isIsoDay(f.date)) {
    const until = f.until && isIsoDay(f.until) && f.until !== f.date ? f.until : null;
    return {
      title: `${KIND_NAMES.date}: ${formatDay(f.date)}`,
      why: until ? `${quoted} means ${dayRange(f.date, until)}.` : `${quoted} is ${formatDay(f.date)}.`,
      ask: null,
    };
  }
  if (f.until && isIsoDay(f.until)) {
    return { title: `${KIND_NAMES.date}: by ${formatDay(f.until)}`, why: `${quoted} runs until ${formatDay(f.until)} at the latest.`, ask: null };
  }
  const why =
    !hasCalendar && TERM_WORDS.test(f.text)
      ? `${quoted} depends on the school’s term dates. Choose your child’s school calendar in On Record to see which day it is.`
      : `${quoted} does not name a single day.`;
  return { title: `${KIND_NAMES.date}: no single day`, why, ask: null };
}

export function concernWords(f: ConcernFinding): FindingWords {
  return { title: `${KIND_NAMES.concern}: ${CONCERN_LABELS[f.type] ?? 'see why'}`, why: f.explanation, ask: null };
}
