import { useEffect, useState } from 'react';

/**
 * Lets a file be dropped anywhere on the page. Returns whether a file is being dragged over it,
 * for the hint. Only drags that carry files count, so dragging text or a link does nothing.
 */
export function useDropOnPage(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(
    function listenForDroppedFiles() {
      let depth = 0;
      const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
      const onEnter = (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        depth += 1;
        setDragging(true);
      };
      const onLeave = (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        depth = Math.max(0, depth - 1);
        if (depth === 0) setDragging(false);
      };
      const onOver = (event: DragEvent) => {
        // Without this the browser would open the file in place of the dashboard.
        if (carriesFiles(event)) event.preventDefault();
      };
      const onDrop = (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth = 0;
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      };
      document.addEventListener('dragenter', onEnter);
      document.addEventListener('dragleave', onLeave);
      document.addEventListener('dragover', onOver);
      document.addEventListener('drop', onDrop);
      return () => {
        document.removeEventListener('dragenter', onEnter);
        document.removeEventListener('dragleave', onLeave);
        document.removeEventListener('dragover', onOver);
        document.removeEventListener('drop', onDrop);
      };
    },
    [onFile],
  );
  return dragging;
}
