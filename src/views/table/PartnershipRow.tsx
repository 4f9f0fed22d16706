import { memo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { TableRow } from '../../derive/tableRows';
import { useAppStore } from '../../state/store';
import { useIsHovered, useIsSelected } from '../../state/selectors';
import { StatusMark } from '../shared/StatusMark';
import { EvidenceCell } from './EvidenceCell';
import { DataText } from '../../ui/DataText';
import type { Trend } from '../../model/statuses';
import type { EntityRef } from '../../model/entityRef';
import { useMessages } from '../../state/useMessages';

const TREND_ARROWS: Record<Trend, string> = { strengthening: '↗', stable: '→', weakening: '↘' };

/**
 * One partnership: the partner's name heads the row and selects the partner; the evidence button
 * selects the partnership. Each row asks the store only whether it is itself selected, lit or
 * hovered, so a pointer move re-renders the rows whose look changes, not the table.
 */
export const PartnershipRow = memo(function PartnershipRow({ dataset, row }: { dataset: Dataset; row: TableRow }) {
  const t = useMessages();
  const selected = useAppStore((s) => s.selection?.kind === 'partnership' && s.selection.id === row.id);
  const partnerSelected = useAppStore((s) => s.selection?.kind === 'actor' && s.selection.id === row.partnerId);
  const lit = useIsSelected(dataset, 'partnership', row.id);
  const hovered = useIsHovered(dataset, 'partnership', row.id);
  const onSelect = useAppStore((s) => s.select);
  const onHover = useAppStore((s) => s.setHover);
  const pick: EntityRef = { kind: 'partnership', id: row.id };
  return (
    <tr
      className={`table-row${selected ? ' is-selected' : ''}${lit ? ' is-lit' : ''}${hovered ? ' is-hovered' : ''}`}
      onMouseEnter={() => onHover(pick)}
      onMouseLeave={() => onHover(null)}
    >
      <th scope="row" className="table-partner">
        {/* The caption names the focus; a pair without it names both actors. */}
        {row.focusId !== dataset.focus.id && (
          <span className="table-partner__focus">
            <DataText text={row.focusName} /> –{' '}
          </span>
        )}
        <button
          type="button"
          className="link-button"
          aria-pressed={partnerSelected}
          aria-label={t.table.selectPartner(row.partnerName)}
          onClick={() => onSelect({ kind: 'actor', id: row.partnerId })}
        >
          <DataText text={row.partnerName} />
        </button>
      </th>
      <td>
        <DataText text={row.sectorName} />
      </td>
      <td className="table-status">
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
          <StatusMark status={row.status} x={0} y={0} />
        </svg>
        <span>{row.statusLabel}</span>
      </td>
      <td className={row.trend ? 'table-trend' : 'table-trend table-trend--none'}>
        {row.trend ? (
          <>
            <span aria-hidden="true">{TREND_ARROWS[row.trend]} </span>
            {row.trendLabel}
          </>
        ) : (
          <span className="table-muted">{t.table.noTrend}</span>
        )}
      </td>
      <td className="table-summary">{row.summary}</td>
      <EvidenceCell dataset={dataset} row={row} selected={selected} onShow={() => onSelect(pick)} />
    </tr>
  );
});
