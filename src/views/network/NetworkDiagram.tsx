import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkLayout } from '../../derive/computeNetworkLayout';
import type { NetworkEdge, NetworkGraph } from '../../derive/toNetworkGraph';
import { point, toggleSelection } from '../../state/interaction';
import { toEdgePick } from './networkPicks';
import { lineOf, NetworkEdgeMark } from './NetworkEdgeMark';
import { NetworkLabels } from './NetworkLabels';
import { NetworkMarks } from './NetworkMarks';
import { NetworkNodeMark } from './NetworkNodeMark';
import { NetworkOverlay } from './NetworkOverlay';
import { NetworkEdgeBatches } from './NetworkEdgeBatches';
import { NetworkEdgeCanvas } from './NetworkEdgeCanvas';
import { findBatchedEdgeAt, isBatched, toBatchedEdges, toBatchedSigns, toEdgeBatches } from './batchedEdges';
import { DENSE_MARKS } from '../shared/density';
import { NetworkPointedTooltip } from './NetworkPointedTooltip';
import type { InitialLabels } from './networkLayoutJob';
import { NetworkToolbar } from './NetworkToolbar';
import { describeNetworkEdge, describeNetworkNodeFacts, toNetworkCounts } from './networkText';
import { nodeAccessibleName, type Pointed } from './toNetworkTooltip';
import { useNetworkReach } from './useNetworkEmphasis';
import { usePlacedLabels } from './usePlacedLabels';
import { useMarkEmphasis } from './useMarkEmphasis';
import { useNetworkKeys } from './useNetworkKeys';
import { useNetworkZoom } from './useNetworkZoom';
import { useNodeDrag } from './useNodeDrag';
import { useTipStore } from '../shared/useTipStore';
import { textsOnDemand } from './textsOnDemand';
import { useLang, useMessages } from '../../state/useMessages';
import { useComparedPairs } from '../../state/useComparedPairs';

type Point = { x: number; y: number };
const NO_COUNTS = { relations: 0, partnerships: 0 };
const DRAW_RANK = { event: 0, membership: 1, partnership: 2 } as const;
const round = (v: number) => Math.round(v * 1000) / 1000;
/** Half the width of an edge's hit line (network.css), in the screen's pixels. */
const HIT_HALF_WIDTH = 7;

interface Props {
  dataset: Dataset;
  graph: NetworkGraph;
  layout: NetworkLayout;
  /** The whole graph's names, placed with the layout. */
  initialLabels: InitialLabels;
}

/**
 * The drawn network: d3 placed it, React draws it, d3-zoom pans and zooms it. It reads neither
 * the hover nor the selection: each mark follows its own emphasis (through the diagram's reach
 * store), the overlay draws what is brought forward and the tooltip follows its own store, so
 * pointing at a node re-renders a few marks, not the diagram (issue 10).
 */
