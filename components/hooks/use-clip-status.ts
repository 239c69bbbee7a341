import { useEffect, useRef, useState } from 'react';
import { getClipStatus, onClipStatus, type ClipStatus } from '@/lib/background/clip-status';

/** A status older than this when the panel opens is old news and not shown. */
const SHOW_OLD_STATUS_MS = 10 * 60 * 1000;
/**
 * The latest save's status. `onSaved` runs, with the id of the first record saved, for a save that
 * finishes while the panel is open. One that finished before the panel opened is only shown (the
 * banner offers "Show it" and the list marks it "Just saved"): the list comes first.
 */
export function useClipStatus(onSaved: (recordId: string) => void): [ClipStatus | null, () => void] {
  const [status, setStatus] = useState<ClipStatus | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  useEffect(() => {
    let live = false;
    const announce = (next: ClipStatus) => {
      setStatus(next);
      const first = next.recordIds[0];
      if ((next.tone === 'saved' || next.tone === 'duplicate') && first) onSavedRef.current(first);
    };
    const stop = onClipStatus((next) => {
      live = true;
      announce(next);
    });
    getClipStatus()
      .then((initial) => {
        if (!initial || live) return;
        const age = Date.now() - Date.parse(initial.at);
        if (!(age < SHOW_OLD_STATUS_MS)) return;
        setStatus(initial);
      })
      .catch(() => {
        // No session storage (e.g. the page opened outside the extension): no banner.
      });
    return stop;
  }, []);

  return [status, () => setStatus(null)];
}
