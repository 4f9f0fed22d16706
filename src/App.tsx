import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from './state/store';
import { useLang, useMessages } from './i18n/messages';
import type { View } from './state/urlState';
import { Header } from './shell/Header';
import { LoadIssues } from './shell/LoadIssues';
import { UrlNotices } from './shell/UrlNotices';
import { ViewRegion } from './shell/ViewRegion';
import { ViewNav } from './shell/ViewNav';
import { CopyLinkButton } from './shell/CopyLinkButton';
import { EmptyFilterNotice } from './shell/EmptyFilterNotice';
import { PrintNote } from './shell/PrintNote';
import { FilterBar } from './views/filters/FilterBar';
import { DetailsPanel } from './views/details/DetailsPanel';
import { Timeline } from './views/timeline/Timeline';
import { ShareTools } from './views/share/ShareTools';
import { DataTools } from './views/data/DataTools';
import { DraftTools } from './views/draft/DraftTools';
import { StoryTools } from './views/present/StoryTools';
import { Presentation } from './views/present/Presentation';
import type { AppConfig } from './config/appConfig';
import { VIEW_COMPONENTS } from './views/viewComponents';
import { EmbedStatus } from './embed/EmbedStatus';

const EmbedApp = lazy(() => import('./embed/EmbedApp'));

// The timeline sits between the charts of who and the views of what, in reading order too.
const VIEW_ORDER: readonly (View | 'timeline')[] = ['map', 'network', 'timeline', 'sectors', 'source', 'table'];

const NO_CONFIG: AppConfig = { embed: null, dataUrl: null, present: false, step: null };

export function App({ config = NO_CONFIG }: { config?: AppConfig }) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useAppStore((s) => s.dataset);
  const loading = useAppStore((s) => s.load.phase === 'loading');
  const view = useAppStore((s) => s.view);
  const select = useAppStore((s) => s.select);
  const presenting = useAppStore((s) => s.presenting !== null);

  useEffect(
    function followLanguageInDocument() {
      document.documentElement.lang = lang;
    },
    [lang],
  );

  useEffect(
    function clearSelectionOnEscape() {
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Escape' && !event.defaultPrevented) select(null);
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [select],
  );

  useEffect(
    function bringChosenViewForward() {
      if (!view || !dataset) return;
      const region = document.getElementById(`view-${view}`);
      const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      region?.scrollIntoView?.({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
      region?.focus({ preventScroll: true });
    },
    [view, dataset],
  );

  if (config.embed) {
    return dataset ? (
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <EmbedApp view={config.embed} dataset={dataset} />
      </Suspense>
    ) : (
      <EmbedStatus view={config.embed} />
    );
  }

  if (presenting && dataset) return <Presentation dataset={dataset} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header dataset={dataset} />
      <main id="main" tabIndex={-1} aria-busy={loading}>
        <LoadIssues />
        <UrlNotices />
        {loading && !dataset && (
          <p className="loading" role="status">
            {t.loading}
          </p>
        )}
        {dataset && (
          <>
            <div className="toolbar">
              <ViewNav />
              <div className="toolbar__actions">
                <DataTools />
                <DraftTools />
                <StoryTools dataset={dataset} />
                <ShareTools dataset={dataset} />
                <CopyLinkButton />
              </div>
            </div>
            <FilterBar dataset={dataset} />
            <EmptyFilterNotice dataset={dataset} />
            <div className="workspace">
              <div className="views">
                {VIEW_ORDER.map((name) => {
                  if (name === 'timeline') {
                    return (
                      <ViewRegion key={name} title={t.timeline.title} className="view-region--timeline">
                        <Timeline dataset={dataset} />
                        <PrintNote dataset={dataset} />
                      </ViewRegion>
                    );
                  }
                  const ViewComponent = VIEW_COMPONENTS[name];
                  return (
                    <ViewRegion key={name} id={`view-${name}`} title={t.regions[name]} className={`view-region--${name}`}>
                      <Suspense fallback={<p role="status">{t.loading}</p>}>
                        <ViewComponent dataset={dataset} />
                      </Suspense>
                      <PrintNote dataset={dataset} />
                    </ViewRegion>
                  );
                })}
              </div>
              <DetailsPanel dataset={dataset} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