export function NetworkDiagram({ dataset, graph, layout, initialLabels }: Props) {
  const t = useMessages();
  const lang = useLang();
  const helpId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const drawingRef = useRef<SVGGElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [transform, zoom] = useNetworkZoom(svgRef, layout.width, layout.height);
  const [moved, setMoved] = useState<{ layout: NetworkLayout; at: ReadonlyMap<string, Point> }>({ layout, at: new Map() });
  const tipStore = useTipStore<NonNullable<Pointed>>();
  const emphasisStore = useNetworkReach(dataset, graph);
  const changedPairs = useComparedPairs();

  // Dragged places belong to the layout they were dragged on: a new layout starts afresh.
  const positions = useMemo(() => {
    const at = moved.layout === layout ? moved.at : undefined;
    return new Map(layout.nodes.map((n) => [n.id, { ...n, ...at?.get(n.id) }]));
  }, [layout, moved]);
  const onMove = useCallback(
    (id: string, x: number, y: number) => {
      const node = layout.nodes.find((n) => n.id === id);
      const r = node?.radius ?? 0;
      const place = { x: Math.min(layout.width - r, Math.max(r, x)), y: Math.min(layout.height - r, Math.max(r, y)) };
      setMoved((prev) => ({ layout, at: new Map(prev.layout === layout ? prev.at : []).set(id, place) }));
    },
    [layout],
  );
  const dragFor = useNodeDrag(svgRef, onMove);
  // Per laid-out node rather than per shown node, so a filter hands no node a new handler.
  const drags = useMemo(() => new Map(layout.nodes.map((n) => [n.id, dragFor(n.id)])), [layout, dragFor]);

  const counts = useMemo(() => toNetworkCounts(graph), [graph]);
  const people = useMemo(() => new Set(graph.nodes.filter((n) => n.kind === 'person').map((n) => n.id)), [graph]);
  const nodeTexts = useMemo(
    () =>
      new Map(
        graph.nodes.map((n) => [
          n.id,
          {
            name: dataset.actorById.get(n.id)?.name[lang] ?? n.id,
            facts: describeNetworkNodeFacts(dataset, n, counts.get(n.id) ?? NO_COUNTS, lang, t),
          },
        ]),
      ),
    [dataset, graph, counts, lang, t],
  );
  const edgesById = useMemo(() => new Map(graph.edges.map((e) => [e.id, e])), [graph]);
  // Worded when a drawn edge or a tooltip asks: a dense graph's batched ties are named only when
  // pointed at, and wording all of them took about 70 ms of each date step at 50,000 partnerships.
  const edgeTexts = useMemo(
    () =>
      textsOnDemand((id) => {
        const edge = edgesById.get(id);
        return edge && describeNetworkEdge(dataset, edge, lang, t);
      }),
    [dataset, edgesById, lang, t],
  );
  // Partnerships are drawn last, so where an edge crosses a light membership or event edge, the
  // pointer finds the partnership; the centre's ties after the ties among other actors, on top of
  // them; then by id, an order that filters do not change, so a filter
  // moves no edge in the document.
  const drawOrder = useMemo(
    () =>
      [...graph.edges].sort(
        (a, b) =>
          DRAW_RANK[a.kind] - DRAW_RANK[b.kind] || Number(a.withFocus) - Number(b.withFocus) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    [graph],
  );
  // A dense diagram draws the ties among other actors in batches (`isBatched`), the rest as
  // elements. Dense by the whole graph's edges (`DENSE_MARKS`), so a filter never turns batches
  // into hundreds of elements.
  const dense = initialLabels.edges > DENSE_MARKS;
  const { drawn, batched } = useMemo(() => {
    const split = { drawn: [] as NetworkEdge[], batched: [] as NetworkEdge[] };
    for (const e of drawOrder) (isBatched(e, dense, changedPairs) ? split.batched : split.drawn).push(e);
    return split;
  }, [dense, drawOrder, changedPairs]);
  const batchedEdges = useMemo(() => toBatchedEdges(batched, positions), [batched, positions]);
  const edgeBatches = useMemo(() => toEdgeBatches(batchedEdges), [batchedEdges]);
  const batchedSigns = useMemo(() => toBatchedSigns(batchedEdges), [batchedEdges]);
  const dragged = moved.layout === layout && moved.at.size > 0;
  const labels = usePlacedLabels(dataset, graph, positions, layout, lang, initialLabels, dragged);
  useMarkEmphasis(svgRef, emphasisStore, { graph, drawn, positions, labels, changed: changedPairs });

  const reset = useCallback(() => {
    zoom.reset();
    setMoved({ layout, at: new Map() });
  }, [zoom, layout]);
  useNetworkKeys(canvasRef, zoom, reset, layout.width / 12, () => tipStore.setState({ tip: null }));

  // The selection is read when a mark is picked, not subscribed to, so these stay the same
  // functions across selections and the memoised marks are left alone.
  const pickNode = useCallback((id: string) => toggleSelection({ kind: 'actor', id }), []);
  // Read through a ref, so a drag (which moves positions) does not hand every node a new handler.
  const positionsRef = useRef(positions);
  useEffect(function keepLatestPositions() {
    positionsRef.current = positions;
  });
  const pointNode = useCallback(
    (id: string | null) => {
      tipStore.setState({ tip: id ? { kind: 'node', id } : null });
      point(id ? { kind: 'actor', id } : null, 'network');
      const p = id ? positionsRef.current.get(id) : undefined;
      if (p) zoom.reveal(p.x, p.y);
    },
    [tipStore, zoom],
  );
  // The edges are found by id through a ref, so these stay the same functions across filters
  // and an edge that a filter leaves as it was is not re-rendered.
  const edgesRef = useRef({ byId: new Map<string, NetworkEdge>(), people });
  useEffect(function keepLatestEdges() {
    edgesRef.current = { byId: edgesById, people };
  });
  const pickEdge = useCallback((id: string) => {
    const { byId, people } = edgesRef.current;
    const edge = byId.get(id);
    if (edge) toggleSelection(toEdgePick(edge, people));
  }, []);
  const pointEdge = useCallback(
    (id: string | null) => {
      const { byId, people } = edgesRef.current;
      const edge = id ? byId.get(id) : undefined;
      tipStore.setState({ tip: edge ? { kind: 'edge', id: edge.id } : null });
      point(edge ? toEdgePick(edge, people) : null, 'network');
    },
    [tipStore],
  );
  // A batched tie has no element to take the pointer: the svg's own background does, and the tie
  // under the pointer is found by its distance, as wide as an element's hit line (network.css).
  const batchedRef = useRef({ edges: batchedEdges, transform });
  useEffect(function keepLatestBatched() {
    batchedRef.current = { edges: batchedEdges, transform };
  });
  const pointedBatched = useRef<string | null>(null);
  const batchedAt = useCallback((event: MouseEvent<SVGSVGElement>): string | null => {
    const svg = svgRef.current;
    const { edges, transform } = batchedRef.current;
    // Only the svg's own background can be over a batched tie; reading its matrix forces a layout.
    if (!svg || event.target !== svg || edges.length === 0) return null;
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [x, y] = transform.invert([at.x, at.y]);
    return findBatchedEdgeAt(edges, x, y, HIT_HALF_WIDTH / (matrix.a * transform.k));
  }, []);
  const onStagePointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const id = batchedAt(event);
      if (id === pointedBatched.current) return;
      pointedBatched.current = id;
      event.currentTarget.classList.toggle('is-over-batched', id !== null);
      pointEdge(id);
    },
    [batchedAt, pointEdge],
  );
  const onStagePointerLeave = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      if (pointedBatched.current === null) return;
      pointedBatched.current = null;
      event.currentTarget.classList.remove('is-over-batched');
      pointEdge(null);
    },
    [pointEdge],
  );
  const onStageClick = useCallback(
    (event: MouseEvent<SVGSVGElement>) => {
      const id = batchedAt(event);
      if (id) pickEdge(id);
    },
    [batchedAt, pickEdge],
  );
  const tooltipContext = useMemo(
    () => ({ positions, graph, transform, layout, nodeTexts, edgeTexts }),
    [positions, graph, transform, layout, nodeTexts, edgeTexts],
  );

  return (
    <div className="network-canvas" ref={canvasRef}>
      <NetworkToolbar onZoomIn={() => zoom.zoomBy(1.4)} onZoomOut={() => zoom.zoomBy(1 / 1.4)} onReset={reset} />
      <div className="network-stage">
        {edgeBatches.length > 0 && (
          <NetworkEdgeCanvas
            batches={edgeBatches}
            signs={batchedSigns}
            transform={transform}
            drawing={drawingRef}
            emphasisStore={emphasisStore}
          />
        )}
        <svg
          ref={svgRef}
          className="network-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t.network.diagram}
          aria-describedby={helpId}
          onPointerMove={batchedEdges.length > 0 ? onStagePointerMove : undefined}
          onPointerLeave={batchedEdges.length > 0 ? onStagePointerLeave : undefined}
          onClick={batchedEdges.length > 0 ? onStageClick : undefined}
        >
          <g ref={drawingRef} transform={`translate(${round(transform.x)},${round(transform.y)}) scale(${round(transform.k)})`}>
            <NetworkMarks emphasisStore={emphasisStore}>
              <g className="network-edges">
                {edgeBatches.length > 0 && <NetworkEdgeBatches batches={edgeBatches} signs={batchedSigns} />}
                {drawn.map((e) => {
                  const a = positions.get(e.source);
                  const b = positions.get(e.target);
                  if (!a || !b) return null;
                  const text = edgeTexts.get(e.id);
                  const changed = e.kind === 'partnership' ? changedPairs?.get(e.id) : undefined;
                  const name = text ? `${text.pair}: ${text.ties}` : e.id;
                  return (
                    <NetworkEdgeMark
                      key={e.id}
                      id={e.id}
                      {...lineOf(e, a, b)}
                      changed={changed}
                      name={
                        changed ? `${name}${t.semicolon}${t.dateControl.changed(changed.map((kind) => t.dateControl.kinds[kind]))}` : name
                      }
                      onPick={pickEdge}
                      onPoint={pointEdge}
                    />
                  );
                })}
              </g>
              <g className="network-nodes">
                {graph.nodes.map((n) => {
                  const p = positions.get(n.id);
                  const drag = drags.get(n.id);
                  if (!p || !drag) return null;
                  return (
                    <NetworkNodeMark
                      key={n.id}
                      id={n.id}
                      kind={n.kind}
                      isFocus={n.isFocus}
                      x={p.x}
                      y={p.y}
                      radius={p.radius}
                      name={nodeAccessibleName(nodeTexts.get(n.id)) ?? n.id}
                      drag={drag}
                      onPick={pickNode}
                      onPoint={pointNode}
                    />
                  );
                })}
              </g>
              <NetworkOverlay emphasisStore={emphasisStore} edges={drawOrder} nodes={graph.nodes} positions={positions} svgRef={svgRef} />
              <NetworkLabels labels={labels} />
            </NetworkMarks>
          </g>
        </svg>
        <NetworkPointedTooltip store={tipStore} context={tooltipContext} />
      </div>
      <p className="network-help screen-only" id={helpId}>
        {t.network.help}
      </p>
    </div>
  );
}
