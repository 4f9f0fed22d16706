import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { dateStops, stopAYearAway, stopAtOrBefore } from '../../derive/dateStops';
import { ChangeLegend } from '../../views/shared/ChangeLegend';
import { PLAY_STEP_MS } from '../../config/timeLimits';
import { CompareDialog } from './CompareDialog';
import { useMessages } from '../../state/useMessages';
import './dateControl.css';

/**
 * The date every view shows: a slider over the dataset's dates (every date where a partnership's
 * status moves, and the first of each year), whose last position is the latest the sources speak
 * of. The arrows move one date, Page Up and Page Down a year, Home and End to either end. Play
 * steps through the dates for a class, and Compare opens what changed between two dates.
 * `dataset` is the loaded one, not the one seen on a date, so the slider keeps every date;
 * `shown` is the one the views have drawn, which play waits for.
 */
export function DateControl({ dataset, shown }: { dataset: Dataset; shown: Dataset | null }) {
  const t = useMessages();
  const date = useAppStore((s) => s.date);
  const compared = useAppStore((s) => s.compared);
  const { setDate, setCompared } = useAppStore.getState();
  const stops = useMemo(() => dateStops(dataset), [dataset]);
  const latest = stops.length;
  const index = date === null ? latest : stopAtOrBefore(stops, date);
  const [playing, setPlaying] = useState(false);
  const [comparing, setComparing] = useState(false);
  const sliderId = useId();
  const shownId = useId();

  const goTo = (to: number) => setDate(to >= latest ? null : (stops[Math.max(to, 0)] ?? null));

  // Play steps a step's time after the views have drawn the date, not after it was set: at 50,000
  // partnerships drawing a date takes about a step, and on a slow machine a date set on time
  // stayed drawn for less than a second before the next replaced it. `steppedFrom` is what the
  // views showed when play last set a date: until they show another, play waits.
  const steppedFrom = useRef<Dataset | null>(null);
  useEffect(
    function stepWhilePlaying() {
      if (!playing || shown === steppedFrom.current) return;
      const timer = window.setTimeout(() => {
        const current = useAppStore.getState().date;
        const at = current === null ? latest : stopAtOrBefore(stops, current);
        steppedFrom.current = shown;
        if (at >= latest) setPlaying(false);
        else useAppStore.getState().setDate(at + 1 >= latest ? null : stops[at + 1]!);
      }, PLAY_STEP_MS);
      return () => window.clearTimeout(timer);
    },
    [playing, shown, stops, latest],
  );

  if (stops.length === 0) return null;

  const play = () => {
    // Playing from the latest state starts again from the first date, once the views show it.
    steppedFrom.current = null;
    if (index >= latest) {
      steppedFrom.current = shown;
      setDate(stops[0]!);
    }
    setPlaying(true);
  };
  const stop = () => {
    setPlaying(false);
    setDate(null);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const to = keyTarget(event.key, stops, index);
    if (to === null) return;
    event.preventDefault();
    goTo(to);
  };

  return (
    <section className="date-control" aria-label={t.dateControl.label}>
      <div className="date-control__slider">
        <label htmlFor={sliderId}>{t.dateControl.slider}</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={latest}
          step={1}
          value={index}
          aria-valuetext={t.dateControl.valueText(date)}
          aria-describedby={shownId}
          onChange={(event) => goTo(Number(event.target.value))}
          onKeyDown={onKeyDown}
        />
        <span className="date-control__ends" aria-hidden="true">
          <span>{stops[0]!.slice(0, 4)}</span>
          <span>{t.dateControl.latest}</span>
        </span>
      </div>
      <p id={shownId} className="date-control__shown">
        {t.dateControl.asOf(date)}
      </p>
      <div className="date-control__actions">
        <button
          type="button"
          className="button"
          aria-pressed={playing}
          aria-label={t.dateControl.playLabel}
          onClick={() => (playing ? setPlaying(false) : play())}
        >
          <span aria-hidden="true">{playing ? '⏸' : '▶'}</span> {playing ? t.dateControl.pause : t.dateControl.play}
        </button>
        <button type="button" className="button" onClick={stop} disabled={!playing && date === null}>
          <span aria-hidden="true">■</span> {t.dateControl.stop}
        </button>
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setComparing(true)}>
          {t.dateControl.compare}
        </button>
      </div>
      {compared && (
        <div className="date-control__marked" role="group" aria-label={t.dateControl.marked(compared.from, compared.to)}>
          <ChangeLegend className="date-control__legend" />
          <button type="button" className="button" onClick={() => setCompared(null)}>
            {t.dateControl.hideOnViews}
          </button>
        </div>
      )}
      {comparing && <CompareDialog dataset={dataset} stops={stops} onClose={() => setComparing(false)} />}
    </section>
  );
}

/**
 * Where a key takes the slider, for the keys the browser would move by a tenth of its range: a
 * year (Page Up, Page Down), or either end. Position `stops.length` is the latest state.
 */
function keyTarget(key: string, stops: readonly string[], index: number): number | null {
  const latest = stops.length;
  if (key === 'Home') return 0;
  if (key === 'End') return latest;
  if (key === 'PageUp') {
    if (index >= latest) return latest;
    const next = stopAYearAway(stops, index, 1);
    return next === index ? latest : next;
  }
  if (key === 'PageDown') return stopAYearAway(stops, Math.min(index, latest - 1), -1);
  return null;
}
