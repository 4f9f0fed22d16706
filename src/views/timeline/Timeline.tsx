import { useMemo, useRef } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { useLang, useMessages } from '../../i18n/messages';
import { formatDateRange } from '../../i18n/format';
import { toTimeline } from '../../derive/toTimeline';
import { useElementWidth } from '../shared/useElementWidth';
import './timeline.css';

const LANE_HEIGHT = 16;
const AXIS_Y = 14;

/**
 * The dataset's dated events on a time axis, with the same events as a list of buttons below it:
 * the axis shows when, the list is readable at any width and by keyboard. Picking an event
 * selects it, so every view highlights its actors.
 */
export function Timeline({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame, 800);
  const layout = useMemo(() => toTimeline(dataset.events, width), [dataset.events, width]);
  const selection = useAppStore((s) => s.selection);
  const hover = useAppStore((s) => s.hover);
  const { select, setHover } = useAppStore.getState();
  const isPicked = (id: string, pick: typeof selection) => pick?.kind === 'event' && pick.id === id;
  if (layout.marks.length === 0) return <p>{t.timeline.empty}</p>;
  const height = AXIS_Y + 12 + layout.lanes * LANE_HEIGHT;

  return (
    <div className="timeline" ref={frame}>
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
        {layout.marks.map((mark) => {
          const y = AXIS_Y + 12 + mark.lane * LANE_HEIGHT;
          const on = isPicked(mark.event.id, selection) || isPicked(mark.event.id, hover);
          return (
            <g key={mark.event.id} className={on ? 'timeline__mark is-on' : 'timeline__mark'}>
              <line x1={mark.x} x2={mark.x} y1={AXIS_Y} y2={y} stroke="#b9b4a9" />
              <circle cx={mark.x} cy={y} r={on ? 6 : 4.5} fill={on ? '#c2410c' : '#1d3557'} stroke="#fff" strokeWidth={1.5} />
            </g>
          );
        })}
      </svg>
      <ol className="timeline__list">
        {layout.marks.map(({ event }) => (
          <li key={event.id}>
            <button
              type="button"
              aria-pressed={isPicked(event.id, selection)}
              onClick={() => select(isPicked(event.id, selection) ? null : { kind: 'event', id: event.id })}
              onMouseEnter={() => setHover({ kind: 'event', id: event.id })}
              onMouseLeave={() => setHover(null)}
              onFocus={() => setHover({ kind: 'event', id: event.id })}
              onBlur={() => setHover(null)}
            >
              <time dateTime={event.date}>{formatDateRange(event.date!, event.endDate, lang)}</time>
              <span>{event.title[lang]}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
