// School census type-of-need codes and the broad areas of the SEND Code of Practice, as data.
import type { BroadArea, NeedCode, SenStatus } from '@/lib/model/plan';

export const NEEDS: Record<NeedCode, { name: string; area: BroadArea | null }> = {
  SLCN: { name: 'Speech, language and communication needs', area: 'communication-interaction' },
  ASD: { name: 'Autistic spectrum disorder', area: 'communication-interaction' },
  SPLD: { name: 'Specific learning difficulty (such as dyslexia)', area: 'cognition-learning' },
  MLD: { name: 'Moderate learning difficulty', area: 'cognition-learning' },
  SLD: { name: 'Severe learning difficulty', area: 'cognition-learning' },
  PMLD: { name: 'Profound and multiple learning difficulty', area: 'cognition-learning' },
  SEMH: { name: 'Social, emotional and mental health', area: 'semh' },
  HI: { name: 'Hearing impairment', area: 'sensory-physical' },
  VI: { name: 'Vision impairment', area: 'sensory-physical' },
  MSI: { name: 'Multi-sensory impairment', area: 'sensory-physical' },
  PD: { name: 'Physical disability', area: 'sensory-physical' },
  OTH: { name: 'Other difficulty or disability', area: null },
  NSA: { name: 'SEN support but no specialist assessment of type of need', area: null },
};

export const NEED_CODES = Object.keys(NEEDS) as NeedCode[];

export const BROAD_AREAS: Record<BroadArea, string> = {
  'communication-interaction': 'Communication and interaction',
  'cognition-learning': 'Cognition and learning',
  semh: 'Social, emotional and mental health',
  'sensory-physical': 'Sensory and/or physical',
};

export const SEN_STATUSES: Record<SenStatus, { name: string; census: string | null }> = {
  monitoring: { name: 'Monitoring (not on the SEN register)', census: null },
  'sen-support': { name: 'SEN Support', census: 'K' },
  'ehc-plan': { name: 'EHC plan', census: 'E' },
};
