import { edgeEmphasis, isForward, nodeEmphasis, undimmed } from '../../derive/emphasis';
import type { NetworkReach } from '../../derive/pickReach';
import { edgeMarkName, nodeMarkName } from './useNetworkEmphasis';

/** The diagram's marks by id: its nodes, its edges drawn as elements, and its names. */
export interface MarkIndex {
  nodes: ReadonlyMap<string, Element>;
  edges: ReadonlyMap<string, Element>;
  labels: ReadonlyMap<string, Element>;
}

function byId(root: ParentNode, selector: string): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const el of root.querySelectorAll(selector)) {
    const id = el.getAttribute('data-id');
    if (id !== null) found.set(id, el);
  }
  return found;
}

/** Every mark under `root`, found once per drawing of the diagram, not once per hover. */
export function indexMarks(root: ParentNode): MarkIndex {
  return {
    nodes: byId(root, '.network-node'),
    edges: byId(root, '.network-edge'),
    labels: byId(root, '.network-label'),
  };
}

/** The ids a reach brings forward, as marks: nodes and names share their actor's id. */
function forwardIds(reach: NetworkReach | null): { nodes: readonly string[]; edges: ReadonlySet<string> } {
  if (!reach) return { nodes: [], edges: new Set() };
  return { nodes: [...reach.picked, ...reach.neighbours], edges: reach.edges };
}

function setAttribute(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Writes a reach onto the marks' own attributes: `data-emphasis` on each node and edge (`picked`,
 * `neighbour` or `none`, which the tests and the stylesheet's readers know), and `data-forward`
 * (`picked` or `neighbour`) on the names the reach brings forward, which the stylesheet keeps at
 * full strength while the rest fade.
 *
 * Only the marks brought forward before or now are written (`previous` is the reach written
 * last; `undefined` writes every mark, after the diagram is drawn again). Hovering the hub,
 * linked to every actor, writes a few hundred attributes and re-renders nothing: through React,
 * each mark re-rendering its own emphasis took about 90 ms at 5,000 partnerships (issue 23).
 */
export function writeEmphasis(marks: MarkIndex, reach: NetworkReach | null, previous: NetworkReach | null | undefined): void {
  const now = forwardIds(reach);
  const before = previous === undefined ? null : forwardIds(previous);
  const nodeIds = before ? new Set([...before.nodes, ...now.nodes]) : new Set([...marks.nodes.keys(), ...marks.labels.keys()]);
  const edgeIds = before ? new Set([...before.edges, ...now.edges]) : marks.edges.keys();
  for (const id of nodeIds) {
    const emphasis = nodeEmphasis(reach, id);
    const name = nodeMarkName(undimmed(emphasis));
    const node = marks.nodes.get(id);
    if (node) setAttribute(node, 'data-emphasis', name);
    const label = marks.labels.get(id);
    if (label) setAttribute(label, 'data-forward', isForward(emphasis) ? name : null);
  }
  for (const id of edgeIds) {
    const edge = marks.edges.get(id);
    if (edge) setAttribute(edge, 'data-emphasis', edgeMarkName(undimmed(edgeEmphasis(reach, id))));
  }
}
