// The plan editor's state and its checks. Numbers stay as typed until saving, so a half-typed
// number box is never rewritten under the parent's fingers.
import { describeAmount } from '@/lib/plan/provision/describe-provision';
import type { FrequencyPer, PlanKind, PlanTarget, Provision, SenStatus, SupportPlan } from '@/lib/model/plan';
import { fromDateInput, toDateInput } from '@/lib/ui/forms/dates';
import type { ParsedProvision } from '@/lib/ui/forms/provision-line';
import type { FieldProblem } from '@/lib/ui/forms/problems';

export const PLAN_KIND_OPTIONS: readonly { value: PlanKind; label: string; title: string }[] = [
  { value: 'sen-support', label: 'SEN Support plan', title: 'SEN Support plan' },
  { value: 'iep', label: 'IEP (individual education plan)', title: 'Individual education plan (IEP)' },
  { value: 'ehc-plan', label: 'EHC plan', title: 'EHC plan' },
];

/** The kind of plan a child with this SEN status usually has. */
export function planKindFor(status: SenStatus): PlanKind {
  return status === 'ehc-plan' ? 'ehc-plan' : 'sen-support';
}

export function defaultPlanTitle(kind: PlanKind): string {
  return PLAN_KIND_OPTIONS.find((o) => o.value === kind)?.title ?? 'Support plan';
}

export function planKindLabel(kind: PlanKind): string {
  return PLAN_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? 'Support plan';
}

/** EHC plans have outcomes (section E); SEN Support plans and IEPs have targets. */
export function targetWords(kind: PlanKind): { heading: string; one: string } {
  return kind === 'ehc-plan' ? { heading: 'Outcomes', one: 'Outcome' } : { heading: 'Targets', one: 'Target' };
}

export const PER_OPTIONS: readonly { value: FrequencyPer; label: string }[] = [
  { value: 'day', label: 'a day' },
  { value: 'week', label: 'a week' },
  { value: 'fortnight', label: 'a fortnight' },
  { value: 'half-term', label: 'each half term' },
  { value: 'term', label: 'a term' },
  { value: 'year', label: 'a year' },
];

export function isFrequencyPer(value: string): value is FrequencyPer {
  return PER_OPTIONS.some((o) => o.value === value);
}

export interface ProvisionDraft {
  id: string;
  what: string;
  who: string;
  /** As typed; '' when the plan does not say. */
  times: string;
  per: FrequencyPer;
  minutes: string;
  /** Date input values: '' or YYYY-MM-DD. */
  from: string;
  to: string;
  targetIds: string[];
}

export interface PlanDraft extends Omit<SupportPlan, 'provisions' | 'reviewOn'> {
  /** '' when not set. */
  reviewOn: string;
  provisions: ProvisionDraft[];
}

export function draftFromProvision(p: Provision): ProvisionDraft {
  return {
    id: p.id,
    what: p.what,
    who: p.who,
    times: p.frequency ? String(p.frequency.times) : '',
    per: p.frequency?.per ?? 'week',
    minutes: p.minutes === null ? '' : String(p.minutes),
    from: toDateInput(p.from),
    to: toDateInput(p.to),
    targetIds: [...p.targetIds],
  };
}

/** A number box: null when empty, NaN when it holds something that is not a number. */
function numberOrNull(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : NaN;
}

export function provisionFromDraft(d: ProvisionDraft): Provision {
  const times = numberOrNull(d.times);
  return {
    id: d.id,
    what: d.what,
    who: d.who,
    frequency: times === null ? null : { times, per: d.per },
    minutes: numberOrNull(d.minutes),
    from: fromDateInput(d.from),
    to: fromDateInput(d.to),
    targetIds: [...d.targetIds],
  };
}

/** Fills a provision in from what the line parser found, keeping whatever it did not find. */
export function applyParsed(d: ProvisionDraft, parsed: ParsedProvision): ProvisionDraft {
  return {
    ...d,
    what: parsed.what || d.what,
    who: parsed.who || d.who,
    times: parsed.times !== null ? String(parsed.times) : d.times,
    per: parsed.per ?? d.per,
    minutes: parsed.minutes !== null ? String(parsed.minutes) : d.minutes,
  };
}

