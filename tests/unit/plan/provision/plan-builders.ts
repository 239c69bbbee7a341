import type { PlanTarget, Provision, SupportPlan } from '@/lib/model/plan';

/** A provision with every field filled: Lexia as a primary school would write it. */
export function provision(overrides: Partial<Provision> = {}): Provision {
  return {
    id: 'lexia',
    what: 'Lexia',
    who: 'Mrs Khan (TA)',
    frequency: { times: 3, per: 'week' },
    minutes: 20,
    from: '2026-09-07',
    to: '2026-12-18',
    targetIds: [],
    ...overrides,
  };
}

export function target(id: string, text: string, area: PlanTarget['area'] = null): PlanTarget {
  return { id, text, area };
}

/** Amelia's SEN Support plan for autumn 2026, with no targets or provisions unless given. */
export function plan(overrides: Partial<SupportPlan> = {}): SupportPlan {
  return {
    id: 'plan-autumn-2026',
    childId: 'amelia',
    kind: 'sen-support',
    title: 'SEN Support plan, autumn 2026',
    startsOn: '2026-09-07',
    reviewOn: '2027-03-12',
    targets: [],
    provisions: [],
    revisions: [],
    createdAt: '2026-09-10T18:00:00.000Z',
    updatedAt: '2026-09-10T18:00:00.000Z',
    ...overrides,
  };
}
