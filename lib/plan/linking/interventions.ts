// Support that English schools and health services give children with SEN, under the names and
// abbreviations staff use in emails. Data only, read by suggest-links.ts. An email and a plan item
// that name the same one are very likely about the same thing.
//
// To add one: give it an id, the name a parent would recognise, the phrases (any letter case) and
// the abbreviations that only count as written. Mark it `general` when it is a kind of support
// rather than a named programme ("small group"): several provisions may share it, so it counts less.

import type { LexiconEntry } from '@/lib/plan/linking/lexicon-entry';

export interface Intervention extends LexiconEntry {
  general?: boolean;
}

export const INTERVENTIONS: readonly Intervention[] = [
  // ── reading, spelling and phonics ─────────────────────────────────────────
  { id: 'lexia', name: 'Lexia', phrases: ['Lexia', 'Lexia Core5', 'Lexia PowerUp'] },
  { id: 'read-write-inc', name: 'Read Write Inc', phrases: ['Read Write Inc', 'Read, Write, Inc', 'Read Write Inc.', 'RWI Fresh Start'], exact: ['RWI', 'RWInc'] },
  { id: 'little-wandle', name: 'Little Wandle', phrases: ['Little Wandle', 'Keep-up session', 'keep up session'] },
  { id: 'precision-teaching', name: 'Precision Teaching', phrases: ['precision teaching', 'precision teach'] },
  { id: 'nessy', name: 'Nessy', phrases: ['Nessy', 'Nessy Reading and Spelling'] },
  { id: 'toe-by-toe', name: 'Toe by Toe', phrases: ['Toe by Toe', 'Toe-by-Toe'] },
  { id: 'stareway', name: 'Stareway to Spelling', phrases: ['Stareway to Spelling'] },
  { id: 'word-wasp', name: 'Word Wasp', phrases: ['Word Wasp', 'Hornet Literacy Primer'] },
  { id: 'units-of-sound', name: 'Units of Sound', phrases: ['Units of Sound'] },
  { id: 'reading-recovery', name: 'Reading Recovery', phrases: ['reading recovery'] },
  { id: 'better-reading', name: 'Better Reading Partnership', phrases: ['Better Reading Partnership'], exact: ['BRP'] },
  { id: 'catch-up-literacy', name: 'Catch Up Literacy', phrases: ['Catch Up Literacy'] },
  { id: 'fft-wave-3', name: 'FFT Wave 3', phrases: ['FFT Wave 3', 'FFT Lightning Squad', 'Lightning Squad'] },
  { id: 'beat-dyslexia', name: 'Beat Dyslexia', phrases: ['Beat Dyslexia'] },
  { id: 'dancing-bears', name: 'Dancing Bears', phrases: ['Dancing Bears'] },
  { id: 'rapid-reading', name: 'Rapid Reading', phrases: ['Rapid Reading', 'Rapid Phonics'] },
  { id: 'phonics', name: 'phonics', phrases: ['phonics', 'phonics intervention', 'phonics group', 'phonics catch-up', 'phonic'], general: true },
  { id: 'reading-support', name: 'reading support', phrases: ['reading intervention', 'paired reading', 'reading buddy', 'reading buddies', 'daily reader', 'daily readers', '1:1 reading', 'one-to-one reading'], general: true },
  { id: 'handwriting', name: 'handwriting', phrases: ['handwriting', 'handwriting group', 'Write from the Start', 'Speed Up!', 'letter formation', 'pencil grip'], general: true },
  { id: 'overlays', name: 'coloured overlays', phrases: ['coloured overlay', 'colored overlay', 'overlay', 'reading ruler', 'tinted paper'] },

  // ── maths ─────────────────────────────────────────────────────────────────
  { id: 'numicon', name: 'Numicon', phrases: ['Numicon'] },
  { id: 'plus-1', name: 'Plus 1', phrases: [], exact: ['Plus 1', 'Plus One', 'Plus1'] },
  { id: 'power-of-2', name: 'Power of 2', phrases: [], exact: ['Power of 2', 'Power of Two'] },
  { id: 'catch-up-numeracy', name: 'Catch Up Numeracy', phrases: ['Catch Up Numeracy'] },
  { id: 'numbers-count', name: 'Numbers Count', phrases: ['Numbers Count', 'Every Child Counts'] },
  { id: 'success-arithmetic', name: 'Success@Arithmetic', phrases: ['Success@Arithmetic', 'Success at Arithmetic'] },
  { id: 'maths-recovery', name: 'Maths Recovery', phrases: ['Maths Recovery', 'Math Recovery'] },
  { id: 'maths-support', name: 'maths intervention', phrases: ['maths intervention', 'maths group', 'maths booster', 'number group', 'times tables intervention'], general: true },

  // ── speech, language and communication ─────────────────────────────────────
  {
    id: 'salt',
    name: 'speech and language therapy',
    phrases: ['speech and language therapy', 'speech and language therapist', 'speech & language therapy', 'speech & language therapist', 'speech and language', 'speech therapy', 'speech therapist', 'speech and language service', 'SALT therapist'],
    exact: ['SaLT', 'SALT', 'SLT therapist', 'S&L', 'S&LT', 'SLTs'],
  },
  { id: 'talk-boost', name: 'Talk Boost', phrases: ['Talk Boost'] },
  { id: 'neli', name: 'NELI', phrases: ['Nuffield Early Language Intervention'], exact: ['NELI'] },
  { id: 'time-to-talk', name: 'Time to Talk', phrases: ['Time to Talk', 'talk group', 'Talking Partners'] },
  { id: 'colourful-semantics', name: 'Colourful Semantics', phrases: ['Colourful Semantics', 'Colorful Semantics'] },
  { id: 'language-for-thinking', name: 'Language for Thinking', phrases: ['Language for Thinking', 'Blank level', "Blank's level", 'Blank levels', 'Blanks levels'] },
  { id: 'attention-autism', name: 'Attention Autism', phrases: ['Attention Autism', 'bucket time', 'attention bucket'] },
  { id: 'wellcomm', name: 'WellComm', phrases: ['WellComm'] },
  { id: 'narrative', name: 'narrative therapy', phrases: ['narrative therapy', 'narrative group', 'Story Grammar'] },
  { id: 'makaton', name: 'Makaton', phrases: ['Makaton'] },
  { id: 'pecs', name: 'PECS', phrases: ['Picture Exchange Communication System', 'picture exchange'], exact: ['PECS'] },
  { id: 'intensive-interaction', name: 'Intensive Interaction', phrases: ['Intensive Interaction'] },
  { id: 'social-stories', name: 'social stories', phrases: ['social story', 'social stories', 'comic strip conversation', 'comic strip conversations'] },
  { id: 'now-and-next', name: 'now and next board', phrases: ['now and next', 'now/next', 'now & next', 'first/then', 'now-next'] },
  { id: 'visual-timetable', name: 'visual timetable', phrases: ['visual timetable', 'visual schedule', 'visual support', 'visual supports', 'visual prompt', 'visual cue'] },
  { id: 'lego-therapy', name: 'Lego therapy', phrases: ['Lego therapy', 'Lego-based therapy', 'Lego based therapy', 'Lego club', 'Lego group'] },
  { id: 'social-skills', name: 'social skills group', phrases: ['social skills group', 'social skills', 'social communication group', 'Socially Speaking', 'friendship group', 'Circle of Friends', 'lunch club', 'lunchtime club'], general: true },
  { id: 'teacch', name: 'TEACCH', phrases: ['workstation', 'work station', 'structured teaching'], exact: ['TEACCH'] },

  // ── social, emotional and mental health ───────────────────────────────────
  { id: 'elsa', name: 'ELSA', phrases: ['emotional literacy support', 'emotional literacy support assistant', 'emotional literacy'], exact: ['ELSA', 'ELSAs'] },
  { id: 'zones-of-regulation', name: 'Zones of Regulation', phrases: ['Zones of Regulation', 'zones check-in', 'zones of reg'], exact: ['Zones', 'ZoR'] },
  { id: 'drawing-and-talking', name: 'Drawing and Talking', phrases: ['Drawing and Talking'] },
  { id: 'thrive', name: 'Thrive', phrases: ['Thrive approach', 'Thrive practitioner', 'Thrive session'], exact: ['Thrive'] },
  { id: 'nurture', name: 'nurture group', phrases: ['nurture group', 'nurture room', 'nurture provision', 'the nest'] },
  { id: 'pastoral-check-in', name: 'pastoral check-in', phrases: ['pastoral check-in', 'check-in', 'meet and greet', 'soft start', 'key adult', 'daily check in'], general: true },
  { id: 'counselling', name: 'counselling', phrases: ['counselling', 'counseling', 'school counsellor', 'play therapy', 'art therapy', 'music therapy', 'drama therapy'] },
  { id: 'mental-health-team', name: 'mental health support team', phrases: ['mental health support team', 'child and adolescent mental health', 'mental health practitioner'], exact: ['CAMHS', 'MHST'] },
  { id: 'calm-space', name: 'calm space', phrases: ['calm space', 'calm corner', 'calm box', 'safe space', 'quiet space', 'time out card', 'time-out card', 'exit card', 'exit pass', 'calm-down strategy', 'calm down strategy'] },
  { id: 'mentoring', name: 'mentoring', phrases: ['mentoring', 'mentor session', 'learning mentor'], general: true },

  // ── sensory and physical ──────────────────────────────────────────────────
  { id: 'sensory-circuits', name: 'Sensory circuits', phrases: ['sensory circuit', 'sensory circuits'] },
  { id: 'movement-breaks', name: 'movement breaks', phrases: ['movement break', 'movement breaks', 'brain break', 'sensory break', 'motor break', 'heavy work', 'wobble cushion', 'move and sit'] },
  { id: 'sensory-diet', name: 'sensory diet', phrases: ['sensory diet', 'sensory room', 'ear defenders', 'fidget', 'fidget toy', 'weighted blanket', 'weighted lap pad'] },
  { id: 'fine-motor', name: 'Fine motor group', phrases: ['fine motor', 'fine-motor group', 'fine motor skills', 'Funky Fingers', 'dough disco', 'Clever Fingers', 'theraputty'] },
  { id: 'gross-motor', name: 'gross motor group', phrases: ['gross motor', 'Jump Ahead', 'BEAM programme', 'motor skills group'] },
  { id: 'ot', name: 'occupational therapy', phrases: ['occupational therapy', 'occupational therapist', 'OT programme'], exact: ['OT', 'OTs'] },
  { id: 'physio', name: 'physiotherapy', phrases: ['physiotherapy', 'physiotherapist', 'physio'] },
  { id: 'writing-slope', name: 'writing slope', phrases: ['writing slope', 'sloping board', 'pencil grips', 'laptop for writing'] },

  // ── people and kinds of support ───────────────────────────────────────────
  { id: 'ep', name: 'educational psychologist', phrases: ['educational psychologist', 'educational psychology', 'ed psych', 'EP assessment', 'EP report', 'EP visit'], exact: ['EP', 'EPS'] },
  { id: 'one-to-one', name: 'one-to-one support', phrases: ['1:1', 'one-to-one', 'one to one', '1-1', '1 to 1', 'individual support'], general: true },
  { id: 'small-group', name: 'small group work', phrases: ['small group', 'small-group work', 'small group work', 'intervention group'], general: true },
  { id: 'pre-teaching', name: 'pre-teaching', phrases: ['pre-teaching', 'pre-teach', 'pre teaching', 'overlearning', 'over-learning'], general: true },
  { id: 'scribe', name: 'scribe or reader', phrases: ['scribe', 'reader for tests', 'extra time', 'access arrangements'], general: true },
];
