// Dragging files onto the import card. Keyboard and screen-reader users use the file input; this
// is the shortcut for everyone else. A file dropped anywhere else on the page is caught too: left
// alone, the browser would open it in this tab and end the page (and any import running in it).
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { droppedFiles } from '@/components/options/import/dropped-files';

const carriesFiles = (event: { dataTransfer: DataTransfer | null }) => event.dataTransfer?.types.includes('Files') ?? false;

export interface FileDrop {
  /** True while files are dragged over the card. */
  dragging: boolean;
  handlers: {
    onDragEnter(event: DragEvent<HTMLElement>): void;
    onDragOver(event: DragEvent<HTMLElement>): void;
    onDragLeave(event: DragEvent<HTMLElement>): void;
    onDrop(event: DragEvent<HTMLElement>): void;
  };
}

/** `accept` is false while a drop must do nothing (files being read or saved). */
export function useFileDrop(onFiles: (files: File[]) => void, accept: boolean): FileDrop {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the card is left.
  const depth = useRef(0);

  useEffect(() => {
    const stopOpening = (event: globalThis.DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    document.addEventListener('dragover', stopOpening);
    document.addEventListener('drop', stopOpening);
    return () => {
      document.removeEventListener('dragover', stopOpening);
      document.removeEventListener('drop', stopOpening);
    };
  }, []);

  const handlers: FileDrop['handlers'] = {
    onDragEnter(event) {
      if (!carriesFiles(event)) return;
      depth.current++;
      setDragging(accept);
    },
    onDragOver(event) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = accept ? 'copy' : 'none';
    },
    onDragLeave(event) {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop(event) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      if (!accept) return;
      void droppedFiles(event.dataTransfer).then(onFiles);
    },
  };
  return { dragging, handlers };
}
