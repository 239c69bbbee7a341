// A long list shown a page at a time ("Show 50 more"). After "more", focus moves to the first new
// row, so a keyboard user carries on where the list grew instead of below it.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { PAGE_SIZE } from '@/lib/ui/import/paging';

export interface Paging {
  shown: number;
  more(): void;
  /** Back to the first page (when a filter changes what the list holds). */
  restart(): void;
}

/** `list` is the <ul> whose <li> rows are paged; the first new row's first control (or the row, given tabIndex -1) gets focus. */
export function usePaging(list: RefObject<HTMLElement | null>, first = PAGE_SIZE): Paging {
  const [shown, setShown] = useState(first);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    const index = focusRow.current;
    if (index === null) return;
    focusRow.current = null;
    const row = list.current?.children[index] as HTMLElement | undefined;
    (row?.querySelector<HTMLElement>('input, button, a[href]') ?? row)?.focus();
  }, [shown, list]);

  const more = useCallback(() => {
    setShown((n) => {
      focusRow.current = n;
      return n + PAGE_SIZE;
    });
  }, []);
  const restart = useCallback(() => setShown(first), [first]);
  return { shown, more, restart };
}
