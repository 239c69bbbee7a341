// Injected capture script → background: what lib/capture read from a tab, handed back as the
// result of scripting.executeScript (lib/background/clip-tab.ts). The type, CaptureResult, lives
// with the captured item in lib/model/captured-item.ts because capture builds it.
import { CAPTURE_KIND_IDS, type CaptureResult } from '@/lib/model/captured-item';

// The capture script runs in a page we do not control: check the shape of what comes back before
// anything is stored.
export function isCaptureResult(value: unknown): value is CaptureResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; items?: unknown; error?: unknown };
  if (v.ok === false) return typeof v.error === 'string';
  return v.ok === true && Array.isArray(v.items) && v.items.every(isCapturedItemShape);
}

function isCapturedItemShape(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const i = item as Record<string, unknown>;
  return (
    (CAPTURE_KIND_IDS as readonly string[]).includes(i.kind as string) &&
    typeof i.adapter === 'string' &&
    typeof i.url === 'string' &&
    typeof i.subject === 'string' &&
    typeof i.text === 'string' &&
    typeof i.html === 'string' &&
    Array.isArray(i.to) &&
    Array.isArray(i.attachments)
  );
}
