import { useMemo, useState, type ReactNode } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { summarizePartnerships, type SummaryRow } from '../../derive/summarizePartnerships';
import { formatNumber } from '../../i18n/format';
import { select } from '../../state/interaction';
import { ShowMore } from './ShowMore';
import { StatusCounts } from './StatusCounts';
import { SUMMARY_PAGE_SIZE } from './detailsPaging';
import { relationId } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * An actor's partnerships at a glance, above the list of them when they are too many to read one
 * by one: how many, with how many partners and in how many sectors, how many of each status, and
 * the same per sector and per partner, most partnerships first. A partner's name selects the
 * relation, whose partnerships the panel then lists.
 */
export function PartnershipSummary({
  dataset,
  partnerships,
  viewpoint,
}: {
  dataset: Dataset;
  partnerships: readonly Partnership[];
  viewpoint: string;
}) {
  const t = useMessages().details;
  const lang = useLang();
  const summary = useMemo(() => summarizePartnerships(partnerships, viewpoint), [partnerships, viewpoint]);
  const actorName = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  const sectorName = (id: string) => dataset.sectorById.get(id)?.name[lang] ?? id;
  return (
    <div className="details-summary">
      <h4>{t.summaryTitle}</h4>
      <p>
        {t.summary(summary.total, summary.byPartner.length, summary.bySector.length)} <StatusCounts counts={summary.byStatus} />
      </p>
      {summary.bySector.length > 1 && (
        <SummaryTable caption={t.bySector} header={t.columnSector} rows={summary.bySector} name={sectorName} />
      )}
      {summary.byPartner.length > 1 && (
        <SummaryTable
          caption={t.byPartner}
          header={t.columnPartner}
          rows={summary.byPartner}
          name={(id) => (
            <button type="button" className="link-button" onClick={() => select({ kind: 'relation', id: relationId(viewpoint, id) })}>
              {actorName(id)}
            </button>
          )}
        />
      )}
    </div>
  );
}

/** One row per sector or partner: its name, its count of partnerships and their statuses; the first rows, then more on request. */
function SummaryTable({
  caption,
  header,
  rows,
  name,
}: {
  caption: string;
  header: string;
  rows: readonly SummaryRow[];
  name: (id: string) => ReactNode;
}) {
  const t = useMessages().details;
  const lang = useLang();
  const [limit, setLimit] = useState(SUMMARY_PAGE_SIZE);
  return (
    <>
      <table className="details-summary__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col">{t.columnTotal}</th>
            <th scope="col">{t.columnStatuses}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((row) => (
            <tr key={row.id}>
              <th scope="row">{name(row.id)}</th>
              <td>{formatNumber(row.total, lang)}</td>
              <td>
                <StatusCounts counts={row.byStatus} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore listed={Math.min(limit, rows.length)} total={rows.length} step={SUMMARY_PAGE_SIZE} onShow={setLimit} />
    </>
  );
}