/** Would "Fill in from this" change anything? */
export function parsedChanges(d: ProvisionDraft, parsed: ParsedProvision): boolean {
  if (!parsed.found.length) return false;
  const next = applyParsed(d, parsed);
  return next.what !== d.what || next.who !== d.who || next.times !== d.times || next.per !== d.per || next.minutes !== d.minutes;
}

export function draftFromPlan(plan: SupportPlan): PlanDraft {
  return {
    ...plan,
    reviewOn: toDateInput(plan.reviewOn),
    targets: plan.targets.map((t) => ({ ...t })),
    provisions: plan.provisions.map(draftFromProvision),
    revisions: [...plan.revisions],
  };
}

function isBlankProvision(d: ProvisionDraft): boolean {
  return !d.what.trim() && !d.who.trim() && !d.times.trim() && !d.minutes.trim() && !d.from && !d.to;
}

/**
 * The plan to save: rows left blank are dropped, and provisions no longer point at targets that
 * were removed or left empty.
 */
export function planFromDraft(draft: PlanDraft): SupportPlan {
  const targets: PlanTarget[] = draft.targets.filter((t) => t.text.trim());
  const kept = new Set(targets.map((t) => t.id));
  return {
    ...draft,
    startsOn: fromDateInput(draft.startsOn) ?? '',
    reviewOn: fromDateInput(draft.reviewOn),
    targets,
    provisions: draft.provisions
      .filter((d) => !isBlankProvision(d))
      .map((d) => ({ ...provisionFromDraft(d), targetIds: d.targetIds.filter((id) => kept.has(id)) })),
  };
}

export function provisionKey(id: string, field: 'what' | 'times' | 'minutes' | 'to'): string {
  return `provision:${id}:${field}`;
}

/** What stops the plan being saved, field by field, in the order the form shows them. */
export function planDraftProblems(draft: PlanDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const starts = fromDateInput(draft.startsOn);
  const review = fromDateInput(draft.reviewOn);
  if (!starts) problems.push({ key: 'startsOn', message: 'Enter the date the plan started.' });
  if (starts && review && review < starts) problems.push({ key: 'reviewOn', message: 'The review date is before the plan started.' });
  draft.provisions.forEach((d, i) => {
    if (isBlankProvision(d)) return;
    const name = d.what.trim() ? `Support ${i + 1} (${d.what.trim()})` : `Support ${i + 1}`;
    if (!d.what.trim()) problems.push({ key: provisionKey(d.id, 'what'), message: `Support ${i + 1}: say what the support is.` });
    const times = numberOrNull(d.times);
    if (times !== null && !(Number.isInteger(times) && times > 0)) {
      problems.push({ key: provisionKey(d.id, 'times'), message: `${name}: how often must be a whole number, 1 or more.` });
    }
    const minutes = numberOrNull(d.minutes);
    if (minutes !== null && !(minutes > 0)) {
      problems.push({ key: provisionKey(d.id, 'minutes'), message: `${name}: minutes must be more than zero.` });
    }
    const from = fromDateInput(d.from);
    const to = fromDateInput(d.to);
    if (from && to && to < from) problems.push({ key: provisionKey(d.id, 'to'), message: `${name}: it ends before it starts.` });
  });
  return problems;
}

/** "Target 2: Read 50 words…" for the checkbox beside a provision. */
export function targetChoiceLabel(kind: PlanKind, target: PlanTarget, index: number, max = 60): string {
  const text = target.text.trim().replace(/\s+/g, ' ');
  const head = `${targetWords(kind).one} ${index + 1}`;
  if (!text) return head;
  return `${head}: ${text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text}`;
}


/** "3 times a week, 20 minutes each, with Mrs Khan": what "Fill in from this" would put in the boxes. */
export function parsedPreview(d: ProvisionDraft, parsed: ParsedProvision): string {
  const next = provisionFromDraft(applyParsed(d, parsed));
  const parts: string[] = [];
  const amount = describeAmount(next);
  if (amount) parts.push(amount);
  if (parsed.who) parts.push(`with ${parsed.who}`);
  return parts.join(', ');
}

/** What "Fill in from this" took from the line, in words: "how often, minutes each time and who delivers it". */
export function describeFound(parsed: ParsedProvision): string {
  const parts: string[] = [];
  if (parsed.found.includes('times') || parsed.found.includes('per')) parts.push('how often');
  if (parsed.found.includes('minutes')) parts.push('minutes each time');
  if (parsed.found.includes('who')) parts.push('who delivers it');
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
