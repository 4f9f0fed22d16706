import { Suspense, useId, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { EmbedView } from '../../config/appConfig';
import { useAppStore } from '../../state/store';
import { useFilteredPartnerships } from '../../state/selectors';
import { SourceLine } from '../../ui/SourceLine';
import { useDataLink } from '../../ui/useDataLink';
import { describeScope, toSubtitle } from '../../export/exportTexts';
import { EMBED_VIEW_COMPONENTS } from './embedViews';
import { embedViewName } from '../../embed/embedViewName';
import { toDashboardUrl } from '../../embed/embedUrl';
import { toSiteBaseUrl } from '../../embed/embedPages';
import { useReportHeight } from './useReportHeight';
import { ChunkBoundary } from '../../ui/ChunkBoundary';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import './embed.css';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * One view alone, for an iframe in an article: its title and what it shows, the view with its
 * own legend, the source line, and a link back to the full dashboard on the same state. The view
 * is the dashboard's own component; only this frame and its stylesheet know it is embedded.
 */
export default function EmbedApp({ view, dataset }: { view: EmbedView; dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const titleId = useId();
  const subtitleId = useId();
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const partnerships = useFilteredPartnerships(dataset);
  const ref = useRef<HTMLElement>(null);
  useReportHeight(ref, view);

  // The link back opens the same data: a link's own, under its host's name, when the embed shows one.
  const dataLink = useDataLink();
  const dashboardUrl = useMemo(
    () => toDashboardUrl(toSiteBaseUrl(window.location.href), view, { lang, filters, selection, dataLink }),
    [view, lang, filters, selection, dataLink],
  );
  const View = EMBED_VIEW_COMPONENTS[view];

  return (
    <main ref={ref} className={`embed embed--${view}`} aria-labelledby={`${titleId} ${subtitleId}`}>
      <header className="embed__header">
        <h1 id={titleId} className="embed__title">
          <DataText text={dataset.json.title[lang]} max={TITLE_MAX} />
        </h1>
        <h2 id={subtitleId} className="embed__subtitle">
          {toSubtitle(embedViewName(view, t), dataset, selection, lang, t)}
        </h2>
        <p className="embed__scope">{describeScope(dataset, filters, partnerships.length, lang, t)}</p>
      </header>
      <div className="embed__view">
        <ChunkBoundary what={embedViewName(view, t)}>
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            <View dataset={dataset} />
          </Suspense>
        </ChunkBoundary>
      </div>
      <footer className="embed__footer">
        <SourceLine dataset={dataset} />
        <p className="embed__links">
          <a href={dashboardUrl} target="_blank" rel="noopener">
            {t.embed.openFull} <span className="visually-hidden">{t.embed.opensInNewTab}</span>
          </a>
          <span className="embed__credit">{t.appName}</span>
        </p>
      </footer>
    </main>
  );
}
