import { memo, useMemo, useRef } from 'react';
import type { Dataset, DatasetEvent } from '../../data/indexDataset';
import { point, toggleSelection, useEmphasis, useIsSelected, useViewPicks, ViewPicksContext } from '../../state/interaction';
import { formatDateRange } from '../../i18n/format';
import { toTimeline, type TimelineMark as Mark } from '../../derive/toTimeline';
import { useElementWidth } from '../shared/useElementWidth';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import './timeline.css';
import { useLang, useMessages } from '../../state/useMessages';

const LANE_HEIGHT = 16;
const AXIS_Y = 14;

/**
 * The dataset's dated events on a time axis, with the same events as a list of buttons below it:
 * the axis shows when, the list is readable at any width and by keyboard. Picking an event
 * selects it, so every view highlights its actors. Each mark and button follows the hover and
 * the selection on its own, so a pointer move re-renders only the event it reaches or leaves.
 */
export function Timeline({ dataset }: { dataset: Dataset }) {
  const picks = useViewPicks('timeline');
  const t = useMessages();
  const frame = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(
    frame,
    800,
    dataset.events.some((e) => Boolean(e.date)),
  );
  const width = measured ?? 800;
  const layout = useMemo(() => toTimeline(dataset.events, width), [dataset.events, width]);
  if (layout.marks.length === 0) return <p>{t.timeline.empty}</p>;
  const height = AXIS_Y + 12 + layout.lanes * LANE_HEIGHT;

  return (
    <ViewPicksContext value={picks}>
      <div className="timeline" ref={frame}>
        {measured !== null && (
          <svg width={width} height={height} aria-hidden="true" className="timeline__axis">
            <line x1={0} x2={width} y1={AXIS_Y} y2={AXIS_Y} stroke="#8a867d" />
            {layout.ticks.map((tick) => (
              <g key={tick.label} transform={`translate(${tick.x},0)`}>
                <line y1={AXIS_Y - 4} y2={AXIS_Y + 4} stroke="#8a867d" />
                <text y={AXIS_Y - 6} textAnchor="middle" fontSize={11} fill="#555">
                  {tick.label}
                </text>
              </g>
            ))}
            {layout.marks.map((mark) => (
              <TimelineMark key={mark.event.id} dataset={dataset} mark={mark} />
            ))}
          </svg>
        )}
        <ol className="timeline__list">
          {layout.marks.map(({ event }) => (
            <TimelineEvent key={event.id} event={event} />
          ))}
        </ol>
      </div>
    </ViewPicksContext>
  );
}

/** An event's mark on the axis, larger and warm while the event itself is selected or pointed at. */
const TimelineMark = memo(function TimelineMark({ dataset, mark }: { dataset: Dataset; mark: Mark }) {
  const { selected, pointed } = useEmphasis(dataset, { kind: 'event', id: mark.event.id });
  const on = selected === 'focus' || pointed === 'focus';
  const y = AXIS_Y + 12 + mark.lane * LANE_HEIGHT;
  return (
    <g className={on ? 'timeline__mark is-on' : 'timeline__mark'}>
      <line x1={mark.x} x2={mark.x} y1={AXIS_Y} y2={y} stroke="#b9b4a9" />
      <circle cx={mark.x} cy={y} r={on ? 6 : 4.5} fill={on ? '#c2410c' : '#1d3557'} stroke="#fff" strokeWidth={1.5} />
    </g>
  );
});

/** An event's button in the list: a toggle for the shared selection, and a hover for every view. */
const TimelineEvent = memo(function TimelineEvent({ event }: { event: DatasetEvent }) {
  const lang = useLang();
  const pick = { kind: 'event' as const, id: event.id };
  const pressed = useIsSelected(pick);
  return (
    <li>
      <button
        type="button"
        aria-pressed={pressed}
        onClick={() => toggleSelection(pick)}
        onMouseEnter={() => point(pick, 'timeline')}
        onMouseLeave={() => point(null, 'timeline')}
        onFocus={() => point(pick, 'timeline')}
        onBlur={() => point(null, 'timeline')}
      >
        <time dateTime={event.date}>{formatDateRange(event.date!, event.endDate, lang)}</time>
        <span>
          <DataText text={event.title[lang]} max={TITLE_MAX} />
        </span>
      </button>
    </li>
  );
});
