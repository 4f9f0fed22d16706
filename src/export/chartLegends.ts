import type { ChartView } from '../model/views';
import type { Dataset, Partnership } from '../data/indexDataset';
import type { Messages } from '../i18n/fr';
import { toMapScene } from '../derive/toMapScene';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from '../styles/statusStyle';
import { KIND_ORDER, NODE_COLORS, nodeShapePath, TIE_STYLES } from '../styles/networkStyle';
import { linkWeight, MAP_COLORS } from '../styles/mapStyles';
import type { LegendGroup, LegendItem } from './legendSvg';
import { markName } from './exportTexts';
import { STATUSES, type Status } from '../model/statuses';
import type { Lang } from '../model/lang';

/**
 * The statuses a printed key needs: only those the exported partnerships have, in the shared
 * order. A key listing what the picture does not show sends readers looking for it.
 */
function shownStatuses(partnerships: readonly Partnership[]): Status[] {
  const present = new Set(partnerships.map((p) => p.status));
  return STATUSES.filter((s) => present.has(s));
}

function statusItems(partnerships: readonly Partnership[], t: Messages): LegendItem[] {
  return shownStatuses(partnerships).map((status) => {
    const style = STATUS_STYLES[status];
    return { label: t.statuses[status], sample: { kind: 'line', color: style.color, width: 3, dash: style.dash, glyph: style.glyph } };
  });
}

function mapGroups(dataset: Dataset, partnerships: readonly Partnership[], lang: Lang, t: Messages): LegendGroup[] {
  // Widths scale on the whole dataset, as on screen, so the key matches the drawn lines.
  const maxSectors = Math.max(1, ...toMapScene(dataset, dataset.partnerships).links.map((l) => l.sectorCount));
  const widths = [...new Set([1, Math.round((1 + maxSectors) / 2), maxSectors])];
  const tints = shownStatuses(partnerships).map((s) => STATUS_STYLES[s].color);
  return [
    { title: t.map.legendLinks, items: statusItems(partnerships, t) },
    {
      title: t.map.legendWidth,
      items: widths.map((n) => ({
        label: t.map.sectorCount(n),
        sample: { kind: 'line', color: MAP_COLORS.ink, width: linkWeight(n, maxSectors) },
      })),
    },
    {
      title: t.map.legendFills,
      items: [
        { label: t.map.fillFocus(markName(dataset.focus.name[lang])), sample: { kind: 'swatch', fills: [FOCUS_COLOR] } },
        ...(tints.length ? [{ label: t.map.fillPartner, sample: { kind: 'swatch' as const, fills: tints, opacity: 0.45 } }] : []),
        { label: t.map.fillNone, sample: { kind: 'swatch', fills: [NEUTRAL_FILL] } },
      ],
    },
    {
      title: t.map.legendPlaces,
      items: [
        { label: t.map.placeCapital, sample: { kind: 'shape', d: nodeShapePath('country', 5), fill: MAP_COLORS.ink, stroke: '#ffffff' } },
        { label: t.map.placeHeadquarters, sample: { kind: 'shape', d: 'M-5,-5H5V5H-5Z', fill: MAP_COLORS.ink, stroke: '#ffffff' } },
      ],
    },
  ];
}

function networkGroups(dataset: Dataset, partnerships: readonly Partnership[], lang: Lang, t: Messages): LegendGroup[] {
  const actors: LegendItem[] = KIND_ORDER.map((kind) => ({
    label: t.kinds[kind],
    sample: {
      kind: 'shape',
      d: nodeShapePath(kind, 6),
      fill: kind === 'person' ? NODE_COLORS.personFill : NODE_COLORS.fill,
      stroke: NODE_COLORS.stroke,
    },
  }));
  actors.push({
    label: `${markName(dataset.focus.name[lang])} (${t.network.focus})`,
    sample: { kind: 'shape', d: nodeShapePath('country', 6), fill: NODE_COLORS.focusFill, stroke: NODE_COLORS.focusStroke },
  });
  const ties: LegendItem[] = (['membership', 'event'] as const).map((kind) => ({
    label: t.network[kind],
    sample: { kind: 'line', color: TIE_STYLES[kind].color, width: TIE_STYLES[kind].width + 0.5, dash: TIE_STYLES[kind].dash },
  }));
  return [
    { title: t.network.legendActors, items: actors },
    { title: t.network.legendStatuses, items: statusItems(partnerships, t) },
    { title: t.network.legendTies, items: ties },
  ];
}

/** The key printed under an exported chart: the same groups as the view's own legend. */
export function toChartLegend(
  view: ChartView,
  dataset: Dataset,
  partnerships: readonly Partnership[],
  lang: Lang,
  t: Messages,
): LegendGroup[] {
  if (view === 'map') return mapGroups(dataset, partnerships, lang, t);
  if (view === 'network') return networkGroups(dataset, partnerships, lang, t);
  return [{ title: t.sectors.legendTitle, items: statusItems(partnerships, t) }];
}
