// The choices the child form offers, as data: year groups, SEN statuses and areas of need.
import { BROAD_AREAS, NEEDS, NEED_CODES, SEN_STATUSES } from '@/lib/plan/needs';
import type { BroadArea, NeedCode, SenStatus } from '@/lib/model/plan';

export const YEAR_GROUPS: readonly string[] = [
  'Nursery',
  'Reception',
  ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`),
  'Post-16',
];

/** The year groups to offer: the usual ones, plus whatever was saved before if it is not one of them. */
export function yearGroupOptions(current: string): string[] {
  const saved = current.trim();
  return saved && !YEAR_GROUPS.includes(saved) ? [...YEAR_GROUPS, saved] : [...YEAR_GROUPS];
}

export interface StatusOption {
  value: SenStatus;
  /** "SEN Support (K)": the census code in brackets, when there is one. */
  label: string;
  hint: string;
}

const STATUS_HINTS: Record<SenStatus, string> = {
  'sen-support': 'On the school’s SEN register, with support the school arranges.',
  'ehc-plan': 'Has an education, health and care plan from the council.',
  monitoring: 'The school is keeping an eye on things but has not put your child on the SEN register.',
};

export const STATUS_OPTIONS: readonly StatusOption[] = (['sen-support', 'ehc-plan', 'monitoring'] as const).map((value) => {
  const { name, census } = SEN_STATUSES[value];
  return { value, label: census ? `${name} (${census})` : name, hint: STATUS_HINTS[value] };
});

/** "SLCN – Speech, language and communication needs". */
export function needLabel(code: NeedCode): string {
  return `${code} – ${NEEDS[code].name}`;
}

export interface NeedGroup {
  /** The broad area's name, or "Other" for needs that sit in no one area. */
  label: string;
  options: { value: NeedCode; label: string }[];
}

/** The census needs grouped under the four broad areas of need, then the rest under "Other". */
export function needGroups(): NeedGroup[] {
  const areas = Object.keys(BROAD_AREAS) as BroadArea[];
  const groups: NeedGroup[] = areas.map((area) => ({
    label: BROAD_AREAS[area],
    options: NEED_CODES.filter((c) => NEEDS[c].area === area).map((value) => ({ value, label: needLabel(value) })),
  }));
  const other = NEED_CODES.filter((c) => NEEDS[c].area === null).map((value) => ({ value, label: needLabel(value) }));
  if (other.length) groups.push({ label: 'Other', options: other });
  return groups.filter((g) => g.options.length > 0);
}

export function isNeedCode(value: string): value is NeedCode {
  return (NEED_CODES as string[]).includes(value);
}
