import type { Partnership, Dataset } from '../../data/indexDataset';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { StatusMark } from '../shared/StatusMark';
import { DataText } from '../../ui/DataText';
import { useLang, useMessages } from '../../state/useMessages';

export interface SectorTip {
  partnership: Partnership;
  /** Where the cell is, in pixels from the top left of the matrix box as it is scrolled. */
  left: number;
  top: number;
  bottom: number;
  /** The matrix box's visible width, which the tooltip stays inside. */
  boxWidth: number;
}

const WIDTH = 260;

/**
 * The summary of the partnership under the pointer or the keyboard focus. It is placed from the
 * cell's scaled position rather than the mouse, so focusing a cell shows it in the same place.
 */
export function SectorTooltip({ dataset, anchor }: { dataset: Dataset; anchor: SectorTip }) {
  const t = useMessages();
  const lang = useLang();
  const p = anchor.partnership;
  const partner = p.actors.find((id) => id !== dataset.focus.id) ?? p.actors[1];
  const left = Math.max(0, Math.min(anchor.left - WIDTH / 2, anchor.boxWidth - WIDTH));
  return (
    <div className="sector-tooltip" style={{ left, top: anchor.bottom + 6, width: WIDTH }} aria-hidden="true">
      <p className="sector-tooltip__title">
        <DataText text={dataset.actorById.get(partner)?.name[lang] ?? partner} /> ·{' '}
        <DataText text={dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector} />
      </p>
      <p className="sector-tooltip__status" style={{ color: STATUS_STYLES[p.status].color }}>
        <svg width="16" height="16" viewBox="-8 -8 16 16" focusable="false">
          <StatusMark status={p.status} x={0} y={0} />
        </svg>
        {t.statuses[p.status]}
        {p.trend ? `, ${t.trends[p.trend]}` : ''}
      </p>
      <p className="sector-tooltip__summary">{p.summary[lang]}</p>
    </div>
  );
}
