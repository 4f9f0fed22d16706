import { useViewDataset } from './state/useViewDataset';
import { Suspense, useCallback, useDeferredValue, useEffect, useId, useState } from 'react';
import { useAppStore } from './state/store';
import { Header } from './shell/Header';
import { LoadIssues } from './ui/LoadIssues';
import { UrlNotices } from './shell/UrlNotices';
import { UpdateNotice } from './shell/UpdateNotice';
import { ViewRegion } from './shell/ViewRegion';
import { Toolbar } from './shell/Toolbar';
import { SkipLinks } from './shell/SkipLinks';
import { PickHint } from './shell/PickHint';
import { EmptyFilterNotice } from './shell/EmptyFilterNotice';
import { PrintNote } from './shell/PrintNote';
import { FilterBar } from './features/filters/FilterBar';
import { DateControl } from './features/dateControl/DateControl';
import { DetailsPanel } from './features/details/DetailsPanel';
import { TimelineView, VIEW_COMPONENTS } from './views/viewComponents';
import { REGION_ORDER, useRegionsShown, whenIdle } from './shell/useRegionsShown';
import { Committed } from './shell/Committed';
import { PresentationSlot, prefetchPresentation } from './shell/PresentationSlot';
import './shell/regions.css';
import { FilterStage } from './shell/FilterStage';
import { usePageDocument } from './shell/usePageDocument';
import { ChunkBoundary } from './ui/ChunkBoundary';
import { useMessages } from './state/useMessages';

/** The full dashboard, or presentation mode. An embed's page is a chunk of its own (`shell/embed/EmbedPage`). */
export function App() {
  const t = useMessages();
  const dataset = useViewDataset();
  const loaded = useAppStore((s) => s.dataset);
  // The header (the dataset's title and source line, the first screen's largest text on a phone) is
  // committed with the dataset at once; the rest of the page follows in a deferred render, which
  // React renders in slices of a few milliseconds, so that the header paints without waiting for it.
  const pageDataset = useDeferredValue(dataset);
  const loading = useAppStore((s) => s.load.phase === 'loading');
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.presenting !== null);
  const { shown, committed, allShown } = useRegionsShown(pageDataset !== null && !presenting, view);
  const toolsId = useId();
  const menuButtonId = useId();
  const [toolsOpen, setToolsOpen] = useState(false);
  const closeTools = useCallback(() => setToolsOpen(false), []);
  const escapeTools = useCallback(() => {
    setToolsOpen(false);
    document.getElementById(menuButtonId)?.focus();
  }, [menuButtonId]);

  usePageDocument(dataset, null);

  useEffect(
    function fetchPresentationWhenIdle() {
      // Once every view is on its way, so that presentation mode opens at once when a teacher asks.
      if (allShown) return whenIdle(prefetchPresentation, 3000);
    },
    [allShown],
  );

  useEffect(
    function keepTheSiteForOfflineUseWhenIdle() {
      // After one visit online the site opens and draws with no network (src/offline/). Once every
      // view is on its way, so that fetching the whole site never competes with drawing them; an
      // embed in someone's article never does (its reader did not come for the whole site).
      if (allShown)
        return whenIdle(
          () => void import('./offline/registerServiceWorker').then((offline) => offline.keepForOffline()).catch(() => undefined),
          3000,
        );
    },
    [allShown],
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

  if (presenting && dataset) return <PresentationSlot dataset={dataset} />;

  const loadingView = (
    <p className="loading view-placeholder" role="status">
      {t.loading}
    </p>
  );

  return (
    <div className="app">
      <SkipLinks />
      <Header
        dataset={dataset}
        toolsId={toolsId}
        menuButtonId={menuButtonId}
        toolsOpen={toolsOpen}
        onToggleTools={() => setToolsOpen((open) => !open)}
      />
      <Toolbar id={toolsId} dataset={pageDataset} open={toolsOpen} onNavigate={closeTools} onEscape={escapeTools} />
      <main id="main" tabIndex={-1} aria-busy={loading}>
        <LoadIssues />
        <UrlNotices />
        <UpdateNotice />
        {pageDataset && (
          <>
            <FilterBar dataset={pageDataset} />
            {loaded && <DateControl dataset={loaded} shown={pageDataset} />}
            <EmptyFilterNotice dataset={pageDataset} />
            <PickHint />
            <div className="workspace">
              <div className="views">
                {REGION_ORDER.map((name) => {
                  const ViewComponent = name === 'timeline' ? TimelineView : VIEW_COMPONENTS[name];
                  return (
                    <ViewRegion
                      key={name}
                      id={name === 'timeline' ? undefined : `view-${name}`}
                      title={name === 'timeline' ? t.timeline.title : t.regions[name]}
                      className={`view-region--${name}`}
                    >
                      {/* A view that fails says so in its region, and counts as drawn, so that the next ones still come. */}
                      <ChunkBoundary what={name === 'timeline' ? t.timeline.title : t.regions[name]} onFailure={() => committed(name)}>
                        <Suspense fallback={loadingView}>
                          {shown(name) ? (
                            <FilterStage view={name}>
                              <ViewComponent dataset={pageDataset} />
                              <Committed region={name} onCommit={committed} />
                            </FilterStage>
                          ) : (
                            loadingView
                          )}
                        </Suspense>
                      </ChunkBoundary>
                      <PrintNote dataset={pageDataset} />
                    </ViewRegion>
                  );
                })}
              </div>
              <DetailsPanel dataset={pageDataset} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
