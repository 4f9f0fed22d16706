import { memo, useEffect, useRef } from 'react';
import { setStandInMarkup, STAND_IN } from '../../export/browser/vectorStandIns';
import type { EdgeBatch } from './batchedEdges';
import { batchedTiesMarkup } from './batchedVector';
import { signPaintOf } from './signPaint';

/**
 * The place of the ties a dense diagram batches (`isBatched`), under the edges drawn one by one.
 * The screen paints them on a canvas under the svg (`NetworkEdgeCanvas`); this group stays empty
 * there and stands in for them where vector is wanted: an export fills its copy with their paths
 * (`fillStandIns`), and a print fills the group itself while it lasts (print.css hides the
 * canvas). Hidden from assistive technology, which reads every tie in the list under the diagram.
 */
interface Props {
  batches: readonly EdgeBatch[];
  /** The signs of the batched ties whose sources disagree (`toBatchedSigns`), or null. */
  signs: { disc: string; strokes: string } | null;
}

const PRINT = 'print';

export const NetworkEdgeBatches = memo(function NetworkEdgeBatches({ batches, signs }: Props) {
  const ref = useRef<SVGGElement>(null);
  useEffect(
    function standInForTheCanvas() {
      const group = ref.current;
      if (!group) return;
      const markup = () => batchedTiesMarkup(batches, signs, signPaintOf(group));
      setStandInMarkup(group, markup);
      const printing = typeof matchMedia === 'function' ? matchMedia(PRINT) : null;
      const follow = (print: boolean) => {
        group.innerHTML = print ? markup() : '';
      };
      const onChange = () => follow(printing?.matches ?? false);
      const before = () => follow(true);
      const after = () => follow(printing?.matches ?? false);
      printing?.addEventListener('change', onChange);
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      if (printing?.matches) follow(true);
      return () => {
        printing?.removeEventListener('change', onChange);
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
        setStandInMarkup(group, null);
        group.innerHTML = '';
      };
    },
    [batches, signs],
  );
  return <g ref={ref} className="network-batched" aria-hidden="true" {...{ [STAND_IN]: 'network-batched' }} />;
});
