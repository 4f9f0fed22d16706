import { useState } from 'react';
import type { Dataset, Source } from '../../data/indexDataset';
import type { SourceQuote } from '../../derive/quoteIndex';
import { useMessages } from '../../i18n/messages';
import type { Pick } from '../../state/store';
import { QuoteList } from './QuoteList';
import type { QuoteUi } from './quoteUi';

interface OtherSourcesProps {
  dataset: Dataset;
  title: string;
  groups: readonly { source: Source; quotes: readonly SourceQuote[] }[];
  ui: QuoteUi;
  /** Open from the start, as when the dataset has no text to read instead. */
  startOpen: boolean;
}

/**
 * Quotes listed by source, folded under the full text so that the text stays the first thing
 * to read. The list opens by itself when the selection has a quote in it; the reader's own
 * opening or closing wins until the selection changes.
 */
export function OtherSources({ dataset, title, groups, ui, startOpen }: OtherSourcesProps) {
  const t = useMessages();
  const [choice, setChoice] = useState<{ open: boolean; under: Pick | null } | null>(null);
  const holdsCurrent = groups.some((g) => g.quotes.some((q) => ui.current.has(q.key)));
  const open = choice?.under === ui.selection ? choice.open : startOpen || holdsCurrent || (choice?.open ?? false);
  const count = groups.reduce((n, g) => n + g.quotes.length, 0);
  return (
    <details
      className="source-reader__more"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setChoice({ open: now, under: ui.selection });
      }}
    >
      <summary>
        <h3>
          {title} ({t.table.quotes(count)})
        </h3>
      </summary>
      <QuoteList dataset={dataset} groups={groups} ui={ui} />
    </details>
  );
}
