import { useState } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { EvidenceList } from './EvidenceList';
import { ShowMore } from './ShowMore';
import { ClaimHistory } from './ClaimHistory';
import { SourcesDisagree } from '../../views/shared/SourcesDisagree';
import { DETAILS_PAGE_SIZE } from './detailsPaging';
import { DataText } from '../../ui/DataText';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * Each partnership with its sector, status (glyph and words), trend, summary and evidence, a page
 * at a time. Its owner keys it by the pick, so a new pick starts again at the first page.
 */
export function PartnershipList({
  dataset,
  partnerships,
  viewpoint,
}: {
  dataset: Dataset;
  partnerships: readonly Partnership[];
  viewpoint?: string;
}) {
  const t = useMessages();
  const lang = useLang();
  const [limit, setLimit] = useState(DETAILS_PAGE_SIZE);
  if (partnerships.length === 0) return <p>{t.details.noPartnership}</p>;
  const listed = partnerships.slice(0, limit);
  return (
    <>
      <ul className="partnership-list">
        {listed.map((p) => {
          const style = STATUS_STYLES[p.status];
          const other = viewpoint ? p.actors.find((id) => id !== viewpoint) : undefined;
          const sector = dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector;
          return (
            <li key={p.id}>
              <h4>
                {other && (
                  <>
                    <DataText text={dataset.actorById.get(other)?.name[lang] ?? other} />
                    {' · '}
                  </>
                )}
                <DataText text={sector} />
              </h4>
              <p className="partnership-list__status">
                <span aria-hidden="true" style={{ color: style.color }}>
                  {style.glyph}
                </span>{' '}
                {t.statuses[p.status]}
                {p.trend ? `, ${t.trends[p.trend]}` : ''}
              </p>
              <SourcesDisagree dataset={dataset} partnership={p} />
              <p>{p.summary[lang]}</p>
              <EvidenceList dataset={dataset} evidence={p.evidence} />
              <ClaimHistory dataset={dataset} partnership={p} />
            </li>
          );
        })}
      </ul>
      <ShowMore listed={listed.length} total={partnerships.length} step={DETAILS_PAGE_SIZE} onShow={setLimit} />
    </>
  );
}
