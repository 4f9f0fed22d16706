import type { Dataset } from '../../data/indexDataset';
import { supportsTouch, type QuoteSupport } from '../../derive/quoteIndex';
import { reachOf } from '../../derive/pickReach';
import { usePicks } from '../../state/interaction';

/**
 * Whether what the pointer rests on, in any view, brings forward a quote with these supports. The
 * answer is a boolean, so a pointer move re-renders the quotes whose look changes, not the reader.
 */
export function useIsQuoteHovered(dataset: Dataset, supports: readonly QuoteSupport[]): boolean {
  return usePicks(({ pointed }) => supportsTouch(supports, pointed, reachOf(dataset, pointed)));
}
