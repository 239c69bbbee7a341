// What changed between two saves of a support plan, in plain English lines for the timeline.
// Cuts to support are what parents most need to notice, so those lines come first.
import type { Frequency, PlanKind, PlanTarget, Provision, SupportPlan } from '@/lib/model/plan';
import { PER_WORDS, describeFrequency, describeMinutes, provisionName } from '@/lib/plan/provision/describe-provision';
import { longDay } from '@/lib/calendar/day-words';
import { compareLoad } from '@/lib/plan/provision/yearly-load';

const PLAN_KIND_NAMES: Record<PlanKind, string> = {
  'sen-support': 'SEN Support plan',
  iep: 'IEP',
  'ehc-plan': 'EHC plan',
};

interface Change {
  line: string;
  /** Less support, or less that can be checked: shown first. */
  less: boolean;
}

function same(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Pairs the items of two versions: by id, then by text for items the editor saved with a new id,
 * so a re-created "Lexia" reads as a change rather than as removed and added.
 */
function pairUp<T extends { id: string }>(before: T[], after: T[], textOf: (t: T) => string) {
  const afterById = new Map(after.map((a) => [a.id, a]));
  const pairs: [T, T][] = [];
  const removed: T[] = [];
  const used = new Set<T>();
  for (const b of before) {
    const a = afterById.get(b.id);
    if (a) {
      pairs.push([b, a]);
      used.add(a);
    } else removed.push(b);
  }
  const stillRemoved: T[] = [];
  for (const b of removed) {
    const a = after.find((x) => !used.has(x) && same(textOf(x), textOf(b)));
    if (a) {
      pairs.push([b, a]);
      used.add(a);
    } else stillRemoved.push(b);
  }
  return { pairs, removed: stillRemoved, added: after.filter((a) => !used.has(a)) };
}

function sameFrequency(a: Frequency | null, b: Frequency | null): boolean {
  return a === b || (a !== null && b !== null && a.times === b.times && a.per === b.per);
}

function reducedOrIncreased(verdict: ReturnType<typeof compareLoad>): string {
  return verdict === 'reduced' || verdict === 'increased' ? verdict : 'changed';
}

function amountChanges(name: string, b: Provision, a: Provision): Change[] {
  const out: Change[] = [];
  const freqChanged = !sameFrequency(b.frequency, a.frequency);
  const minChanged = b.minutes !== a.minutes;
  if (!freqChanged && !minChanged) return out;

  if (b.frequency && !a.frequency) {
    out.push({ line: `${name}: no longer says how often it happens (was ${describeFrequency(b.frequency)})`, less: true });
  } else if (!b.frequency && a.frequency) {
    out.push({ line: `${name}: now happens ${describeFrequency(a.frequency)}`, less: false });
  }
  if (b.minutes !== null && a.minutes === null) {
    out.push({ line: `${name}: no longer says how long each session is (was ${describeMinutes(b.minutes)})`, less: true });
  } else if (b.minutes === null && a.minutes !== null) {
    out.push({ line: `${name}: sessions now last ${describeMinutes(a.minutes)}`, less: false });
  }

  const fb = b.frequency;
  const fa = a.frequency;
  const bothFreq = fb !== null && fa !== null && freqChanged;
  const bothMin = b.minutes !== null && a.minutes !== null && minChanged;
  if (bothFreq && bothMin) {
    const verdict = compareLoad(b, a);
    const before = `${describeFrequency(fb)}, ${describeMinutes(b.minutes!)} each`;
    const after = `${describeFrequency(fa)}, ${describeMinutes(a.minutes!)} each`;
    // A total is only honest when both count over the same stretch of time.
    const total =
      fb.per === fa.per ? ` (from ${fb.times * b.minutes!} to ${fa.times * a.minutes!} minutes ${PER_WORDS[fa.per]} in all)` : '';
    out.push({ line: `${name}: ${reducedOrIncreased(verdict)} from ${before}, to ${after}${total}`, less: verdict === 'reduced' });
  } else if (bothFreq) {
    // Same minutes each (or none on both sides), so the sessions alone decide.
    const verdict = compareLoad({ frequency: fb, minutes: null }, { frequency: fa, minutes: null });
    out.push({
      line: `${name}: frequency ${reducedOrIncreased(verdict)} from ${describeFrequency(fb)} to ${describeFrequency(fa)}`,
      less: verdict === 'reduced',
    });
  } else if (bothMin) {
    const verdict = a.minutes! < b.minutes! ? 'reduced' : 'increased';
    out.push({ line: `${name}: sessions ${verdict} from ${b.minutes} to ${describeMinutes(a.minutes!)}`, less: verdict === 'reduced' });
  }
  return out;
}

function whoChanges(name: string, b: Provision, a: Provision): Change[] {
  const was = b.who.trim();
  const now = a.who.trim();
  if (same(was, now)) return [];
  if (was && now) return [{ line: `${was} replaced by ${now} for ${name}`, less: false }];
  if (was) return [{ line: `${name}: no longer says who delivers it (was ${was})`, less: true }];
  return [{ line: `${name}: now delivered by ${now}`, less: false }];
}

function dateChanges(name: string, b: Provision, a: Provision): Change[] {
  const out: Change[] = [];
  if (b.from !== a.from) {
    if (b.from && a.from) {
      const later = a.from > b.from;
      out.push({
        line: `${name}: now starts ${later ? 'later' : 'earlier'}, on ${longDay(a.from)} instead of ${longDay(b.from)}`,
        less: later,
      });
    } else if (a.from) out.push({ line: `${name}: now starts on ${longDay(a.from)}`, less: false });
    else if (b.from) out.push({ line: `${name}: start date removed (was ${longDay(b.from)})`, less: false });
  }
  if (b.to !== a.to) {
    if (b.to && a.to) {
      const earlier = a.to < b.to;
      out.push({
        line: `${name}: now ends ${earlier ? 'earlier' : 'later'}, on ${longDay(a.to)} instead of ${longDay(b.to)}`,
        less: earlier,
      });
    } else if (a.to) out.push({ line: `${name}: now ends on ${longDay(a.to)}`, less: true });
    else if (b.to) out.push({ line: `${name}: end date removed (was ${longDay(b.to)})`, less: false });
  }
  return out;
}

function targetLinkChanges(name: string, b: Provision, a: Provision, before: SupportPlan, after: SupportPlan): Change[] {
  const out: Change[] = [];
  // Only targets in both versions: a removed or added target already has its own line.
  const inBoth = (id: string) => before.targets.some((t) => t.id === id) && after.targets.some((t) => t.id === id);
  const text = (id: string) => after.targets.find((t) => t.id === id)?.text.trim() ?? '';
  for (const id of a.targetIds) {
    if (!b.targetIds.includes(id) && inBoth(id)) out.push({ line: `${name}: now works towards “${text(id)}”`, less: false });
  }
  for (const id of b.targetIds) {
    if (!a.targetIds.includes(id) && inBoth(id)) out.push({ line: `${name}: no longer works towards “${text(id)}”`, less: true });
  }
  return out;
}

function provisionChanges(before: SupportPlan, after: SupportPlan): Change[] {
  const out: Change[] = [];
  const { pairs, removed, added } = pairUp(before.provisions, after.provisions, (p) => p.what);
  for (const p of removed) out.push({ line: `Removed provision: ${provisionName(p)}`, less: true });
  for (const [b, a] of pairs) {
    const name = provisionName(a);
    if (!same(b.what, a.what)) out.push({ line: `Provision renamed from ${provisionName(b)} to ${name}`, less: false });
    out.push(...amountChanges(name, b, a), ...whoChanges(name, b, a), ...dateChanges(name, b, a));
    out.push(...targetLinkChanges(name, b, a, before, after));
  }
  for (const p of added) out.push({ line: `Added provision: ${provisionName(p)}`, less: false });
  return out;
}

function targetText(t: PlanTarget): string {
  return t.text.trim().replace(/\s+/g, ' ') || 'Unnamed target';
}

function targetChanges(before: SupportPlan, after: SupportPlan): Change[] {
  const out: Change[] = [];
  const { pairs, removed, added } = pairUp(before.targets, after.targets, (t) => t.text);
  for (const t of removed) out.push({ line: `Removed target: ${targetText(t)}`, less: false });
  for (const [b, a] of pairs) {
    if (!same(b.text, a.text)) out.push({ line: `Target changed from “${targetText(b)}” to “${targetText(a)}”`, less: false });
  }
  for (const t of added) out.push({ line: `Added target: ${targetText(t)}`, less: false });
  return out;
}

function planChanges(before: SupportPlan, after: SupportPlan): Change[] {
  const out: Change[] = [];
  if (before.kind !== after.kind) {
    out.push({ line: `Plan type changed from ${PLAN_KIND_NAMES[before.kind]} to ${PLAN_KIND_NAMES[after.kind]}`, less: false });
  }
  if (!same(before.title, after.title) && before.title.trim() && after.title.trim()) {
    out.push({ line: `Plan renamed from “${before.title.trim()}” to “${after.title.trim()}”`, less: false });
  }
  if (before.startsOn !== after.startsOn) {
    out.push({ line: `Start date changed from ${longDay(before.startsOn)} to ${longDay(after.startsOn)}`, less: false });
  }
  if (before.reviewOn !== after.reviewOn) {
    if (before.reviewOn && after.reviewOn) {
      out.push({ line: `Review date changed from ${longDay(before.reviewOn)} to ${longDay(after.reviewOn)}`, less: false });
    } else if (after.reviewOn) out.push({ line: `Review date set: ${longDay(after.reviewOn)}`, less: false });
    else if (before.reviewOn) out.push({ line: `Review date removed (was ${longDay(before.reviewOn)})`, less: true });
  }
  return out;
}

/** Plain English lines for one revision, less support first: "Lexia: frequency reduced from 3 times a week to once a week". */
export function summarisePlanChanges(before: SupportPlan, after: SupportPlan): string[] {
  const changes = [...planChanges(before, after), ...provisionChanges(before, after), ...targetChanges(before, after)];
  return [...changes.filter((c) => c.less), ...changes.filter((c) => !c.less)].map((c) => c.line);
}
