import type { Dataset, Partnership } from '../data/indexDataset';
import type { Messages } from '../i18n/fr';
import { toTableRows } from '../derive/tableRows';
import { DEFAULT_SORT, sortTableRows } from '../derive/sortTableRows';
import { toChartLegend } from './chartLegends';
import { composeChartSvg, type ExportBackground } from './composeChartSvg';
import { toExportTexts } from './exportTexts';
import { toAltText } from './altText';
import { exportFileName } from './fileName';
import { toPartnershipsCsv } from './partnershipsCsv';
import { toPartnershipsJsonText, type ExportedLink } from './partnershipsJson';
import { readChart } from './browser/readChart';
import { downloadBlob, measureInBrowser, svgToPng } from './browser/saveFile';
import { pngScale, svgFits } from './pictureSize';
import type { EntityRef } from '../model/entityRef';
import type { Filters } from '../model/filters';
import type { Lang } from '../model/lang';
import type { ChartView } from '../model/views';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

export interface ExportRequest {
  format: ExportFormat;
  /** The chart, for png and svg. */
  view: ChartView;
  background: ExportBackground;
  dataset: Dataset;
  /** The filtered list the views draw (`useFilteredPartnerships`), so the file matches the screen. */
  partnerships: readonly Partnership[];
  filters: Filters;
  /** The selection on screen, named in the subtitle since the chart fades everything else. */
  selection: EntityRef | null;
  lang: Lang;
  t: Messages;
  /** Where the charts are on screen. */
  root: ParentNode;
  /** The `?data=` link the dataset came from: every file names its host. */
  dataLink?: ExportedLink | null;
}

export type ExportOutcome =
  | { ok: true; fileName: string }
  | { ok: false; reason: 'not-shown' }
  /** The picture would be larger than a browser can draw (`pictureSize`): its size, in pixels. */
  | { ok: false; reason: 'too-large'; width: number; height: number };

/** Builds the file a person asked for and hands it to the browser. Loaded on first use only. */
export async function runExport(request: ExportRequest): Promise<ExportOutcome> {
  const { format, view, dataset, partnerships, filters, lang, t } = request;
  const dataLink = request.dataLink ?? null;
  const dataHost = dataLink?.host ?? null;
  if (format === 'csv' || format === 'json') {
    const fileName = exportFileName(dataset.json.id, null, filters, format);
    const text =
      format === 'csv'
        ? toPartnershipsCsv(sortTableRows(toTableRows(dataset, partnerships, lang, t), DEFAULT_SORT, lang), dataHost)
        : toPartnershipsJsonText(dataset, partnerships, dataLink);
    downloadBlob(new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }), fileName);
    return { ok: true, fileName };
  }

  const drawing = readChart(view, request.root);
  if (!drawing) return { ok: false, reason: 'not-shown' };
  const texts = {
    ...toExportTexts(view, dataset, filters, partnerships.length, lang, t, request.selection, dataHost),
    description: toAltText({ view, dataset, partnerships, filters, selection: request.selection, dataHost }, lang, t),
  };
  const legend = toChartLegend(view, dataset, partnerships, lang, t);
  const { svg, width, height } = composeChartSvg(drawing, texts, legend, {
    background: request.background,
    lang,
    measure: measureInBrowser,
  });
  const fileName = exportFileName(dataset.json.id, view, filters, format);
  const scale = format === 'png' ? pngScale(width, height) : svgFits(width, height) ? 1 : null;
  if (scale === null) return { ok: false, reason: 'too-large', width, height };
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, width, height, scale);
  downloadBlob(blob, fileName);
  return { ok: true, fileName };
}
