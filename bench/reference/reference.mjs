// The plain d3 page the benchmark measures the dashboard's network against (issue 23): it loads
// the dataset named by `?data=`, lays out a node per actor and a link per partnership with
// d3-force (link, many-body and centre forces, 300 ticks, synchronously), then draws lines and
// circles with d3-selection. Hovering a circle sets the class `hover` on it and on its links.
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { select } from 'd3-selection';

const WIDTH = 1280;
const HEIGHT = 800;
const TICKS = 300;

/** @typedef {{ id: string; x?: number; y?: number }} Node */
/** @typedef {{ source: string | Node; target: string | Node }} Link */

const address = new URLSearchParams(window.location.search).get('data');
if (!address) throw new Error('no ?data= dataset to draw');
const dataset = await (await fetch(address)).json();

/** @type {Node[]} */
const nodes = dataset.actors.map((/** @type {{ id: string }} */ actor) => ({ id: actor.id }));
/** @type {Link[]} */
const links = dataset.partnerships.map((/** @type {{ actors: [string, string] }} */ p) => ({ source: p.actors[0], target: p.actors[1] }));

forceSimulation(nodes)
  .force(
    'link',
    forceLink(links).id((d) => /** @type {Node} */ (d).id),
  )
  .force('charge', forceManyBody())
  .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
  .stop()
  .tick(TICKS);

// The picture is framed on the laid-out nodes, whatever their spread.
const xs = nodes.map((n) => n.x ?? 0);
const ys = nodes.map((n) => n.y ?? 0);
const pad = 10;
const [x0, y0] = [Math.min(...xs) - pad, Math.min(...ys) - pad];
const [x1, y1] = [Math.max(...xs) + pad, Math.max(...ys) + pad];

const svg = select(document.body)
  .append('svg')
  .attr('class', 'reference')
  .attr('viewBox', `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
const line = svg
  .append('g')
  .selectAll('line')
  .data(links)
  .join('line')
  .attr('x1', (d) => /** @type {Node} */ (d.source).x ?? 0)
  .attr('y1', (d) => /** @type {Node} */ (d.source).y ?? 0)
  .attr('x2', (d) => /** @type {Node} */ (d.target).x ?? 0)
  .attr('y2', (d) => /** @type {Node} */ (d.target).y ?? 0);

/** Each node's lines, so a hover touches only its own. @type {Map<string, Element[]>} */
const linesOf = new Map(nodes.map((n) => [n.id, []]));
line.each(function (d) {
  linesOf.get(/** @type {Node} */ (d.source).id)?.push(/** @type {Element} */ (this));
  linesOf.get(/** @type {Node} */ (d.target).id)?.push(/** @type {Element} */ (this));
});

svg
  .append('g')
  .selectAll('circle')
  .data(nodes)
  .join('circle')
  .attr('data-id', (d) => d.id)
  .attr('r', 4)
  .attr('cx', (d) => d.x ?? 0)
  .attr('cy', (d) => d.y ?? 0)
  .on('pointerover', function (_, d) {
    select(this).classed('hover', true);
    select(document.body)
      .selectAll(() => linesOf.get(d.id) ?? [])
      .classed('hover', true);
  })
  .on('pointerout', function (_, d) {
    select(this).classed('hover', false);
    select(document.body)
      .selectAll(() => linesOf.get(d.id) ?? [])
      .classed('hover', false);
  });
