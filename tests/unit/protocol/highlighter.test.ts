import { describe, expect, it } from 'vitest';
import { isFromHighlighterMessage, readAnalysis, readHighlighterFindings, readSave } from '@/lib/protocol/highlighter';

describe('what the background accepts from the highlighter', () => {
  it('takes a vague count only as a sensible whole number', () => {
    expect(isFromHighlighterMessage({ type: 'highlighter-count', vague: 0 })).toBe(true);
    expect(isFromHighlighterMessage({ type: 'highlighter-count', vague: 99_999 })).toBe(true);
    for (const vague of [-1, 1.5, '3', 100_000, undefined]) {
      expect(isFromHighlighterMessage({ type: 'highlighter-count', vague }), String(vague)).toBe(false);
    }
  });

  it('refuses an analyse request whose items are not items', () => {
    expect(isFromHighlighterMessage({ type: 'analyse-page-text', items: [{ key: 'k' }] })).toBe(false);
    expect(isFromHighlighterMessage({ type: 'analyse-page-text' })).toBe(false);
  });
});

describe('readHighlighterFindings', () => {
  it('keeps the key, kind and text of each mark', () => {
    expect(readHighlighterFindings({ findings: [{ key: 'm1', kind: 'date', text: 'Friday', start: 3 }] })).toEqual([{ key: 'm1', kind: 'date', text: 'Friday' }]);
    expect(readHighlighterFindings({ findings: [] })).toEqual([]);
  });

  it('is null for anything else', () => {
    expect(readHighlighterFindings(undefined)).toBeNull();
    expect(readHighlighterFindings({})).toBeNull();
    expect(readHighlighterFindings({ findings: [{ key: 'm1', kind: 'shouting', text: 'x' }] })).toBeNull();
    expect(readHighlighterFindings({ findings: [{ key: 1, kind: 'date', text: 'x' }] })).toBeNull();
  });
});

describe('what the highlighter accepts from the background', () => {
  const finding = { kind: 'vague', start: 0, end: 5, text: 'often', title: 'Vague', why: 'No one says how often', ask: 'How often?' };

  it('reads analysis results, dropping what it cannot draw', () => {
    const answer = {
      ok: true,
      results: [
        { key: 'm1', saved: true, findings: [finding, { ...finding, kind: 'shouting' }, { kind: 'date', start: 0, end: 1, text: 'F' }] },
        { key: 2, findings: [] },
        null,
      ],
    };
    expect(readAnalysis(answer)).toEqual({
      results: [
        {
          key: 'm1',
          saved: true,
          findings: [finding, { kind: 'date', start: 0, end: 1, text: 'F', title: '', why: '', ask: null }],
        },
      ],
    });
  });

  it('turns a failure or a wrong answer into words', () => {
    expect(readAnalysis(undefined)).toEqual({ error: 'No answer from On Record.' });
    expect(readAnalysis({ ok: false, error: 'Highlighting is switched off here.' })).toEqual({ error: 'Highlighting is switched off here.' });
    expect(readAnalysis({ ok: false })).toEqual({ error: 'On Record could not read this page.' });
    expect(readAnalysis({ ok: true })).toEqual({ error: 'On Record gave an answer it should not have.' });
  });

  it('reads the answer to "Save this email"', () => {
    expect(readSave({ ok: true, recordIds: ['a'], duplicate: false })).toBeNull();
    expect(readSave({ ok: false, error: 'No message open' })).toBe('No message open');
    expect(readSave({ ok: false, error: '' })).toBe('On Record could not save this email.');
    expect(readSave(null)).toBe('No answer from On Record.');
  });
});
