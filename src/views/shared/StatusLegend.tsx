import { STATUS_STYLES } from '../../styles/statusStyle';
import { STATUSES, type Status } from '../../model/statuses';
import { useMessages } from '../../state/useMessages';

/**
 * The key to the status styles: a line sample (colour and dash) and a glyph for each status,
 * so the legend itself reads in black and white.
 */
export function StatusLegend({ statuses = STATUSES, title }: { statuses?: readonly Status[]; title?: string }) {
  const t = useMessages();
  return (
    <figure className="legend-key status-legend">
      {title && <figcaption>{title}</figcaption>}
      <ul>
        {statuses.map((status) => {
          const style = STATUS_STYLES[status];
          return (
            <li key={status}>
              <svg width="36" height="12" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  y1="6"
                  x2="34"
                  y2="6"
                  stroke={style.color}
                  strokeWidth="3"
                  strokeDasharray={style.dash}
                  strokeLinecap="round"
                />
              </svg>
              <span className="status-legend__glyph" aria-hidden="true" style={{ color: style.color }}>
                {style.glyph}
              </span>
              <span>{t.statuses[status]}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
