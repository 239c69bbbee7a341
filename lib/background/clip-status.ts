import { browser } from 'wxt/browser';

/** The outcome of the latest save, shown by the side panel when it opens beside the page. */
export interface ClipStatus {
  at: string;
  tone: 'saved' | 'duplicate' | 'error' | 'working';
  message: string;
  recordIds: string[];
}

const KEY = 'lastClip';

export async function setClipStatus(status: ClipStatus): Promise<void> {
  await browser.storage.session.set({ [KEY]: status });
}

export async function getClipStatus(): Promise<ClipStatus | null> {
  const stored = await browser.storage.session.get(KEY);
  return (stored[KEY] as ClipStatus | undefined) ?? null;
}

export function onClipStatus(listener: (status: ClipStatus) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[KEY]?.newValue;
    if (area === 'session' && next) listener(next as ClipStatus);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
