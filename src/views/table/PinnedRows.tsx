import { useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { TABLE_COLUMNS } from '../../derive/sortTableRows';
import { rowsPastListed, type TableRow } from '../../derive/tableRows';
import { useSelectedReach } from '../../state/interaction';
import { PartnershipRow } from './PartnershipRow';
import { TABLE_PAGE_SIZE } from './tablePaging';
import { useMessages } from '../../state/useMessages';

/**
 * The rows the selection lights that fall past the listed ones, in a group of their own at the
 * top of the table. A partner picked on the map is then in the table at once, without drawing the
 * thousands of rows before it, and without scrolling the page away from the map. Only this group
 * follows the selection as a whole; the listed rows each follow their own state.
 */
export function PinnedRows({ dataset, rows, listed }: { dataset: Dataset; rows: readonly TableRow[]; listed: number }) {
  const t = useMessages();
  const lit = useSelectedReach(dataset);
  const pinned = useMemo(() => rowsPastListed(rows, listed, lit.partnerships, TABLE_PAGE_SIZE), [rows, listed, lit]);
  if (pinned.rows.length === 0) return null;
  return (
    <tbody className="table-pinned">
      <tr className="table-pinned__heading">
        <th scope="rowgroup" colSpan={TABLE_COLUMNS.length}>
          <span className="table-view__in-sight">{t.table.pinned(pinned.rows.length, pinned.total)}</span>
        </th>
      </tr>
      {pinned.rows.map((row) => (
        <PartnershipRow key={row.id} dataset={dataset} row={row} />
      ))}
    </tbody>
  );
}
