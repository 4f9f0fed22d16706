import { geoNaturalEarth1, geoPath } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Dataset, Partnership } from '../../data/indexDataset';
import type { Messages } from '../../i18n/fr';
import { toMapScene } from '../../derive/toMapScene';
import { actorCountryCode } from '../../derive/mapCountryCodes';
import { toNetworkGraph } from '../../derive/toNetworkGraph';
import { toNetworkLayoutInput } from '../../derive/toNetworkLayoutInput';
import { computeNetworkLayout } from '../../derive/computeNetworkLayout';
import { toTableRows } from '../../derive/tableRows';
import { DEFAULT_SORT, sortTableRows } from '../../derive/sortTableRows';
import { toTimeline } from '../../derive/toTimeline';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from '../../styles/statusStyle';
import { edgeStroke, nodePaint, nodeShapePath } from '../../styles/networkStyle';
import { linkWeight, MAP_COLORS, scaleDash } from '../../styles/mapStyles';
import { element, escapeXml, textElement, EXPORT_INK, EXPORT_MUTED, EXPORT_RULE } from '../svgMarkup';
import type { ChartDrawing } from '../composeChartSvg';
import { STATUSES } from '../../model/statuses';
import type { Lang } from '../../model/lang';

/**
 * Each view drawn for a link preview, from the data alone, the way the view draws it (the same
 * derivations, colours, dashes and shapes), without a browser: the build writes these pictures.
 * Every drawing fits a box of the size asked for.
 */

/** A country of world-atlas, with its ISO alpha-3 code joined on. */
export type CountryShape = Feature<Geometry, { code: string | undefined }>;

const HALO = { stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } as const;

export function drawMapPreview(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  countries: readonly CountryShape[],
  lang: Lang,
  width: number,
  height: number,
): ChartDrawing {
  const scene = toMapScene(dataset, partnerships);
  const points: FeatureCollection = {
    type: 'FeatureCollection',
    features: scene.places.map((p) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [p.latLng[1], p.latLng[0]] },
    })),
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [40, 40],
      [width - 40, height - 40],
    ],
    points,
  );
  const path = geoPath(projection);
  const codeToActor = new Map(dataset.actors.flatMap((a) => (actorCountryCode(a) ? [[actorCountryCode(a)!, a.id] as const] : [])));
  let markup = element('rect', { width, height, fill: MAP_COLORS.sea });
  for (const country of countries) {
    const actor = country.properties.code ? codeToActor.get(country.properties.code) : undefined;
    const status = actor ? scene.statusByActor.get(actor) : undefined;
    const fill = actor === dataset.focus.id ? FOCUS_COLOR : status ? STATUS_STYLES[status].color : NEUTRAL_FILL;
    const d = path(country);
    if (d)
      markup += element('path', {
        d,
        fill,
        'fill-opacity': status && actor !== dataset.focus.id ? 0.45 : undefined,
        stroke: MAP_COLORS.border,
        'stroke-width': 0.6,
      });
  }
  const maxSectors = Math.max(1, ...scene.links.map((l) => l.sectorCount));
  for (const link of [...scene.links].reverse()) {
    const d = path({ type: 'LineString', coordinates: link.latLngs.map(([lat, lng]) => [lng, lat]) });
    const weight = linkWeight(link.sectorCount, maxSectors) * 1.3;
    if (d)
      markup += element('path', {
        d,
        fill: 'none',
        stroke: STATUS_STYLES[link.status].color,
        'stroke-width': weight,
        'stroke-dasharray': scaleDash(STATUS_STYLES[link.status].dash, weight),
        'stroke-linecap': 'round',
      });
  }
  for (const place of scene.places) {
    const xy = projection([place.latLng[1], place.latLng[0]]);
    if (!xy) continue;
    markup += element('circle', {
      cx: xy[0],
      cy: xy[1],
      r: place.isFocus ? 8 : 6,
      fill: place.isFocus ? FOCUS_COLOR : place.status ? STATUS_STYLES[place.status].color : EXPORT_INK,
      stroke: '#ffffff',
      'stroke-width': 2,
    });
  }
  const focus = scene.places.find((p) => p.isFocus);
  const at = focus && projection([focus.latLng[1], focus.latLng[0]]);
  if (at)
    markup += element(
      'text',
      { x: at[0], y: at[1] + 34, 'font-size': 26, 'font-weight': 700, fill: FOCUS_COLOR, 'text-anchor': 'middle', ...HALO },
      escapeXml(dataset.focus.name[lang]),
    );
  return { width, height, markup };
}

export function drawNetworkPreview(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  lang: Lang,
  width: number,
  height: number,
): ChartDrawing {
  const graph = toNetworkGraph(dataset, partnerships);
  // Laid out in a box of the view's usual size, then scaled to the card, so labels keep their room.
  const layout = computeNetworkLayout(toNetworkLayoutInput(dataset, graph, 560, 480));
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  let inner = '';
  for (const edge of graph.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b) continue;
    const stroke = edgeStroke(edge.kind, edge.status, edge.partnershipIds.length);
    inner += element('line', {
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      stroke: stroke.color,
      'stroke-width': stroke.width,
      'stroke-dasharray': stroke.dash,
      'stroke-linecap': 'round',
    });
  }
  for (const node of graph.nodes) {
    const placed = at.get(node.id);
    if (!placed) continue;
    const paint = nodePaint(node.kind, node.isFocus);
    inner += element('path', {
      d: nodeShapePath(node.kind, placed.radius, placed.x, placed.y),
      fill: paint.fill,
      stroke: paint.stroke,
      'stroke-width': paint.width,
    });
    const name = dataset.actorById.get(node.id)?.name[lang] ?? node.id;
    inner += element(
      'text',
      {
        x: placed.x,
        y: placed.y + placed.radius + 14,
        'font-size': node.isFocus ? 14 : 12,
        'font-weight': node.isFocus ? 700 : undefined,
        fill: EXPORT_INK,
        'text-anchor': 'middle',
        ...HALO,
        'stroke-width': 3,
      },
      escapeXml(name),
    );
  }
  const scale = Math.min(width / layout.width, height / layout.height);
  const dx = (width - layout.width * scale) / 2;
  const dy = (height - layout.height * scale) / 2;
  return { width, height, markup: `<g transform="translate(${dx},${dy}) scale(${scale})">${inner}</g>` };
}

