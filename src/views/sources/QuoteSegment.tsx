import type { KeyboardEvent } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { SourceQuote } from '../../derive/quoteIndex';
import type { QuoteSpan } from '../../derive/toQuoteSpans';
import type { QuoteUi } from './quoteUi';
import { useIsQuoteHovered } from './useIsQuoteHovered';

interface QuoteSegmentProps {
  dataset: Dataset;
  span: QuoteSpan;
  quotes: ReadonlyMap<string, SourceQuote>;
  ui: QuoteUi;
  /** Called with the element that opens each quote, so the reader can scroll to it. */
  register: (key: string, el: HTMLElement | null) => void;
}

/**
 * A run of highlighted text. It is a button: activating it lists the records the quote supports
 * and, when there is only one, selects it at once.
 */
export function QuoteSegment({ dataset, span, quotes, ui, register }: QuoteSegmentProps) {
  const supports = span.keys.flatMap((k) => quotes.get(k)?.supports ?? []);
  const single = supports.length === 1 ? supports[0] : undefined;
  const current = span.keys.some((k) => ui.current.has(k));
  const hovered = useIsQuoteHovered(dataset, supports);
  const open = span.keys.some((k) => ui.isSupportsOpen(k));
  const muted = span.keys.every((k) => ui.muted.has(k));
  const activate = () => {
    ui.toggleSupports(span.keys);
    if (single) ui.select(single);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  };
  return (
    <mark
      className={`quote-mark${current ? ' is-current' : ''}${hovered ? ' is-hovered' : ''}${muted ? ' is-muted' : ''}`}
      data-quote={span.keys.join(' ')}
    >
      <span
        role="button"
        tabIndex={0}
        className="quote-mark__button"
        aria-expanded={open}
        aria-current={current || undefined}
        ref={(el) => {
          for (const key of span.opens) register(key, el);
        }}
        onClick={activate}
        onKeyDown={onKeyDown}
        onPointerEnter={() => ui.hover(single ?? null)}
        onPointerLeave={() => ui.hover(null)}
      >
        {span.text}
      </span>
    </mark>
  );
}
