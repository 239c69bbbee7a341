import type { AnalysisContext } from '@/lib/analysis/context';
import type { Sentence } from '@/lib/analysis/text/sentences';
import type { CommitmentFinding, DateFinding } from '@/lib/analysis/types';
import { datesWithin, pickDueDate } from '@/lib/analysis/commitments/due';
import {
  CONDITION_CUES,
  EVENT_VERBS,
  FUTURE_TIME,
  HEDGE_CUES,
  ROLE_NOUNS,
  SCHOOL_NOUNS,
  ACTING_HEADS,
  ACTING_VERBS,
  NEAR_TIME,
  PRESENT_ING,
  PREDICTION_VERBS,
  PROVISION_VERBS,
  SCHOOL_NOTICE_VERBS,
  STAFF_ACTION_VERBS,
  TRIGGERS_ACTION,
} from '@/lib/analysis/commitments/lexicon';
import { findPeople, type People } from '@/lib/analysis/commitments/people';
import { readPredicate, type Predicate } from '@/lib/analysis/commitments/predicate';
import { findSubject, titledName, type Subject } from '@/lib/analysis/commitments/subject';
import { bare, isCapitalised, isPossessive, tokenize, type Token } from '@/lib/analysis/commitments/tokens';
import { isCommonNoun } from '@/lib/analysis/commitments/names';
import { receivingPromise } from '@/lib/analysis/commitments/receiver';
import { aboutSen, closureLogistics, promisesContact, isGeneralNotice, toEveryFamily } from '@/lib/analysis/commitments/scope';
import { joinWrapped } from '@/lib/analysis/commitments/wrapped';

