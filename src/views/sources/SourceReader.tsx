import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { quoteIndex, quoteKeysFor, mutedQuotes } from '../../derive/quoteIndex';
import { toQuoteSpans } from '../../derive/toQuoteSpans';
import { latestOf } from '../../derive/datasetOn';
import { useAppStore } from '../../state/store';
import { point, select, useSelectedReach, useViewPicks, ViewPicksContext } from '../../state/interaction';
import { useFilteredPartnerships } from '../../state/selectors';
import { OtherSources } from './OtherSources';
import { useQuoteToggles, type QuoteUi } from './quoteUi';
import { pickLabel } from './readerLabels';
import { SelectionBar } from './SelectionBar';
import { SourceHeader } from './SourceHeader';
import { SourceText } from './SourceText';
import './reader.css';
import type { EntityRef } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

const pointInReader = (ref: EntityRef | null) => point(ref, 'source');

/**
 * The source behind every claim: its credits, then its full text with each evidence quote
 * marked. A selection anywhere scrolls the text to its first quote and marks it; a marked quote
 * lists, and selects, what it supports. Quotes from sources without a text are listed below.
 */
export default function SourceReader({ dataset }: { dataset: Dataset }) {
  const picks = useViewPicks('source');
  const t = useMessages();
  const lang = useLang();
  const pickerId = useId();
  const selection = useAppStore((s) => s.selection);
  const selected = useSelectedReach(dataset);
  const shown = useFilteredPartnerships(dataset);
  const toggles = useQuoteToggles();
  const [choice, setChoice] = useState<{ id: string; under: EntityRef | null } | null>(null);
  const [step, setStep] = useState<{ under: EntityRef | null; index: number }>({ under: null, index: 0 });

  // The quotes are those of the latest date, the same on every date: a date step only mutes those
  // whose partnerships its sources do not speak of yet, and keeps every quote's key and place.
  const latest = latestOf(dataset);
  const quotes = useMemo(() => quoteIndex(latest), [latest]);
  const quotesByKey = useMemo(() => new Map(quotes.map((q) => [q.key, q])), [quotes]);
  const textSources = useMemo(() => latest.sources.filter((s) => latest.sourceTexts.has(s.id)), [latest]);
  const layouts = useMemo(
    () =>
      new Map(
        textSources.map((s) => [
          s.id,
          toQuoteSpans(
            latest.sourceTexts.get(s.id) ?? '',
            quotes.filter((q) => q.sourceId === s.id),
          ),
        ]),
      ),
    [latest, textSources, quotes],
  );
  const groups = useMemo(
    () =>
      latest.sources
        .filter((s) => !latest.sourceTexts.has(s.id))
        .map((source) => ({ source, quotes: quotes.filter((q) => q.sourceId === source.id) }))
        .filter((g) => g.quotes.length > 0),
    [latest, quotes],
  );
  const current = useMemo(() => quoteKeysFor(quotes, selection, selected), [quotes, selection, selected]);
  const filtering = shown.length !== dataset.partnerships.length;
  const muted = useMemo(() => mutedQuotes(quotes, latest.partnerships.length, shown, filtering), [quotes, latest, shown, filtering]);

  // The text shown is the reader's own choice until the selection changes; then it is the
  // first text that holds a quote of the selection.
  const holdsCurrent = (id: string) => [...(layouts.get(id)?.located.keys() ?? [])].some((k) => current.has(k));
  const activeId =
    (choice?.under === selection ? choice.id : undefined) ?? textSources.find((s) => holdsCurrent(s.id))?.id ?? textSources[0]?.id;
  const active = textSources.find((s) => s.id === activeId);
  const layout = activeId ? layouts.get(activeId) : undefined;

  const ordered = layout
    ? [...layout.located]
        .filter(([k]) => current.has(k))
        .sort(([, a], [, b]) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))
        .map(([k]) => k)
    : [];
  const index = step.under === selection ? Math.min(step.index, Math.max(0, ordered.length - 1)) : 0;
  const onStep = (delta: -1 | 1) => setStep({ under: selection, index: (index + delta + ordered.length) % ordered.length });

  // The reader does not follow the pointer: each marked quote asks for its own hover state.
  const ui: QuoteUi = { ...toggles, selection, current, muted, select, hover: pointInReader };
  const missing = layout?.missing.flatMap((k) => quotesByKey.get(k) ?? []) ?? [];
  const locatedCount = layout?.located.size ?? 0;
  const inFilters = [...(layout?.located.keys() ?? [])].filter((k) => !muted.has(k)).length;

  return (
    <ViewPicksContext value={picks}>
      <div className="source-reader">
        {textSources.length > 1 && (
          <p className="source-reader__picker">
            <label htmlFor={pickerId}>{t.reader.sourcePicker}</label>
            <select id={pickerId} value={activeId} onChange={(e) => setChoice({ id: e.target.value, under: selection })}>
              {textSources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </p>
        )}
        {active && layout ? (
          <>
            <SourceHeader source={active} />
            <div className="source-reader__tools">
              <p>
                {t.reader.quotesMarked(locatedCount)}
                {muted.size > 0 ? ` ${t.reader.quotesInFilters(inFilters)}` : ''}
              </p>
              <label className="source-reader__all screen-only">
                <input type="checkbox" checked={toggles.showAll} onChange={(e) => toggles.setShowAll(e.target.checked)} />
                {t.reader.showAllTranslations}
              </label>
            </div>
            {selection && (
              <SelectionBar label={pickLabel(latest, selection, lang, t)} count={ordered.length} index={index} onStep={onStep} />
            )}
            <SourceText
              dataset={latest}
              title={active.title}
              language={active.language}
              layout={layout}
              quotes={quotesByKey}
              ui={ui}
              target={ordered[index] ?? null}
              targetReason={`${selection?.kind}:${selection?.id}:${index}`}
            />
            {missing.length > 0 && (
              <OtherSources dataset={latest} title={t.reader.missing} groups={[{ source: active, quotes: missing }]} ui={ui} startOpen />
            )}
          </>
        ) : (
          <p className="source-reader__none">{t.reader.noTextAtAll}</p>
        )}
        {groups.length > 0 && <OtherSources dataset={latest} title={t.reader.otherSources} groups={groups} ui={ui} startOpen={!layout} />}
      </div>
    </ViewPicksContext>
  );
}
