import { useMemo, useRef } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { toNetworkGraph } from '../../derive/toNetworkGraph';
import { toNetworkLayoutInput } from '../../derive/toNetworkLayoutInput';
import { useLang, useMessages } from '../../i18n/messages';
import { useFilteredPartnerships } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { NetworkDiagram } from './NetworkDiagram';
import { NetworkLegend } from './NetworkLegend';
import { NetworkList } from './NetworkList';
import { toNetworkHeight, useContainerWidth } from './useContainerWidth';
import { useNetworkLayout } from './useNetworkLayout';
import './network.css';

/**
 * Who cooperates with whom, in what: every actor of the dataset as a node, one edge per pair.
 *
 * The layout is computed once per dataset and size, on the whole graph; filters then hide what
 * does not pass without moving what stays, so a reader keeps their bearings while filtering.
 */
export default function NetworkView({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const filters = useAppStore((s) => s.filters);
  const partnerships = useFilteredPartnerships(dataset);
  const whole = useMemo(() => toNetworkGraph(dataset, dataset.partnerships), [dataset]);
  const shown = useMemo(() => toNetworkGraph(dataset, partnerships, filters), [dataset, partnerships, filters]);

  const boxRef = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(boxRef);
  const height = width ? toNetworkHeight(width) : undefined;
  const input = useMemo(() => (width && height ? toNetworkLayoutInput(dataset, whole, width, height) : null), [dataset, whole, width, height]);
  const { layout, pending } = useNetworkLayout(input);

  return (
    <div className="network">
      <div ref={boxRef} className="network__box">
        {layout && <NetworkDiagram dataset={dataset} graph={shown} layout={layout} />}
        {pending && (
          <p className={layout ? 'network__laying-out network__laying-out--over' : 'network__laying-out'} role="status" style={{ minHeight: layout ? undefined : height }}>
            {t.network.layingOut}
          </p>
        )}
      </div>
      <NetworkLegend focusName={dataset.focus.name[lang]} />
      <NetworkList dataset={dataset} graph={shown} />
    </div>
  );
}