export function drawSectorsPreview(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  lang: Lang,
  width: number,
  height: number,
): ChartDrawing {
  const sectors = dataset.sectors
    .map((s) => ({
      name: s.name[lang],
      counts: STATUSES.map((status) => partnerships.filter((p) => p.sector === s.id && p.status === status).length),
    }))
    .filter((s) => s.counts.some((n) => n > 0))
    .slice(0, 8);
  const most = Math.max(1, ...sectors.map((s) => s.counts.reduce((a, b) => a + b, 0)));
  const labelWidth = 170;
  const barArea = width - labelWidth - 50;
  const row = Math.min(84, (height - 40) / Math.max(1, sectors.length));
  const barHeight = row * 0.62;
  const top = (height - row * sectors.length) / 2;
  let markup = '';
  sectors.forEach((sector, i) => {
    const y = top + i * row + (row - barHeight) / 2;
    markup += textElement(sector.name, labelWidth - 12, y + barHeight / 2 + 7, { size: 20, anchor: 'end' });
    let x = labelWidth;
    sector.counts.forEach((n, s) => {
      if (n === 0) return;
      const status = STATUSES[s]!;
      const w = (n / most) * barArea;
      markup += element('rect', {
        x,
        y,
        width: w,
        height: barHeight,
        rx: 4,
        fill: STATUS_STYLES[status].color,
        'fill-opacity': 0.85,
        stroke: '#ffffff',
        'stroke-width': 2,
      });
      if (w > 26)
        markup += textElement(STATUS_STYLES[status].glyph, x + w / 2, y + barHeight / 2 + 7, {
          size: 18,
          weight: 700,
          fill: '#ffffff',
          anchor: 'middle',
        });
      x += w;
    });
    markup += textElement(String(sector.counts.reduce((a, b) => a + b, 0)), x + 10, y + barHeight / 2 + 7, { size: 20, weight: 700 });
  });
  return { width, height, markup };
}

export function drawTablePreview(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  lang: Lang,
  t: Messages,
  width: number,
  height: number,
): ChartDrawing {
  const rows = sortTableRows(toTableRows(dataset, partnerships, lang, t), DEFAULT_SORT, lang);
  const rowHeight = 46;
  const shown = rows.slice(0, Math.floor((height - rowHeight) / rowHeight));
  const columns = [0, width * 0.3, width * 0.52];
  let markup = element('rect', { width, height: rowHeight, fill: '#efede7' });
  [t.table.columns.partner, t.table.columns.sector, t.table.columns.status].forEach(
    (name, i) => (markup += textElement(name, columns[i]! + 12, 30, { size: 18, weight: 700 })),
  );
  shown.forEach((row, i) => {
    const y = rowHeight * (i + 1);
    const style = STATUS_STYLES[row.status];
    markup += element('line', { x1: 0, x2: width, y1: y + rowHeight, y2: y + rowHeight, stroke: EXPORT_RULE, 'stroke-width': 1.5 });
    markup += textElement(row.partnerName, columns[0]! + 12, y + 30, { size: 19, weight: 600 });
    markup += textElement(row.sectorName, columns[1]! + 12, y + 30, { size: 19 });
    markup += textElement(`${style.glyph} ${t.statuses[row.status]}`, columns[2]! + 12, y + 30, {
      size: 18,
      fill: style.color,
      weight: 600,
    });
  });
  if (rows.length > shown.length)
    markup += textElement('…', columns[0]! + 12, rowHeight * (shown.length + 1) + 30, { size: 19, fill: EXPORT_MUTED });
  return { width, height, markup };
}

export function drawTimelinePreview(dataset: Dataset, lang: Lang, width: number, height: number): ChartDrawing {
  const layout = toTimeline(dataset.events, width, 24, 22);
  const axis = height * 0.62;
  let markup = element('line', { x1: 12, x2: width - 12, y1: axis, y2: axis, stroke: EXPORT_INK, 'stroke-width': 2 });
  for (const tick of layout.ticks) {
    markup += element('line', { x1: tick.x, x2: tick.x, y1: axis, y2: axis + 10, stroke: EXPORT_INK, 'stroke-width': 2 });
    markup += textElement(tick.label, tick.x, axis + 36, { size: 18, anchor: 'middle', fill: EXPORT_MUTED });
  }
  for (const mark of layout.marks) {
    const y = axis - 26 - mark.lane * 30;
    markup += element('line', { x1: mark.x, x2: mark.x, y1: y, y2: axis, stroke: EXPORT_RULE, 'stroke-width': 2 });
    markup += element('circle', { cx: mark.x, cy: y, r: 9, fill: FOCUS_COLOR, stroke: '#ffffff', 'stroke-width': 2 });
  }
  const last = layout.marks.at(-1);
  if (last)
    markup += textElement(last.event.title[lang], Math.min(last.x, width - 12), axis + 76, { size: 18, anchor: 'end', weight: 600 });
  return { width, height, markup };
}
