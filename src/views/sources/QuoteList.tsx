import type { Dataset, Source } from '../../data/indexDataset';
import type { SourceQuote } from '../../derive/quoteIndex';
import { QuoteSupports, QuoteTranslation, TranslationToggle } from './QuoteExtras';
import type { QuoteUi } from './quoteUi';
import { SourceHeader } from './SourceHeader';

/**
 * Quotes whose source has no full text in the dataset, listed under their source's credits,
 * each with the records it supports and its translation on demand.
 */
export function QuoteList({ dataset, groups, ui }: { dataset: Dataset; groups: readonly { source: Source; quotes: readonly SourceQuote[] }[]; ui: QuoteUi }) {
  return (
    <ul className="quote-list">
      {groups.map(({ source, quotes }) => (
        <li key={source.id} className="quote-list__source">
          <SourceHeader source={source} headingLevel={4} />
          <ul>
            {quotes.map((quote) => (
              <li key={quote.key} className={`quote-list__item${ui.current.has(quote.key) ? ' is-current' : ''}${ui.hovered.has(quote.key) ? ' is-hovered' : ''}${ui.muted.has(quote.key) ? ' is-muted' : ''}`}>
                <blockquote lang={source.language}>
                  <p>{quote.quote}</p>
                </blockquote>
                <TranslationToggle quote={quote} open={ui.isTranslationOpen(quote.key)} onToggle={() => ui.toggleTranslation(quote.key)} />
                {ui.isTranslationOpen(quote.key) && <QuoteTranslation quote={quote} />}
                <QuoteSupports dataset={dataset} quote={quote} selection={ui.selection} onSelect={ui.select} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
