// The school roles a plan gives as "who" and an email names when it says "the TA will…". Data only,
// read by staff.ts. Therapists and psychologists are in interventions.ts: naming them names the support.
import type { LexiconEntry } from '@/lib/plan/linking/lexicon-entry';

export const STAFF_ROLES: readonly LexiconEntry[] = [
  {
    id: 'teaching-assistant',
    name: 'the teaching assistant',
    phrases: ['teaching assistant', 'learning support assistant', 'support assistant', 'classroom assistant', '1:1 assistant', 'one-to-one assistant', 'higher level teaching assistant'],
    exact: ['TA', 'TAs', 'LSA', 'LSAs', 'HLTA', 'HLTAs'],
  },
  { id: 'senco', name: 'the SENCo', phrases: ['SENCo', 'SENDCo', 'SENCO', 'inclusion lead', 'inclusion manager', 'head of inclusion', 'SEN coordinator', 'SEN co-ordinator', 'SEND lead'] },
  { id: 'class-teacher', name: 'the class teacher', phrases: ['class teacher', 'form tutor', 'teacher'] },
  { id: 'pastoral', name: 'the pastoral team', phrases: ['pastoral lead', 'pastoral team', 'pastoral manager', 'pastoral support', 'head of year', 'wellbeing lead', 'family support worker', 'home-school link worker', 'parent support adviser'] },
  { id: 'key-worker', name: 'the key worker', phrases: ['key worker', 'keyworker', 'key person', 'nursery nurse'] },
];

/** Titles before a surname: Mr and Mrs are different people, Ms, Miss and Mrs are often mixed up. */
export const TITLE_GROUPS: Readonly<Record<string, 'male' | 'female' | 'any'>> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  mx: 'any',
  dr: 'any',
  prof: 'any',
};

/** Capitalised words in a "who" that are organisations or jobs, not people: "NHS Speech Therapy Team". */
export const NOT_PEOPLE: readonly string[] = [
  'team', 'service', 'services', 'trust', 'school', 'academy', 'council', 'hospital', 'centre', 'center', 'clinic',
  'unit', 'department', 'staff', 'therapist', 'therapists', 'therapy', 'teacher', 'teachers', 'assistant', 'assistants',
  'support', 'lead', 'manager', 'class', 'year', 'reception', 'nursery', 'outreach', 'specialist', 'advisory', 'local',
  'authority', 'county', 'city', 'borough', 'community', 'children', 'child', 'health', 'family', 'educational',
  'psychologist', 'psychology', 'speech', 'language', 'occupational', 'senior', 'head', 'deputy', 'headteacher',
  'mentor', 'coordinator', 'co-ordinator', 'practitioner', 'worker', 'nurse', 'the', 'and', 'with', 'from', 'for',
  'all', 'any', 'an', 'a', 'by', 'or', 'of', 'in', 'at', 'on', 'to', 'tbc', 'tba', 'various', 'adult', 'adults',
];
