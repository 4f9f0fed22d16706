import { useMemo, useRef } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useViewPicks, ViewPicksContext } from '../../state/interaction';
import { isFiltering, toNetworkGraph } from '../../derive/toNetworkGraph';
import { useFilteredPartnerships } from '../../state/selectors';
import { useViewFilters } from '../../state/stagedFilters';
import { NetworkDiagram } from './NetworkDiagram';
import { NetworkLegend } from './NetworkLegend';
import { NetworkList } from './NetworkList';
import { networkJobAhead, wholeNetworkGraph } from './networkLayoutAhead';
import { FALLBACK_WIDTH, toNetworkHeight } from './networkSize';
import { toNetworkLayoutJob } from './toNetworkLayoutJob';
import { useElementWidth } from '../shared/useElementWidth';
import { useNetworkLayout } from './useNetworkLayout';
import './network.css';
import { useLang, useMessages } from '../../state/useMessages';
import { latestOf } from '../../derive/datasetOn';

/**
 * Who cooperates with whom, in what: every actor of the dataset as a node, one edge per pair.
 *
 * The layout is computed once per dataset, point of view and size, on the whole graph at the
 * latest date; filters and dates then hide what does not pass without moving what stays, so a
 * reader keeps their bearings while filtering or stepping through time.
 */
export default function NetworkView({ dataset }: { dataset: Dataset }) {
  const picks = useViewPicks('network');
  const t = useMessages();
  const lang = useLang();
  const filters = useViewFilters();
  const partnerships = useFilteredPartnerships(dataset);
  // The layout is the latest dataset's, which a date step leaves as it is: the graph on a date
  // is drawn on it as a filtered one is.
  const latest = latestOf(dataset);
  const whole = wholeNetworkGraph(latest);
  const dated = useMemo(() => (dataset === latest ? whole : toNetworkGraph(dataset, dataset.partnerships)), [dataset, latest, whole]);
  // With no filter, every partnership of the date passes and the shown graph is the date's whole one.
  const shown = useMemo(
    () => (isFiltering(filters) ? toNetworkGraph(dataset, partnerships, filters) : dated),
    [dataset, partnerships, filters, dated],
  );

  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, FALLBACK_WIDTH);
  const height = width ? toNetworkHeight(width) : undefined;
  // The same job as the one laid out ahead of the view, if any, so that its answer is taken over.
  const job = useMemo(
    () => (width ? (networkJobAhead(latest, width) ?? toNetworkLayoutJob(latest, whole, width)) : null),
    [latest, whole, width],
  );
  const { layout, labels, pending, failed, retry } = useNetworkLayout(job);

  return (
    <ViewPicksContext value={picks}>
      <div className="network">
        <div ref={boxRef} className="network__box" aria-busy={pending}>
          {layout && labels && <NetworkDiagram dataset={dataset} graph={shown} layout={layout} initialLabels={labels} />}
          {pending && (
            <p
              className={layout ? 'network__laying-out network__laying-out--over' : 'network__laying-out'}
              role="status"
              style={{ minHeight: layout ? undefined : height }}
            >
              {t.network.layingOut}
            </p>
          )}
          {failed && (
            <div className="failure" role="alert">
              <p>{t.network.layoutFailed}</p>
              <p className="failure__actions">
                <button type="button" className="button" onClick={retry}>
                  {t.failure.retry}
                </button>
              </p>
            </div>
          )}
        </div>
        <NetworkLegend focusName={dataset.focus.name[lang]} />
        <NetworkList dataset={dataset} graph={shown} />
      </div>
    </ViewPicksContext>
  );
}
