// Every saved page in tests/fixtures/capture, served at the address it was saved from and clipped
// by the built extension in real Chromium, must be saved as its golden NAME.expected.json says:
// the same adapters that pass in jsdom must pass in the browser parents use.
import { afterEach, describe, expect, it } from 'vitest';
import { captureFixtureNames, Harness, keyFields, loadExpected } from './harness';

describe('clipping each saved page at its real address', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const names = captureFixtureNames();
  it('has fixtures to clip', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s', async (name) => {
    const expected = loadExpected(name);
    h = await Harness.launch();
    const { page, tabId, fixture } = await h.openFixture(name);
    expect(page.url()).toBe(fixture.url);

    const mark = h.mark();
    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true, duplicate: false });
    if (!answer.ok) return;
    expect(answer.recordIds).toHaveLength(expected.length);
    expect(new Set(answer.recordIds).size).toBe(expected.length);

    const backup = await h.exportBackup();
    expect(backup.records).toHaveLength(expected.length);
    const saved = answer.recordIds.map((id) => backup.records.find((r) => r.id === id));
    saved.forEach((record, i) => {
      expect(record, `record ${answer.recordIds[i]} is in the backup`).toBeDefined();
      expect(keyFields(record!)).toEqual(keyFields(expected[i]!));
      expect(record!.textHash).toMatch(/^[0-9a-f]{64}$/);
      expect(record!.childId).toBeNull();
      expect(Date.parse(record!.capturedAt)).toBeGreaterThan(Date.now() - 5 * 60_000);
      // The saved copy of the message never runs script or loads anything.
      expect(record!.html).not.toMatch(/<script|\son[a-z]+\s*=|javascript:/i);
    });

    // Reading the page loaded nothing, and the extension never touched the network.
    expect(h.requestsSince(mark).map((r) => `${r.source} ${r.url}`)).toEqual([]);
    expect(h.extensionRequests()).toEqual([]);
  });
});
