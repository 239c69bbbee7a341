// What each kind of event the parent records is called, with a one-line hint, as data. Shared by
// the event form and the timeline.
import type { ChildEventKind } from '@/lib/model/plan';

export const EVENT_KINDS: Record<ChildEventKind, { label: string; hint: string; startsClock: boolean }> = {
  review: { label: 'Plan review meeting', hint: 'A review of the SEN Support plan or IEP with the school.', startsClock: false },
  meeting: { label: 'Meeting', hint: 'Any other meeting about your child’s support.', startsClock: false },
  'assessment-requested': {
    label: 'We asked the council for an EHC needs assessment',
    hint: 'The day the council received the request. The council must decide within 6 weeks.',
    startsClock: true,
  },
  'assessment-agreed': { label: 'The council agreed to assess', hint: 'The date on the council’s letter. The final plan is due within 20 weeks of the request.', startsClock: false },
  'assessment-refused': { label: 'The council refused to assess', hint: 'You can appeal within 2 months of the letter.', startsClock: true },
  'no-plan-notice': { label: 'Notice that no EHC plan will be issued', hint: 'The council decided not to issue a plan after assessing.', startsClock: true },
  'draft-plan-served': { label: 'Draft EHC plan received', hint: 'You have 15 days to comment and name a school.', startsClock: true },
  'comments-sent': { label: 'We sent our comments on the draft plan', hint: 'Stops the 15-day countdown.', startsClock: false },
  'final-plan-issued': { label: 'Final EHC plan issued', hint: 'The first annual review is due within 12 months; you can appeal its contents within 2 months.', startsClock: true },
  'annual-review': { label: 'EHC plan annual review meeting', hint: 'The next one is due within 12 months.', startsClock: true },
  'decision-letter': { label: 'Decision letter we could appeal', hint: 'You have 2 months to appeal to the tribunal.', startsClock: true },
  'mediation-certificate': { label: 'Mediation certificate', hint: 'You can appeal within 1 month of it, if that is later.', startsClock: true },
  'appeal-lodged': { label: 'We sent our appeal to the tribunal', hint: 'Stops the appeal countdown.', startsClock: false },
};

export const EVENT_KIND_ORDER = Object.keys(EVENT_KINDS) as ChildEventKind[];
