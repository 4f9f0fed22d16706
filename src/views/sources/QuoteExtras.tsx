import type { Dataset } from '../../data/indexDataset';
import type { SourceQuote } from '../../derive/quoteIndex';
import { excerpt } from './readerLabels';
import { PickLabel } from './PickLabel';
import type { EntityRef } from '../../model/entityRef';
import { useMessages } from '../../state/useMessages';

const samePick = (a: EntityRef | null, b: EntityRef) => a?.kind === b.kind && a.id === b.id;

/** The records a quote supports, each a button that selects it. */
export function QuoteSupports({
  dataset,
  quote,
  selection,
  onSelect,
}: {
  dataset: Dataset;
  quote: SourceQuote;
  selection: EntityRef | null;
  onSelect: (pick: EntityRef) => void;
}) {
  const t = useMessages();
  return (
    <span className="quote-supports" role="group" aria-label={t.reader.supportsOf(excerpt(quote.quote))}>
      <span className="quote-supports__label" aria-hidden="true">
        {t.reader.supports}
      </span>
      {quote.supports.map((support) => {
        const partnership = support.kind === 'partnership' ? dataset.partnershipById.get(support.id) : undefined;
        // What this quote says of the partnership, which other sources may contradict or have changed since.
        const claim = partnership?.evidence.find((e) => e.source === quote.sourceId && e.quote?.trim() === quote.quote.trim());
        return (
          <button
            key={`${support.kind}:${support.id}`}
            type="button"
            className="button button--pill quote-supports__item"
            aria-pressed={samePick(selection, support)}
            onClick={() => onSelect(support)}
          >
            <PickLabel dataset={dataset} pick={support} />
            {partnership ? ` (${t.statuses[(claim ?? partnership).status]})` : ''}
          </button>
        );
      })}
    </span>
  );
}

/** The button that shows a quote's English translation, placed right after the quote. */
export function TranslationToggle({ quote, open, onToggle }: { quote: SourceQuote; open: boolean; onToggle: () => void }) {
  const t = useMessages();
  if (!quote.translation) return null;
  return (
    <button
      type="button"
      className="button translation-toggle screen-only"
      aria-expanded={open}
      aria-controls={open ? `translation-${quote.key}` : undefined}
      aria-label={t.reader.translationToggle(excerpt(quote.quote))}
      onClick={onToggle}
    >
      {t.reader.translationShort}
    </button>
  );
}

/** A quote's English translation, shown under it on demand. */
export function QuoteTranslation({ quote }: { quote: SourceQuote }) {
  const t = useMessages();
  if (!quote.translation) return null;
  return (
    <span className="quote-translation" id={`translation-${quote.key}`}>
      <span className="quote-translation__label">{t.reader.translationLabel}</span> <bdi lang="en">{quote.translation}</bdi>
    </span>
  );
}
