import { startTransition, useEffect, useState } from 'react';

/**
 * How far the map's first drawing has gone, from 0 to `last`, one stage more per task. At scale
 * the map's first drawing is too much work for one task (issue 10: none over 200 ms), so it is
 * drawn in stages, each in a task of its own and each a transition, whose rendering React may
 * interrupt for the page's input: first the map itself, then the links, then the places, then
 * what is not seen (the links' wide hit paths). After the first drawing, every change (a filter,
 * a hover) draws at once.
 */
export function useDrawStages(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(
    function drawNextStage() {
      if (stage >= last) return;
      const timer = setTimeout(() => startTransition(() => setStage(stage + 1)), 0);
      return () => clearTimeout(timer);
    },
    [stage, last],
  );
  return stage;
}
