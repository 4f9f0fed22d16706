import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { fr } from '../../i18n/fr';
import { en } from '../../i18n/en';
import { useAppStore } from '../../state/store';
import { useFilteredPartnerships } from '../../state/selectors';
import type { ExportBackground } from '../../export/composeChartSvg';
import type { ExportFormat } from '../../export/runExport';
import { MAX_SIDE } from '../../export/pictureSize';
import { toAltText } from '../../export/altText';
import { useDataLink } from '../../ui/useDataLink';
import { Dialog } from '../../ui/Dialog';
import { SnippetField } from './SnippetField';
import { LANGS } from '../../model/lang';
import { useLang, useMessages } from '../../state/useMessages';
import { CHART_VIEWS, type ChartView } from '../../model/views';

// The dialog's chunk brings both catalogues, which the page itself loads only as they are read.
const CATALOGUES = { fr, en };

type Status =
  | { kind: 'idle' | 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed' | 'not-shown' }
  | { kind: 'too-large'; width: number; height: number };

/**
 * The Export dialog: a chart as PNG (twice its size, for print) or SVG, on white or transparent,
 * and the filtered partnerships as CSV or JSON. Every file is built from the list the views
 * draw; the export code loads on first use only. The chart's alt text, in both languages, is
 * written from the same state, ready to copy.
 */
export function ExportDialog({ dataset, open, onClose }: { dataset: Dataset; open: boolean; onClose: () => void }) {
  const t = useMessages();
  const lang = useLang();
  const radios = useId();
  const partnerships = useFilteredPartnerships(dataset);
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const current = useAppStore((s) => s.view);
  const [picked, setPicked] = useState<ChartView | null>(null);
  const [background, setBackground] = useState<ExportBackground>('white');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const view: ChartView = picked ?? CHART_VIEWS.find((v) => v === current) ?? 'map';
  const dataLink = useDataLink();
  const dataHost = dataLink?.host ?? null;

  const run = async (format: ExportFormat) => {
    setStatus({ kind: 'busy' });
    try {
      const { runExport } = await import('../../export/runExport');
      const outcome = await runExport({
        format,
        view,
        background,
        dataset,
        partnerships,
        filters,
        selection,
        lang,
        t,
        root: document,
        dataLink,
      });
      setStatus(
        outcome.ok
          ? { kind: 'done', fileName: outcome.fileName }
          : outcome.reason === 'too-large'
            ? { kind: 'too-large', width: outcome.width, height: outcome.height }
            : { kind: 'not-shown' },
      );
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  // The alt text in both languages, whatever the page's: a newsroom may publish the chart in either.
  const altTexts = useMemo(
    () => LANGS.map((l) => ({ lang: l, text: toAltText({ view, dataset, partnerships, filters, selection, dataHost }, l, CATALOGUES[l]) })),
    [view, dataset, partnerships, filters, selection, dataHost],
  );
  const busy = status.kind === 'busy';
  const message =
    status.kind === 'done'
      ? t.share.downloaded(status.fileName)
      : status.kind === 'failed'
        ? t.share.failed
        : status.kind === 'not-shown'
          ? t.share.notShown
          : status.kind === 'too-large'
            ? t.share.tooLarge(status.width, status.height, MAX_SIDE)
            : '';
  const failed = status.kind === 'failed' || status.kind === 'not-shown' || status.kind === 'too-large';

  return (
    <Dialog title={t.share.exportLabel} closeLabel={t.share.close} open={open} onClose={onClose} closeOnBackdrop className="share-dialog">
      <fieldset className="share-choice">
        <legend>{t.share.exportChart}</legend>
        {CHART_VIEWS.map((name, i) => (
          <label key={name}>
            <input
              type="radio"
              name={`${radios}-chart`}
              checked={view === name}
              onChange={() => setPicked(name)}
              data-autofocus={i === 0 ? '' : undefined}
            />
            {t.regions[name]}
          </label>
        ))}
      </fieldset>
      <fieldset className="share-choice">
        <legend>{t.share.background}</legend>
        {(['white', 'transparent'] as const).map((name) => (
          <label key={name}>
            <input type="radio" name={`${radios}-background`} checked={background === name} onChange={() => setBackground(name)} />
            {name === 'white' ? t.share.backgroundWhite : t.share.backgroundTransparent}
          </label>
        ))}
      </fieldset>
      <div className="share-actions">
        <button type="button" className="button button--primary share-button" disabled={busy} onClick={() => run('png')}>
          {t.share.png}
        </button>
        <button type="button" className="button button--primary share-button" disabled={busy} onClick={() => run('svg')}>
          {t.share.svg}
        </button>
      </div>
      <h3 className="share-dialog__subhead">{t.altText.title}</h3>
      {altTexts.map(({ lang: l, text }) => (
        <SnippetField
          key={l}
          label={t.altText.labelIn(t.altText.languageNames[l])}
          hint={t.altText.hint}
          value={text}
          rows={5}
          lang={l}
          prose
        />
      ))}
      <h3 className="share-dialog__subhead">{t.share.data}</h3>
      <div className="share-actions">
        <button type="button" className="button share-button" disabled={busy} onClick={() => run('csv')}>
          {t.share.csv}
        </button>
        <button type="button" className="button share-button" disabled={busy} onClick={() => run('json')}>
          {t.share.json}
        </button>
      </div>
      <p role="status" className={failed ? 'share-status share-status--failed' : 'share-status'}>
        {message}
      </p>
    </Dialog>
  );
}
