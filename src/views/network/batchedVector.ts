import { element } from '../../export/svgMarkup';
import { BATCHED_TIE, DISAGREEMENT_SIGN } from '../../styles/networkStyle';
import type { EdgeBatch } from './batchedEdges';

/** The two colours of the page's theme the signs are drawn in (`--ink`, `--paper`). */
export interface SignPaint {
  ink: string;
  paper: string;
}

/**
 * The batched ties as SVG, the very paths the canvas paints (`paintEdgeBatches`), every paint
 * written as an attribute: an export carries no page CSS, and a print draws them as vector.
 */
export function batchedTiesMarkup(
  batches: readonly EdgeBatch[],
  signs: { disc: string; strokes: string } | null,
  paint: SignPaint,
): string {
  let markup = '';
  for (const b of batches)
    markup += element('path', {
      d: b.d,
      fill: 'none',
      stroke: b.color,
      'stroke-width': b.width,
      'stroke-dasharray': b.dash,
      'stroke-opacity': BATCHED_TIE.opacity,
      'stroke-linecap': BATCHED_TIE.linecap,
    });
  if (signs) {
    markup += element('path', { d: signs.disc, fill: paint.paper, stroke: paint.ink, 'stroke-width': DISAGREEMENT_SIGN.discWidth });
    markup += element('path', {
      d: signs.strokes,
      fill: 'none',
      stroke: paint.ink,
      'stroke-width': DISAGREEMENT_SIGN.signWidth,
      'stroke-linecap': 'round',
    });
  }
  return markup;
}
