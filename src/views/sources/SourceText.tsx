import { Fragment, useEffect, useRef } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { SourceQuote } from '../../derive/quoteIndex';
import type { QuoteLayout } from '../../derive/toQuoteSpans';
import { QuoteSupports, QuoteTranslation, TranslationToggle } from './QuoteExtras';
import { QuoteSegment } from './QuoteSegment';
import type { QuoteUi } from './quoteUi';
import { useMessages } from '../../state/useMessages';

interface SourceTextProps {
  dataset: Dataset;
  title: string;
  language: string;
  layout: QuoteLayout;
  quotes: ReadonlyMap<string, SourceQuote>;
  ui: QuoteUi;
  /** The quote to bring into view, or null to leave the scroll where the reader put it. */
  target: string | null;
  /** Changes whenever the same quote must be brought into view again (a new selection). */
  targetReason: string;
}

/**
 * The source's full text, one paragraph a line, with every quote marked. When `target` changes
 * the text scrolls inside its own box, never the page, so picking something in another view
 * does not pull the page away from it.
 */
export function SourceText({ dataset, title, language, layout, quotes, ui, target, targetReason }: SourceTextProps) {
  const t = useMessages();
  const boxRef = useRef<HTMLElement>(null);
  const openers = useRef(new Map<string, HTMLElement>());
  const register = (key: string, el: HTMLElement | null) => {
    if (el) openers.current.set(key, el);
    else openers.current.delete(key);
  };

  useEffect(
    function scrollToTargetQuote() {
      const box = boxRef.current;
      const el = target ? openers.current.get(target) : undefined;
      if (!box || !el) return;
      const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      box.scrollTo?.({ top: Math.max(0, offset - box.clientHeight / 4), behavior: smooth ? 'smooth' : 'auto' });
    },
    [target, targetReason],
  );

  return (
    <article ref={boxRef} className="reader-text" lang={language} aria-label={t.reader.textLabel(title)}>
      {layout.paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.spans.map((span) => (
            <Fragment key={span.start}>
              {span.keys.length === 0 ? (
                span.text
              ) : (
                <QuoteSegment dataset={dataset} span={span} quotes={quotes} ui={ui} register={register} />
              )}
              {span.closes.map((key) => {
                const quote = quotes.get(key);
                if (!quote) return null;
                return (
                  <Fragment key={key}>
                    <TranslationToggle quote={quote} open={ui.isTranslationOpen(key)} onToggle={() => ui.toggleTranslation(key)} />
                    {ui.isTranslationOpen(key) && <QuoteTranslation quote={quote} />}
                    {ui.isSupportsOpen(key) && (
                      <QuoteSupports dataset={dataset} quote={quote} selection={ui.selection} onSelect={ui.select} />
                    )}
                  </Fragment>
                );
              })}
            </Fragment>
          ))}
        </p>
      ))}
    </article>
  );
}
