import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Source } from '../../data/indexDataset';
import { toQuoteListing, type QuoteGroup } from '../../derive/quoteIndex';
import { QuoteList } from './QuoteList';
import type { QuoteUi } from './quoteUi';
import type { EntityRef } from '../../model/entityRef';
import { useMessages } from '../../state/useMessages';

/** How many quotes a list shows at first, and adds at each "show more". */
export const QUOTE_LIST_PAGE = 50;

interface OtherSourcesProps {
  dataset: Dataset;
  title: string;
  groups: readonly QuoteGroup<Source>[];
  ui: QuoteUi;
  /** Open from the start, as when the dataset has no text to read instead. */
  startOpen: boolean;
}

/**
 * Quotes listed by source, folded under the full text so that the text stays the first thing
 * to read. The list opens by itself when the selection has a quote in it; the reader's own
 * opening or closing wins until the selection changes. A long list shows its first quotes, those
 * of the selection and of the filtered partnerships first, and more on demand.
 */
export function OtherSources({ dataset, title, groups, ui, startOpen }: OtherSourcesProps) {
  const t = useMessages();
  const [choice, setChoice] = useState<{ open: boolean; under: EntityRef | null } | null>(null);
  const [page, setPage] = useState({ under: dataset, limit: QUOTE_LIST_PAGE });
  const limit = page.under === dataset ? page.limit : QUOTE_LIST_PAGE;
  const { current, muted } = ui;
  const listing = useMemo(() => toQuoteListing(groups, limit, current, muted), [groups, limit, current, muted]);
  const holdsCurrent = groups.some((g) => g.quotes.some((q) => current.has(q.key)));
  const open = choice?.under === ui.selection ? choice.open : startOpen || holdsCurrent || (choice?.open ?? false);
  const rest = listing.total - listing.listed;

  const boxRef = useRef<HTMLDetailsElement>(null);
  const listedBefore = useRef<ReadonlySet<string> | null>(null);
  const showMore = () => {
    listedBefore.current = new Set(listing.groups.flatMap((g) => g.quotes.map((q) => q.key)));
    setPage({ under: dataset, limit: limit + QUOTE_LIST_PAGE });
  };
  useEffect(
    function focusFirstNewQuote() {
      // A keyboard reader who asked for more quotes goes on from the first new one, wherever its source puts it.
      const before = listedBefore.current;
      listedBefore.current = null;
      if (!before) return;
      const items = boxRef.current?.querySelectorAll<HTMLElement>('[data-quote-key]') ?? [];
      const first = [...items].find((item) => !before.has(item.dataset.quoteKey ?? ''));
      first?.querySelector<HTMLElement>('button')?.focus();
    },
    [limit],
  );

  return (
    <details
      ref={boxRef}
      className="source-reader__more"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setChoice({ open: now, under: ui.selection });
      }}
    >
      <summary>
        <h3>
          {title} ({t.table.quotes(listing.total)})
        </h3>
      </summary>
      {rest > 0 && <p className="source-reader__listed">{t.reader.listedQuotes(listing.listed, listing.total)}</p>}
      <QuoteList dataset={dataset} groups={listing.groups} ui={ui} />
      {rest > 0 && (
        <button type="button" className="button button--bar more-button source-reader__more-button screen-only" onClick={showMore}>
          {t.reader.showMoreQuotes(Math.min(QUOTE_LIST_PAGE, rest))}
        </button>
      )}
    </details>
  );
}
