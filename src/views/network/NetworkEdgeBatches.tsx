import { memo } from 'react';
import type { EdgeBatch } from './batchedEdges';
import { DisagreementSigns } from './NetworkEdgeMark';

/**
 * The ties a dense diagram draws in batches (`isBatched`): one path per stroke, under the edges
 * drawn one by one, faded with them while something is brought forward (network.css). They are a
 * picture: hidden from assistive technology, which reads every tie in the list under the diagram,
 * and transparent to the pointer (the diagram finds a batched tie under the pointer itself,
 * `findBatchedEdgeAt`). An export copies them as any other path, so it stays vector.
 */
interface Props {
  batches: readonly EdgeBatch[];
  /** The signs of the batched ties whose sources disagree (`toBatchedSigns`), or null. */
  signs: { disc: string; strokes: string } | null;
}

export const NetworkEdgeBatches = memo(function NetworkEdgeBatches({ batches, signs }: Props) {
  return (
    <g className="network-batched" aria-hidden="true">
      {batches.map((b) => (
        <path key={b.key} d={b.d} stroke={b.color} strokeWidth={b.width} strokeDasharray={b.dash} />
      ))}
      {signs && <DisagreementSigns {...signs} />}
    </g>
  );
});
