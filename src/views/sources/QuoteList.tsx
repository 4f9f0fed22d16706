import type { Dataset, Source } from '../../data/indexDataset';
import type { QuoteGroup, SourceQuote } from '../../derive/quoteIndex';
import { QuoteSupports, QuoteTranslation, TranslationToggle } from './QuoteExtras';
import type { QuoteUi } from './quoteUi';
import { SourceHeader } from './SourceHeader';
import { useIsQuoteHovered } from './useIsQuoteHovered';

/**
 * Quotes whose source has no full text in the dataset, listed under their source's credits,
 * each with the records it supports and its translation on demand.
 */
export function QuoteList({ dataset, groups, ui }: { dataset: Dataset; groups: readonly QuoteGroup<Source>[]; ui: QuoteUi }) {
  return (
    <ul className="quote-list">
      {groups.map(({ source, quotes }) => (
        <li key={source.id} className="quote-list__source">
          <SourceHeader source={source} headingLevel={4} />
          <ul>
            {quotes.map((quote) => (
              <QuoteListItem key={quote.key} dataset={dataset} source={source} quote={quote} ui={ui} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function QuoteListItem({ dataset, source, quote, ui }: { dataset: Dataset; source: Source; quote: SourceQuote; ui: QuoteUi }) {
  const hovered = useIsQuoteHovered(dataset, quote.supports);
  return (
    <li
      className={`quote-list__item${ui.current.has(quote.key) ? ' is-current' : ''}${hovered ? ' is-hovered' : ''}${ui.muted.has(quote.key) ? ' is-muted' : ''}`}
      data-quote-key={quote.key}
    >
      <blockquote lang={source.language}>
        <p>{quote.quote}</p>
      </blockquote>
      <TranslationToggle quote={quote} open={ui.isTranslationOpen(quote.key)} onToggle={() => ui.toggleTranslation(quote.key)} />
      {ui.isTranslationOpen(quote.key) && <QuoteTranslation quote={quote} />}
      <QuoteSupports dataset={dataset} quote={quote} selection={ui.selection} onSelect={ui.select} />
    </li>
  );
}
