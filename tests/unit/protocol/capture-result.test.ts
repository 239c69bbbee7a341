import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeClip } from '@/lib/background/clip-feedback';
import { isFromOwnPage } from '@/lib/background/handle-message';
import { isCaptureResult } from '@/lib/protocol/capture-result';
import { isExtensionRequest } from '@/lib/protocol/messages';
import { makeItem } from '../make-item';

describe('what the page hands back', () => {
  it('accepts a well-formed capture and a capture error', () => {
    expect(isCaptureResult({ ok: true, items: [makeItem()] })).toBe(true);
    expect(isCaptureResult({ ok: false, error: 'No message open' })).toBe(true);
  });
  it.each([null, undefined, 'text', { ok: true }, { ok: true, items: [{ kind: 'email' }] }, { ok: true, items: [{ ...makeItem(), kind: 'spam' }] }, { ok: false }])(
    'refuses %j',
    (value) => expect(isCaptureResult(value)).toBe(false),
  );
});

describe('what the parent is told', () => {
  it('says saved, already saved, or what went wrong', () => {
    expect(describeClip({ ok: true, recordIds: ['a'], duplicate: false }).message).toBe('Saved to On Record.');
    expect(describeClip({ ok: true, recordIds: ['a', 'b'], duplicate: false }).message).toBe('Saved 2 messages to On Record.');
    expect(describeClip({ ok: true, recordIds: ['a'], duplicate: true })).toMatchObject({ tone: 'duplicate', message: expect.stringMatching(/^Already saved/) });
    expect(describeClip({ ok: false, error: 'Nope' })).toEqual({ tone: 'error', message: 'Nope', recordIds: [] });
  });
});

describe('who may ask the background', () => {
  it('answers the extension’s own pages only', () => {
    const own = fakeBrowser.runtime.getURL('/sidepanel.html');
    expect(isFromOwnPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
    expect(isFromOwnPage({ id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/' })).toBe(false);
    expect(isFromOwnPage({ id: 'another-extension', url: own })).toBe(false);
  });
  it('knows the contract’s messages', () => {
    expect(isExtensionRequest({ type: 'clip-tab', tabId: 4 })).toBe(true);
    expect(isExtensionRequest({ type: 'clip-tab', tabId: '4' })).toBe(false);
    expect(isExtensionRequest({ type: 'export-backup' })).toBe(true);
    expect(isExtensionRequest({ type: 'delete-everything' })).toBe(false);
  });
});
