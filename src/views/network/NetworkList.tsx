import { useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { useLang, useMessages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { describeNetworkEdge, describeNetworkNodeFacts, toNetworkCounts } from './networkText';
import { samePick, toEdgePick, toggledPick } from './networkPicks';

/**
 * The same network as a list, for screen readers and for anyone who prefers reading: each
 * actor with what it is and, under it, every tie it has with what the tie carries. Its buttons
 * select exactly as the diagram does.
 */
export function NetworkList({ dataset, graph }: { dataset: Dataset; graph: NetworkGraph }) {
  const t = useMessages();
  const lang = useLang();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const counts = useMemo(() => toNetworkCounts(graph), [graph]);
  const people = useMemo(() => new Set(graph.nodes.filter((n) => n.kind === 'person').map((n) => n.id)), [graph]);
  const nameOf = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;

  return (
    <details className="network-list">
      <summary>{t.network.list}</summary>
      <ul>
        {graph.nodes.map((node) => {
          const pick = { kind: 'actor' as const, id: node.id };
          const edges = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
          return (
            <li key={node.id}>
              <button type="button" className="network-list__actor" aria-pressed={samePick(selection, pick)} onClick={() => select(toggledPick(selection, pick))}>
                {nameOf(node.id)}
              </button>{' '}
              <span>({describeNetworkNodeFacts(dataset, node, counts.get(node.id) ?? { relations: 0, partnerships: 0 }, lang, t)})</span>
              {edges.length === 0 ? null : (
                <ul>
                  {edges.map((edge) => {
                    const edgePick = toEdgePick(edge, people);
                    const text = describeNetworkEdge(dataset, edge, lang, t);
                    return (
                      <li key={edge.id}>
                        <button type="button" className="network-list__tie" aria-label={text.pair} aria-pressed={samePick(selection, edgePick)} onClick={() => select(toggledPick(selection, edgePick))}>
                          {nameOf(edge.source === node.id ? edge.target : edge.source)}
                        </button>
                        : {text.ties}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
