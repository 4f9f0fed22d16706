import type { Dataset } from '../../data/indexDataset';
import { supportsTouch, type QuoteSupport } from '../../derive/quoteIndex';
import { useHoverAnswer } from '../../state/selectors';

/**
 * Whether what the pointer rests on, in any view, brings forward a quote with these supports. The
 * answer is a boolean, so a pointer move re-renders the quotes whose look changes, not the reader.
 */
export function useIsQuoteHovered(dataset: Dataset, supports: readonly QuoteSupport[]): boolean {
  return useHoverAnswer(dataset, (pick, highlight) => supportsTouch(supports, pick, highlight));
}
