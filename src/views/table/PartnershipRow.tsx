import { memo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { TableRow } from '../../derive/tableRows';
import { isForward } from '../../derive/emphasis';
import { point, select, useEmphasis, useIsSelected } from '../../state/interaction';
import { StatusMark } from '../shared/StatusMark';
import { SourcesDisagree } from '../shared/SourcesDisagree';
import { EvidenceCell } from './EvidenceCell';
import { DataText } from '../../ui/DataText';
import type { Trend } from '../../model/statuses';
import type { EntityRef } from '../../model/entityRef';
import { useMessages } from '../../state/useMessages';

const TREND_ARROWS: Record<Trend, string> = { strengthening: '↗', stable: '→', weakening: '↘' };

/**
 * One partnership: the partner's name heads the row and selects the partner; the evidence button
 * selects the partnership. Each row asks only for its own emphasis (`useEmphasis`): whether it is
 * itself selected, lit by the selection or brought forward by the pointer, so a pointer move
 * re-renders the rows whose look changes, not the table.
 */
export const PartnershipRow = memo(function PartnershipRow({ dataset, row }: { dataset: Dataset; row: TableRow }) {
  const t = useMessages();
  const pick: EntityRef = { kind: 'partnership', id: row.id };
  const emphasis = useEmphasis(dataset, pick);
  const selected = emphasis.selected === 'focus';
  const lit = isForward(emphasis.selected);
  const hovered = isForward(emphasis.pointed);
  const partnerSelected = useIsSelected({ kind: 'actor', id: row.partnerId });
  const partnership = dataset.partnershipById.get(row.id);
  return (
    <tr
      className={`table-row${selected ? ' is-selected' : ''}${lit ? ' is-lit' : ''}${hovered ? ' is-hovered' : ''}`}
      onMouseEnter={() => point(pick, 'table')}
      onMouseLeave={() => point(null, 'table')}
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
          onClick={() => select({ kind: 'actor', id: row.partnerId })}
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
        {partnership?.disagreement && <SourcesDisagree dataset={dataset} partnership={partnership} />}
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
      <EvidenceCell dataset={dataset} row={row} selected={selected} onShow={() => select(pick)} />
    </tr>
  );
});
