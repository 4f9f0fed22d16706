import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { EmbedView } from '../../config/appConfig';
import { useLang, useMessages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { toBaseUrl, toEmbedUrl } from '../../embed/embedUrl';
import { toEmbedSnippets } from '../../embed/embedSnippets';
import { embedViewName } from '../../embed/embedViews';
import { ModalDialog } from './ModalDialog';
import { SnippetField } from './SnippetField';

/** The views a journalist can embed, in the dashboard's order. */
export const EMBEDDABLE: readonly EmbedView[] = ['map', 'network', 'sectors', 'table', 'timeline'];

/**
 * The Embed dialog: pick a view, then copy a responsive iframe, an iframe with the resizing
 * script, or the plain link. Every snippet is built from the state on screen (language, filters,
 * selection) when the dialog renders, so it embeds what the journalist is looking at.
 */
export function EmbedDialog({ dataset, open, onClose }: { dataset: Dataset; open: boolean; onClose: () => void }) {
  const t = useMessages();
  const lang = useLang();
  const titleId = useId();
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const current = useAppStore((s) => s.view);
  const [picked, setPicked] = useState<EmbedView | null>(null);
  const view: EmbedView = picked ?? (current && EMBEDDABLE.includes(current) ? current : 'map');

  const { snippets, url } = useMemo(() => {
    const base = toBaseUrl(window.location.href);
    const embedUrl = toEmbedUrl(base, view, { lang, filters, selection });
    const scriptUrl = new URL('embed.js', document.baseURI).href;
    const title = t.share.frameTitle(embedViewName(view, t), dataset.json.title[lang]);
    return { snippets: toEmbedSnippets(embedUrl, scriptUrl, title, view), url: embedUrl };
  }, [view, lang, filters, selection, t, dataset]);

  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={titleId} className="share-dialog">
      <div className="share-dialog__head">
        <h2 id={titleId}>{t.share.embedTitle}</h2>
        <button type="button" className="share-button" onClick={onClose}>
          {t.share.close}
        </button>
      </div>
      <p className="share-dialog__intro">{t.share.embedIntro}</p>
      <fieldset className="share-choice">
        <legend>{t.share.embedView}</legend>
        {EMBEDDABLE.map((name, i) => (
          <label key={name}>
            <input type="radio" name={`${titleId}-view`} value={name} checked={view === name} onChange={() => setPicked(name)} data-autofocus={i === 0 ? '' : undefined} />
            {embedViewName(name, t)}
          </label>
        ))}
      </fieldset>
      <SnippetField label={t.share.snippetScript} hint={t.share.snippetScriptHint} value={snippets.script} rows={5} />
      <SnippetField label={t.share.snippetResponsive} hint={t.share.snippetResponsiveHint} value={snippets.responsive} rows={3} />
      <SnippetField label={t.share.snippetLink} hint={t.share.snippetLinkHint} value={snippets.link} rows={2} />
      <p className="share-dialog__preview">
        <a href={url} target="_blank" rel="noopener">
          {t.share.preview}{' '}
          <span className="visually-hidden">{t.embed.opensInNewTab}</span>
        </a>
      </p>
    </ModalDialog>
  );
}
