import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { EmbedView } from '../../config/appConfig';
import { useAppStore } from '../../state/store';
import { useFilteredPartnerships } from '../../state/selectors';
import { toBaseUrl, toEmbedPageUrl, toEmbedUrl } from '../../embed/embedUrl';
import { HAS_EMBED_PAGES } from '../../embed/embedPages';
import { toEmbedSnippets, toSnippetHeight } from '../../embed/embedSnippets';
import { embedViewName } from '../../embed/embedViewName';
import { toAltText } from '../../export/altText';
import { useDataLink } from '../../ui/useDataLink';
import { Dialog } from '../../ui/Dialog';
import { SnippetField } from './SnippetField';
import { EmbedHeightProbe, type HeightMeasure } from './EmbedHeightProbe';
import { useLang, useMessages } from '../../state/useMessages';

/** The views a journalist can embed, in the dashboard's order. */
export const EMBEDDABLE: readonly EmbedView[] = ['map', 'network', 'sectors', 'table', 'timeline'];

/** Common article columns: a phone, a news site's text column, a page without a sidebar. */
const COLUMN_PRESETS = [
  { name: 'phone', width: 360 },
  { name: 'column', width: 640 },
  { name: 'wide', width: 960 },
] as const;
const MIN_WIDTH = 240;
const MAX_WIDTH = 1600;

/** A typed width, or null while it is not one a column could be. */
function readWidth(text: string): number | null {
  const n = Math.round(Number(text));
  return text.trim() !== '' && Number.isFinite(n) && n >= MIN_WIDTH && n <= MAX_WIDTH ? n : null;
}

/**
 * The Embed dialog: pick a view and the article's column width, then copy an iframe with the
 * resizing script, a responsive iframe, or the plain link. Every snippet is built from the state
 * on screen (language, filters, selection) when the dialog renders, so it embeds what the
 * journalist is looking at. The plain iframe's height is the embed's own, measured at that
 * width in an unseen copy of it, so it neither scrolls nor cuts in a column of that width.
 */
export function EmbedDialog({ dataset, open, onClose }: { dataset: Dataset; open: boolean; onClose: () => void }) {
  const t = useMessages();
  const lang = useLang();
  const radios = useId();
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const current = useAppStore((s) => s.view);
  const partnerships = useFilteredPartnerships(dataset);
  const [picked, setPicked] = useState<EmbedView | null>(null);
  const view: EmbedView = picked ?? (current && EMBEDDABLE.includes(current) ? current : 'map');
  const [column, setColumn] = useState<number | 'custom'>(640);
  const [customText, setCustomText] = useState('');
  const width = column === 'custom' ? (readWidth(customText) ?? 640) : column;

  // A dataset from a `?data=` link goes into the embed with the word that lets the embed show it.
  const dataLink = useDataLink();
  const { url, scriptUrl, title } = useMemo(() => {
    const base = toBaseUrl(window.location.href);
    return {
      // The view's own page where the site has them, so a shared link previews as that view; not
      // for a link's data, which that page's preview (drawn from the shipped data) would misname.
      url: (HAS_EMBED_PAGES && !dataLink ? toEmbedPageUrl : toEmbedUrl)(base, view, { lang, filters, selection, dataLink }),
      scriptUrl: new URL('embed.js', document.baseURI).href,
      title: t.share.frameTitle(embedViewName(view, t), dataset.json.title[lang]),
    };
  }, [view, lang, filters, selection, dataLink, t, dataset]);

  // A measure belongs to one address at one width; a new choice starts a new one.
  const [measure, setMeasure] = useState<{ url: string; value: HeightMeasure } | null>(null);
  const measured: HeightMeasure =
    measure && measure.url === url && measure.value.width === width ? measure.value : { state: 'measuring', width, height: null };
  const height = measured.state === 'measured' && measured.height !== null ? toSnippetHeight(measured.height) : undefined;
  const snippets = toEmbedSnippets(url, scriptUrl, title, view, height);
  const altText = useMemo(
    () => toAltText({ view, dataset, partnerships, filters, selection, dataHost: dataLink?.host }, lang, t),
    [view, dataset, partnerships, filters, selection, dataLink, lang, t],
  );

  const heightStatus =
    measured.state === 'measured' && measured.height !== null
      ? t.embedHeight.measured(width, measured.height)
      : measured.state === 'failed'
        ? t.embedHeight.failed
        : t.embedHeight.measuring(width);

  return (
    <Dialog title={t.share.embedTitle} closeLabel={t.share.close} open={open} onClose={onClose} closeOnBackdrop className="share-dialog">
      <p className="share-dialog__intro">{t.share.embedIntro}</p>
      <fieldset className="share-choice">
        <legend>{t.share.embedView}</legend>
        {EMBEDDABLE.map((name, i) => (
          <label key={name}>
            <input
              type="radio"
              name={`${radios}-view`}
              value={name}
              checked={view === name}
              onChange={() => setPicked(name)}
              data-autofocus={i === 0 ? '' : undefined}
            />
            {embedViewName(name, t)}
          </label>
        ))}
      </fieldset>
      <fieldset className="share-choice share-width">
        <legend>{t.embedHeight.legend}</legend>
        {COLUMN_PRESETS.map((preset) => (
          <label key={preset.name}>
            <input type="radio" name={`${radios}-width`} checked={column === preset.width} onChange={() => setColumn(preset.width)} />
            {t.embedHeight.preset(t.embedHeight.presets[preset.name], preset.width)}
          </label>
        ))}
        <label>
          <input type="radio" name={`${radios}-width`} checked={column === 'custom'} onChange={() => setColumn('custom')} />
          {t.embedHeight.custom}
        </label>
        <input
          type="number"
          aria-label={t.embedHeight.custom}
          min={MIN_WIDTH}
          max={MAX_WIDTH}
          step={10}
          value={customText}
          placeholder="720"
          onChange={(e) => {
            setCustomText(e.currentTarget.value);
            setColumn('custom');
          }}
        />
      </fieldset>
      <p className="share-measure" role="status">
        {heightStatus}
      </p>
      {open && (
        <EmbedHeightProbe
          key={url}
          url={url}
          width={width}
          title={t.embedHeight.frameTitle}
          onMeasure={(value) => setMeasure({ url, value })}
        />
      )}
      <SnippetField label={t.share.snippetScript} hint={t.share.snippetScriptHint} value={snippets.script} rows={5} />
      <SnippetField label={t.share.snippetResponsive} hint={t.share.snippetResponsiveHint} value={snippets.responsive} rows={3} />
      <SnippetField label={t.share.snippetLink} hint={t.share.snippetLinkHint} value={snippets.link} rows={2} />
      <SnippetField label={t.altText.embedLabel} hint={t.altText.embedHint} value={altText} rows={4} prose />
      <p className="share-dialog__preview">
        <a href={url} target="_blank" rel="noopener">
          {t.share.preview} <span className="visually-hidden">{t.embed.opensInNewTab}</span>
        </a>
      </p>
    </Dialog>
  );
}
