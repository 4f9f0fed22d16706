import { useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { toSectorBreakdown, toWholeSectorBreakdown } from '../../derive/toSectorBreakdown';
import { useAppStore } from '../../state/store';
import { point, select, useViewPicks, ViewPicksContext } from '../../state/interaction';
import { useFilteredPartnerships } from '../../state/selectors';
import { useViewFilters } from '../../state/stagedFilters';
import { StatusLegend } from '../shared/StatusLegend';
import { SectorBars } from './SectorBars';
import { SectorMatrix } from './SectorMatrix';
import './sectors.css';
import { useLang, useMessages } from '../../state/useMessages';
import type { EntityRef } from '../../model/entityRef';

const pointInSectors = (ref: EntityRef | null) => point(ref, 'sectors');

/**
 * What the cooperation covers: the partner x sector matrix and, below it on the same sector
 * order, the bar chart of partnerships per sector by status. Both read the shared filters and
 * selection; a sector name filters, a cell or a partner's name selects. The view itself reads
 * only the filters: hover and selection are read by the marks they change.
 */
export default function SectorsView({ dataset }: { dataset: Dataset }) {
  const picks = useViewPicks('sectors');
  const t = useMessages();
  const lang = useLang();
  const partnerships = useFilteredPartnerships(dataset);
  const activeSectors = useViewFilters().sectors;
  const toggleSector = useAppStore((s) => s.toggleSector);

  // The breakdown of every partnership is built once per dataset (and date) and language; a filter's
  // breakdown borrows its rows and bars wherever they are unchanged, so clearing a filter gives
  // back the very objects drawn before it, and their marks are not drawn again. A date's borrows
  // from the date before it in the same way.
  const whole = useMemo(() => toWholeSectorBreakdown(dataset, lang), [dataset, lang]);
  const breakdown = useMemo(
    () => (partnerships.length === dataset.partnerships.length ? whole : toSectorBreakdown(dataset, partnerships, lang, whole)),
    [dataset, partnerships, lang, whole],
  );
  const maxTotal = useMemo(() => Math.max(0, ...whole.counts.map((c) => c.total)), [whole]);

  return (
    <ViewPicksContext value={picks}>
      <div className="sectors-view">
        <p className="sectors-view__hint screen-only">
          {t.sectors.hint} {t.sectors.keysHint}
        </p>
        <SectorMatrix
          dataset={dataset}
          breakdown={breakdown}
          everyRow={whole.rows}
          activeSectors={activeSectors}
          onToggleSector={toggleSector}
          onSelect={select}
          onHover={pointInSectors}
        />
        <StatusLegend title={t.sectors.legendTitle} />
        <h3 className="sectors-view__title">{t.sectors.barsTitle}</h3>
        <SectorBars
          dataset={dataset}
          counts={breakdown.counts}
          maxTotal={maxTotal}
          activeSectors={activeSectors}
          onToggleSector={toggleSector}
        />
      </div>
    </ViewPicksContext>
  );
}