// Future markers (guidelines §2): will, shall, 'll, going to, has agreed to, has been booked for,
// "are planning to", and "is -ing" (kept only with a future time in the clause). Hopes ("we are
// hoping to…", "we are aiming for…") are vague wording only, not markers (revised guidelines).
const MARKER =
  /\b(?:will|shall)\b|['’]ll\b|\b(?:am|is|are|['’]m|['’]re|['’]s)(?:\s+(?:also|still|now|then|definitely|just))?\s+going\s+to\b|\b(?:has|have)\s+(?:also\s+|kindly\s+|already\s+)?agreed\s+to\b|\b(?:has|have)\s+been\s+(?:booked|arranged|scheduled)\s+(?:for|on)\b|\b(?:is|are)\s+(?:booked|scheduled|arranged|planned)\s+(?:for|to)\b|\b(?:am|is|are|['’]m|['’]re)(?:\s+(?:also|still|now|then))?\s+(?:planning|intending)\s+(?:to|for)\b|\b(?:intend|plan)\s+to\b|\b(?:am|is|are|['’]m|['’]re|['’]s)\s+(?:[a-z]+ing)\b/gi;

/** Contact with the reader straight after the marker: "be in touch", "get in touch", "contact you", "call you". */
const STAFF_CONTACT = /^\s*(?:(?:also|then|now|soon)\s+)?(?:(?:be|get)\s+in\s+touch\b|(?:contact|call|ring|phone|email)\s+you\b)/i;

/** "ask you to contribute your views": consulting the parent. */
const CONSULTING = /\b(?:views?|wishes|feelings|opinions?|thoughts)\b/i;
/** "need to know", "need to see", "need to be told": a requirement of the parent, not an action. */
const NEED_FROM_PARENT = /^\s*(?:\w+\s+)?need\s+to\s+(?:know|have|see|receive|hear|be\s+(?:told|informed|notified|sent|given))\b/i;

/** A title is never the child's possessive ("Mrs Bell's room" is the teacher's). */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/;

/** How far back a group of staff may be for a later unexplained "they" to stand for it. */
const GROUP_REACH = 1200;

/** "Your child's teacher, the SENCo and …", "the class teachers": more than one person, as "they" is. */
function isStaffGroup(actor: string): boolean {
  const words = actor.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  return words.includes('and') || words.includes('or') || (/s$/.test(last) && ROLE_NOUNS.has(last) && !SCHOOL_NOUNS.has(last));
}

/** "…contact Tracy at school and she…": a person the parent is asked to contact, then "and" and the pronoun. */
const CONTACTED_BEFORE = /\b(?:contact|ask|speak\s+to|talk\s+to|call|ring|email|e-mail)\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z'’-]+)\b[^.!?]{0,60}?,?\s+and\s+$/;

/** A colon and a list item's bullet straight after a marker that opens a list. */
const LIST_AFTER_MARKER = /^\s*:\s*\n\s*[-•*–]\s*/;

/** Pupils with a post-modifier in the longer window: worth the longer look back for the subject. */
const PUPILS_POST_MODIFIED = /\b(?:children|pupils|students)\s+(?:who|that|with|on|in|identified|needing|having|receiving|requiring|attending|accessing)\b/i;

/**
 * A hope, belief or possibility whose complement holds the marker: "we hope (that) the group will…",
 * "I think we will be keeping…", "It may be that the child will be placed…" (vague wording, not a promise).
 */
const HOPE_BEFORE =
  /\b(?:(?:hop(?:e|es|ed|ing|eful)|wish(?:es|ing)?|(?:I|we)\s+(?:think|expect|imagine|suspect|anticipate|believe|predict|doubt|guess)|(?:is|it's|it’s)\s+(?:possible|likely|unlikely))\s+(?:that\s+)?|(?:may|might|could)\s+(?:well\s+)?be\s+that\s+)$/i;

/** How far either side of a marker the rules read: keeps every email linear in its length. */
const LOOK_BACK = 140;
const SHORT_LOOK_BACK = 50;
const LOOK_AHEAD = 260;
/** How far a promise that opens a bulleted list may run over its items. */
const LIST_LOOK_AHEAD = 600;
/** How far from its clause a sentence's date may lie and still fix the due day. */
const DUE_WINDOW = 300;

/** Where the clause holding a promise ends, from the end of its marker. */
const CLAUSE_END = /[;?!]|:(?!\d)|(?<!\d):|\s[–—-]\s|,\s+(?:and|but|so|which|who|although|though|because|as|while|whereas|using|before|when|unless|depending|if|where|just|although|meaning|after\s+which)\b|\s+(?:so\s+that|so|but)\s|\.(?=\s|$)/g;

interface Candidate {
  start: number;
  end: number;
  markerStart: number;
  subject: Subject;
  actor: string;
  hedged: boolean;
  conditional: boolean;
  /** Found by an "is -ing" marker. */
  ing?: boolean;
}

export function detectCommitments(ctx: AnalysisContext, dates: DateFinding[]): CommitmentFinding[] {
  const people = findPeople(ctx);
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const out: CommitmentFinding[] = [];
  const notice = isGeneralNotice(ctx);
  const everyFamily = toEveryFamily(ctx);
  // The last group of staff that promised something ("Your child's teacher and the SENCo will meet you…"):
  // what a later unexplained "They will describe…" stands for.
  let lastGroup: { actor: string; end: number } | null = null;
  const sentences = joinWrapped(ctx.body, ctx.sentences);
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    // The two sentences before: where a he/she may find the member of staff it stands for.
    const contextStart = sentences[Math.max(0, si - 2)]!.start;
    const prevStart = sentences[Math.max(0, si - 1)]!.start;
    // A notice to every family may still promise each reader to be in touch about their own child.
    const toReader = notice && promisesContact(sentence.text);
    if (notice && !toReader && !aboutSen(sentence.text)) continue;
    // Contact promised to "you" survives; "in touch with parents and carers" in a letter to all is logistics.
    if (everyFamily && !(toReader && /\byou\b/i.test(sentence.text)) && closureLogistics(sentence.text)) continue;
    const found = inSentence(ctx, sentence, people, contextStart, prevStart);
    for (let k = 0; k < found.length; k++) {
      const c = found[k]!;
      // A whole-school notice's logistics are not promises, unless the clause itself is about SEN or contact.
      if (notice && !aboutSen(ctx.body.slice(c.start, c.end)) && !(toReader && promisesContact(ctx.body.slice(c.start, c.end)))) continue;
      // Only dates and neighbouring promises near the clause: a run-on "sentence" stays linear.
      const from = Math.max(sentence.start, c.start - DUE_WINDOW);
      const to = Math.min(sentence.end, c.end + DUE_WINDOW);
      const near = datesWithin(sorted, from, to);
      const others: Candidate[] = [];
      for (let j = k - 1; j >= 0 && found[j]!.end > from; j--) others.push(found[j]!);
      for (let j = k + 1; j < found.length && found[j]!.start < to; j++) others.push(found[j]!);
      const when = pickDueDate(c, others, near, ctx.sentDay, ctx.body);
      const group = c.subject.unresolvedThey && lastGroup && c.start - lastGroup.end < GROUP_REACH ? lastGroup.actor : null;
      if (c.subject.kind === 'person' && c.subject.actor && isStaffGroup(c.actor)) lastGroup = { actor: c.actor, end: c.end };
      const finding: CommitmentFinding = {
        start: c.start,
        end: c.end,
        text: ctx.body.slice(c.start, c.end),
        actor: group ?? c.actor,
        due: when?.date ?? null,
        hedged: c.hedged,
        conditional: c.conditional,
      };
      // "…after half term" in a school year the calendar lacks: no day, but the year whose term dates would fix it.
      if (when && !when.date && when.missingTermYear) finding.missingTermYear = when.missingTermYear;
      out.push(finding);
    }
  }
  return out;
}

const MAX_MARKERS_PER_SENTENCE = 64;

function inSentence(ctx: AnalysisContext, sentence: Sentence, people: People, contextStart: number, prevStart: number): Candidate[] {
  const text = sentence.text;
  if (/\?\s*$/.test(text)) return [];
  const action = actionPoint(ctx, sentence, people);
  if (action) return [action];
  if (!/\b(?:will|shall|going|agreed|booked|arranged|scheduled|planned|hoping|aiming|planning|intending|aim|intend|plan|hope)\b|['’]ll\b|ing\b/i.test(text)) return [];
  const body = ctx.body;
  const found: Candidate[] = [];
  MARKER.lastIndex = 0;
  let markers = 0;
  let lastSubject: Subject | null = null;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    // No real sentence makes this many promises: past it, the "sentence" is pasted junk.
    if (++markers > MAX_MARKERS_PER_SENTENCE) break;
    const markerStart = sentence.start + m.index;
    let markerEnd = markerStart + m[0].length;
    // "they will:\n- Be given a slot…": the promise goes on in the list item after the colon.
    const opensList = LIST_AFTER_MARKER.exec(body.slice(markerEnd, Math.min(sentence.end, markerEnd + 12)));
    if (opensList) markerEnd += opensList[0].length;
    const raw = m[0].toLowerCase();
    // "…and will review the programme in July": a verb phrase with its own "will" is its own promise,
    // by the subject of the marker before it (guidelines §2, revised).
    let continued = false;
    let subject: Subject | null = null;
    if (/\b(?:and|or|but|then|to|will|shall)\s+$/i.test(body.slice(Math.max(sentence.start, markerStart - 8), markerStart))) {
      // "I am finishing it today and will send it by Friday": a plan in progress, then a promise of its own.
      const prevFound = found[found.length - 1];
      if (prevFound?.ing && /^(?:will|shall)$/.test(raw)) {
        const clauseEnd = findClauseEnd(body, markerEnd, sentence.end);
        const clauseText = body.slice(markerStart, clauseEnd);
        found.push({
          ...prevFound,
          start: markerStart,
          end: trimEnd(body, markerStart, clauseEnd),
          markerStart,
          ing: false,
          hedged: HEDGE_CUES.test(clauseText),
          conditional: prevFound.conditional || CONDITION_CUES.test(clauseText),
        });
        continue;
      }
      if (!lastSubject || !/^(?:will|shall)$/.test(raw) || !/\b(?:and|but|or)\s+(?:then\s+)?$/i.test(body.slice(Math.max(sentence.start, markerStart - 14), markerStart))) continue;
      subject = lastSubject;
      continued = true;
    } else {
      // Most subjects are a word or two: read a short window first, a longer one for appositives.
      let back = lookBack(body, sentence.start, markerStart, SHORT_LOOK_BACK);
      const prev = back[back.length - 1];
      if (!prev || /^(?:and|or|but|then|to)$/.test(prev.lower)) continue;
      subject = findSubject(back, people);
      // A subject with a post-modifier ("Children identified as having SEN will…") may start further back.
      const postModified = subject?.kind !== 'pupils' && PUPILS_POST_MODIFIED.test(body.slice(Math.max(sentence.start, markerStart - LOOK_BACK), markerStart));
      // "The headteacher/principal of your child's school will…", "teachers and parents will…": the phrase
      // read in the short window may be the end of a longer subject.
      const joinedBefore = subject ? back.findIndex((t) => t.start === subject!.start) : -1;
      const extends_ = joinedBefore > 0 && /^(?:of|at|from|for|in|with|on|and|or|&|,|\)|\/)$/.test(back[joinedBefore - 1]!.lower);
      if (markerStart - SHORT_LOOK_BACK > sentence.start && (!prev.word || back.length < 3 || postModified || extends_ || (subject && subject.start <= back[0]!.start))) {
        back = lookBack(body, sentence.start, markerStart, LOOK_BACK);
        subject = findSubject(back, people);
      }
      if (subject?.kind === 'none' && /^they$/i.test(body.slice(subject.start, subject.end)))
        subject = theyAntecedent(body, subject, Math.max(prevStart, subject.start - 300), subject.start, firstVerb(body, markerEnd, sentence.end));
      // "If the LA decides to amend the plan, it will use…": "it" is the body named in the clause before.
      if (subject?.kind === 'thing' && /^it$/i.test(body.slice(subject.start, subject.end))) subject = itAntecedent(body, subject, sentence.start) ?? subject;
      lastSubject = subject;
    }
    if (!subject || subject.kind === 'none') continue;
    // "We are hoping the new group will begin next week": a hope, vague wording only.
    if (!continued && HOPE_BEFORE.test(body.slice(Math.max(sentence.start, subject.start - 30), subject.start))) continue;

    // "we'll:\n- gather…\n- decide…": a promise that opens a list runs to the list's end (its items are re-joined).
    const clauseEnd = opensList ? Math.min(sentence.end, markerEnd + LIST_LOOK_AHEAD) : findClauseEnd(body, markerEnd, sentence.end);
    const after = tokenize(body, markerEnd, Math.min(clauseEnd, markerEnd + 110));
    const rest = body.slice(markerEnd, clauseEnd);

    let kind = subject.kind;
    let actor = '';
    // "is -ing" counts only as an arrangement with a future time ("I'm meeting the SENCo on Monday").
    const ing = /^(?:am|is|are|'m|'re|'s|’m|’re|’s)\s+([a-z]+ing)$/.exec(raw);
    if (ing && (ing[1] === 'going' || ing[1] === 'hoping' || ing[1] === 'aiming' || ing[1] === 'planning' || ing[1] === 'intending')) continue;
    const receiving = kind === 'receiver' || kind === 'pupils';
    if (receiving && !/^(?:will|shall|'ll|’ll)$/.test(raw)) continue;
    if (receiving) {
      const r = receivingPromise(after, rest, markerEnd, kind === 'pupils');
      if (!r) continue;
      kind = r.actor === 'school' ? 'school' : 'person';
      actor = r.actor;
    } else if (ing) {
      const verb = ing[1]!;
      if (verb === 'going' || PRESENT_ING.has(verb) || verb === 'being') continue;
      if (kind === 'child' && PREDICTION_VERBS.has(verb.replace(/ing$/, ''))) continue;
      if (kind === 'thing' || kind === 'there') continue;
      // "I'm finishing it today": a near time is a plan only for staff; for the child it describes now.
      const nearPlan = kind !== 'child' && NEAR_TIME.test(rest);
      if (!nearPlan && !FUTURE_TIME.test(rest) && !hasFutureDate(ctx, markerEnd, clauseEnd)) continue;
      if (subject.unsure) continue;
    } else if (/^(?:aim|intend|plan|hope)\s+to$/.test(raw)) {
      if (kind !== 'sender' && kind !== 'school') continue;
      if (/^\s*(?:see|hear|meet)\s+you\b/i.test(rest)) continue;
    } else if (/(?:hoping|aiming|planning|intending|agreed|booked|arranged|scheduled|planned)/.test(raw)) {
      if (kind === 'there') continue;
      // "Ashgrove have agreed to…": a plural verb after one name is an organisation, not the child.
      if (kind === 'child' && !subject.pronoun && /^have\b/.test(raw) && !/\s/.test(body.slice(subject.start, subject.end))) {
        kind = 'person';
        actor = body.slice(subject.start, subject.end);
      } else if (subject.unsure) continue;
    } else {
      let pred = readPredicate(after, rest, markerEnd, kind === 'child', kind === 'thing' || kind === 'there', kind === 'there');
      // "The meeting will assess his progress", "This plan will set out his targets": what the people at a
      // meeting, or the writers of a plan, will do.
      if (pred.rejected && kind === 'thing' && subject.head && ACTING_HEADS.has(subject.head)) {
        const acting = readPredicate(after, rest, markerEnd, false, false);
        if (!acting.rejected && ACTING_VERBS.has(acting.verb)) pred = acting;
      }
      // "Any concern raised will trigger a review of his needs": the action the school will then take.
      const triggers = kind === 'thing' && !subject.childState && TRIGGERS_ACTION.test(rest);
      if (pred.rejected && !triggers) continue;
      if (subject.generic && !triggers && !(subject.childState ? pred.passive : genericPromise(pred))) continue;
      // A sentence-initial common noun in the passive ("Advice will be included") is a passive future.
      // Only when the clause is about the child or SEN: "Lunch will be served in the hall" is a notice.
      const commonNoun =
        subject.unsure && pred.passive && (aboutSen(rest) || /\b(?:him|her|his|your\s+child)\b/i.test(rest)) && isCommonNoun(body.slice(subject.start, subject.end));
      if (commonNoun) kind = 'thing';
      else if (subject.unsure && !pred.agent && (pred.passive || !PROVISION_VERBS.has(pred.verb) || pred.verb === 'be')) continue;
      // Letters to every family: "The office will text all parents…".
      if (/\b(?:all|every)\s+(?:(?:year\s+\d+|new|our|the|of\s+our|of\s+the)\s+)?(?:parents?|carers?|famil(?:y|ies)|pupils?|students?|classes)\b/i.test(rest) && !/\b(?:him|her|his)\b/i.test(rest) && !aboutSen(rest)) continue;
      if ((kind === 'school' || kind === 'thing') && SCHOOL_NOTICE_VERBS.has(pred.verb) && !/\b(?:him|her|them)\b/i.test(rest)) continue;
      // "…will be arranged by our Transport Team": a passive's named agent is who acts, whatever the subject.
      const weSubject = kind === 'school' && /^(?:we|us)$/i.test(body.slice(subject.start, subject.end));
      if (pred.agent && (kind === 'thing' || kind === 'child' || (kind === 'school' && !weSubject))) {
        kind = 'person';
        actor = pred.agent;
      }
      if (kind === 'there' && /^\s*(?:no|not)\b/i.test(rest)) continue;
      // "I'll need it by Friday": what the sender needs from the parent is a request, not a promise.
      if ((kind === 'sender' || kind === 'school') && pred.verb === 'need' && !/^\s*(?:\w+\s+)?need\s+to\b/i.test(rest)) continue;
      // "The GP team will need some documentation": what someone else needs is a requirement, not a promise.
      if (kind !== 'sender' && kind !== 'school' && pred.verb === 'need') continue;
      // "we will ask you for some information": a request to the parent.
      // Asking for the parent's views, wishes or feelings is the school's side consulting them, not a request.
      if (pred.verb === 'ask' && /^\s*(?:\w+\s+)?ask\s+you\s+(?:to|for|and|if|whether)\b/i.test(rest) && !CONSULTING.test(rest)) continue;
      // "we will need to know in advance", "we'll need to see the letter": what the school needs from the parent.
      if ((kind === 'sender' || kind === 'school') && NEED_FROM_PARENT.test(rest)) continue;
      // "your school's inclusion officer will be able to help": a possibility, not a promise.
      if (kind !== 'sender' && kind !== 'school' && /^\s*(?:\w+\s+)?be\s+able\s+to\b/i.test(rest)) continue;
    }

    // "If a teacher is concerned, he or she will discuss this with you": the role named before.
    const eitherGender = subject.pronoun ? /\b(?:he|she)\s*(?:or|\/)\s*$/i.exec(body.slice(Math.max(sentence.start, subject.start - 8), subject.start)) : null;
    if (eitherGender && kind === 'child') {
      const role = roleBefore(body, sentence.start, subject.start - eitherGender[0].length);
      if (role) {
        kind = 'person';
        actor = role;
      }
      subject = { ...subject, start: subject.start - eitherGender[0].length };
    }
    // "Glynis, Tracy or Demi will be in touch soon": getting in touch is a member of staff's errand, never provision.
    if (kind === 'child' && !subject.pronoun && !actor && STAFF_CONTACT.test(rest)) {
      kind = 'person';
      actor = subject.names ?? body.slice(subject.start, subject.end);
    }
    if (subject.pronoun && kind === 'child' && !actor) {
      const staff = pronounStaff(body, sentence, subject, ing ? tokenize(body, markerStart, clauseEnd).slice(1) : after, contextStart);
      if (staff) {
        kind = 'person';
        actor = staff;
      }
    }
    if (!actor) {
      if (kind === 'sender' || (kind === 'thing' && subject.mine)) actor = people.sender;
      else if (kind === 'person') actor = subject.actor ?? 'school';
      else actor = 'school';
    }
    const lead = body.slice(Math.max(sentence.start, subject.start - 60), subject.start);
    const clauseText = body.slice(subject.start, clauseEnd);
    const sentenceHead = body.slice(Math.max(sentence.start, subject.start - 200), subject.start);
    const spanStart = continued ? markerStart : subject.start;
    found.push({
      start: spanStart,
      end: trimEnd(body, spanStart, clauseEnd),
      markerStart,
      subject,
      actor,
      hedged: HEDGE_CUES.test(clauseText) || /\bhopefully[\s,]*$/i.test(lead) || /hoping|aiming/.test(raw),
      conditional: CONDITION_CUES.test(clauseText) || CONDITION_CUES.test(sentenceHead),
      ing: !!ing,
    });
  }
  // A later promise in the same sentence ends the one before it.
  for (let i = 0; i + 1 < found.length; i++) {
    const next = found[i + 1]!;
    if (found[i]!.end > next.start) found[i]!.end = trimEnd(body, found[i]!.start, lastBoundaryBefore(body, found[i]!.markerStart, next.start));
  }
  return found.filter((c) => c.end > c.start);
}

/**
 * Minutes and action lists: "- JF to send the report by Friday", "Mrs Ali to start the group on
 * Monday". Only at the start of a line, and only for a named person or role on the school's side
 * (the parent's own actions, "Mr Osei to practise…", are requests).
 */
function actionPoint(ctx: AnalysisContext, sentence: Sentence, people: People): Candidate | null {
  const m = /^(?:[-•*–]\s*)?((?:[A-Za-z'’().]+\s+){0,6}?)to\s+[a-z]/.exec(sentence.text.slice(0, 80));
  if (!m || !m[1]) return null;
  const lead = ctx.body.slice(Math.max(0, sentence.start - 8), sentence.start);
  const lineStart = sentence.start === 0 || /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-•*–])?[ \t]*$/.test(lead) || /^[-•*–]/.test(sentence.text);
  if (!lineStart) return null;
  const toAt = sentence.start + m.index + m[0].length - 4;
  const back = tokenize(ctx.body, sentence.start, toAt).filter((t, i) => i > 0 || t.word || t.text === '(');
  const subject = findSubject(back, people);
  if (!subject || subject.kind !== 'person' || subject.start !== back[0]?.start) return null;
  const clauseEnd = findClauseEnd(ctx.body, toAt + 2, sentence.end);
  const clauseText = ctx.body.slice(subject.start, clauseEnd);
  return {
    start: subject.start,
    end: trimEnd(ctx.body, subject.start, clauseEnd),
    markerStart: toAt,
    subject,
    actor: subject.actor ?? 'school',
    hedged: HEDGE_CUES.test(clauseText),
    conditional: CONDITION_CUES.test(clauseText),
  };
}

// "…arranged by our Transport Team. They will contact you": a team, service or role named just before
// ("The speech and language therapist will assess… They will also discuss…").
const TEAM_BEFORE = /\b(?:the|our)\s+((?:(?!(?:the|our|a|an)\s)[A-Za-z-]+\s+){0,4}?(?:[A-Za-z-]+\/)?(?:team|service|panel|department|unit|office|authority|council|board|trust|therapist|psychologist|paediatrician|nurse|adviser|advisor|practitioner|clinician|specialist|caseworker|coordinator|co-ordinator|senco|sendco|headteacher|principal|host))\b/gi;
// Plural people a "they" may stand for other than staff: then an errand verb does not make it the school.
const PEOPLE_BEFORE = /\b(?:parents|carers|families|children|pupils|students|young\s+people|you)\b/i;
/** Errands that a "they" with no antecedent in reach does as the school's side ("They will describe the support…"). */
const THEY_ERRANDS = new Set(`
  send call ring phone email e-mail contact write update arrange speak talk meet share book confirm visit observe assess
  refer describe review ask discuss explain tell inform notify offer invite
`.trim().split(/\s+/));

/** The first word after a marker, past the adverbs "also", "then", "now", "still", "just". */
function firstVerb(body: string, from: number, to: number): string {
  const m = /^\s*(?:(?:also|then|now|still|just|usually|normally)\s+)*([a-z]+)/i.exec(body.slice(from, Math.min(to, from + 60)));
  return m ? m[1]!.toLowerCase() : '';
}

// "If the LA decides…, it will", "Once the panel has met it will": a body named in a clause that opens the sentence.
const ORG_CLAUSE_BEFORE = /\b(?:if|when|once|after|where|as\s+soon\s+as)\s+((?:the|our)\s+(?:[A-Za-z-]+\s+){0,3}?(?:LA|local\s+authority|council|authority|school|academy|college|service|panel|trust|team|setting))\b[^.;]{0,120}$/i;

function itAntecedent(body: string, it: Subject, sentenceStart: number): Subject | null {
  const m = ORG_CLAUSE_BEFORE.exec(body.slice(Math.max(sentenceStart, it.start - 160), it.start));
  if (!m) return null;
  const org = m[1]!;
  return /\b(?:school|academy|college|setting)$/i.test(org) ? { ...it, kind: 'school' } : { ...it, kind: 'person', actor: org };
}
// "…start sessions with Ruby. They'll run weekly": sessions or groups named just before.
const EVENTS_BEFORE = /\b(?:sessions|groups|lessons|meetings|visits|check-ins|classes|clubs|appointments|interventions|reviews)\b/gi;

/** What "they" stands for in the sentence before: a team (its name), events (the school's), else no one. */
function theyAntecedent(body: string, they: Subject, from: number, to: number, verb: string): Subject {
  const prev = body.slice(from, to);
  let team: RegExpExecArray | null = null;
  let events: RegExpExecArray | null = null;
  TEAM_BEFORE.lastIndex = 0;
  for (let m = TEAM_BEFORE.exec(prev); m; m = TEAM_BEFORE.exec(prev)) team = m;
  EVENTS_BEFORE.lastIndex = 0;
  for (let m = EVENTS_BEFORE.exec(prev); m; m = EVENTS_BEFORE.exec(prev)) events = m;
  if (team && (!events || team.index > events.index)) return { ...they, kind: 'person', actor: `the ${team[1]!}` };
  if (events) return { ...they, kind: 'thing' };
  // "They will describe the support… and review it with you": no people in reach, and an errand only staff run.
  if (THEY_ERRANDS.has(verb) && !PEOPLE_BEFORE.test(prev)) return { ...they, kind: 'school', unresolvedThey: true };
  // Else the pupils, the parents or things the school deals with: a promise only if something is done
  // to them or provided for them ("they will be reviewed", "they will have a support plan").
  return { ...they, kind: 'pupils' };
}

/** The last role named in body[from, to) with its determiner ("a teacher", "the SENCo"), or null. */
function roleBefore(body: string, from: number, to: number): string | null {
  const tokens = tokenize(body, Math.max(from, to - LOOK_BACK), to);
  for (let i = tokens.length - 1; i > 0; i--) {
    if (!ROLE_NOUNS.has(bare(tokens[i]!)) || SCHOOL_NOUNS.has(bare(tokens[i]!))) continue;
    const det = tokens[i - 1]!;
    return /^(?:a|an|the|their|his|her)$/.test(det.lower) ? `${det.text} ${tokens[i]!.text}` : tokens[i]!.text;
  }
  return null;
}

/** A generic thing promises only what will be done to it, or that it will go on, move or start. */
function genericPromise(pred: Predicate): boolean {
  if (pred.passive) return true;
  if (pred.verb === 'ready') return true;
  return !pred.copulaPlace && pred.verb !== 'be' && pred.verb !== 'take' && EVENT_VERBS.has(pred.verb);
}

function lookBack(body: string, sentenceStart: number, markerStart: number, chars: number): Token[] {
  const back = tokenize(body, Math.max(sentenceStart, markerStart - chars), markerStart);
  if (markerStart - chars > sentenceStart) back.shift();
  return back;
}

function findClauseEnd(body: string, from: number, sentenceEnd: number): number {
  const limit = Math.min(sentenceEnd, from + LOOK_AHEAD);
  const slice = body.slice(from, limit);
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(slice);
  return m ? from + m.index : limit;
}

/** The end of the words before `to`, dropping a trailing ", and" or " and". */
function lastBoundaryBefore(body: string, from: number, to: number): number {
  const slice = body.slice(from, to);
  const m = /[\s,;]*(?:\b(?:and|but|so|then|hopefully)\b[\s,]*)*$/i.exec(slice);
  return from + (m ? m.index : slice.length);
}

function trimEnd(body: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:.–—-]/.test(body[e - 1]!)) e--;
  return e;
}

function hasFutureDate(ctx: AnalysisContext, from: number, to: number): boolean {
  return /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{1,2}\/\d{1,2})\b/i.test(ctx.body.slice(from, to));
}

/**
 * "Mr Nowak … has asked us to let you know that he will give you a call", "I've asked Mr Brown to
 * send it, and he will do this by Friday": a he/she whose antecedent earlier in the sentence is a
 * titled member of staff of the same gender, doing a member of staff's kind of thing. Everything
 * else is the child: future provision, actor "school".
 */
function pronounStaff(body: string, sentence: Sentence, subject: Subject, after: Token[], contextStart: number): string | null {
  // "Please contact Tracy in the office and she will book you in": whom the parent is to contact is staff.
  const contacted = CONTACTED_BEFORE.exec(body.slice(Math.max(sentence.start, subject.start - LOOK_BACK), subject.start));
  if (contacted && !/^(?:us|me|him|her|them|the|our|your)$/i.test(contacted[1]!)) return contacted[1]!;
  const before = tokenize(body, Math.max(sentence.start, subject.start - LOOK_BACK), subject.start);
  const reported = /^(?:that|said|says|saying|told|confirmed|mentioned|explained|promised|agreed)$/.test(before[before.length - 1]?.lower ?? '');
  const words = after.filter((t) => t.word && !/^(?:also|then|now|still|just)$/.test(t.lower));
  let verb = words[0]?.lower;
  // "He is coming in on Tuesday": a visit, as staff make one.
  if ((verb === 'coming' || verb === 'come') && words[1]?.lower === 'in') verb = 'visit';
  // "He will move Kai's reading group to the mornings": a he/she acting on a named child's things is not that child.
  const actsOnNamedChild = !!verb && words.slice(1, 4).some((t) => isPossessive(t) && isCapitalised(t) && !TITLE_WORD.test(t.text));
  if (!verb || (PROVISION_VERBS.has(verb) && !actsOnNamedChild)) return null;
  if (!reported && !actsOnNamedChild && !STAFF_ACTION_VERBS.has(verb)) return null;
  let name: string | null = null;
  for (let i = before.length - 2; i >= 0 && !name; i--) name = titledName(before, i, before.length - 1);
  // "Mrs Obi will go through the results. She'll ring you…": the one or two sentences before.
  if (!name && contextStart < sentence.start) {
    const earlier = tokenize(body, Math.max(contextStart, sentence.start - 2 * LOOK_BACK), sentence.start);
    for (let i = earlier.length - 2; i >= 0 && !name; i--) name = titledName(earlier, i, earlier.length - 1);
  }
  if (!name) return null;
  const title = name.split(' ')[0]!.toLowerCase().replace('.', '');
  const male = title === 'mr';
  const female = title === 'mrs' || title === 'ms' || title === 'miss';
  if ((subject.pronoun === 'he' && female) || (subject.pronoun === 'she' && male)) return null;
  return name;
}
