import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from './state/store';
import { useLang, useMessages } from './i18n/messages';
import { Header } from './shell/Header';
import { LoadIssues } from './shell/LoadIssues';
import { ViewRegion } from './shell/ViewRegion';

// Each view is its own chunk, so a page that does not show the map never downloads Leaflet or
// the world geometry.
const MapView = lazy(() => import('./views/map/MapView'));
const NetworkView = lazy(() => import('./views/network/NetworkView'));
const SectorsView = lazy(() => import('./views/sectors/SectorsView'));
const TableView = lazy(() => import('./views/table/TableView'));
const SourceReader = lazy(() => import('./views/sources/SourceReader'));

export function App() {
  const t = useMessages();
  const lang = useLang();
  const dataset = useAppStore((s) => s.dataset);
  const loading = useAppStore((s) => s.load.phase === 'loading');
  const select = useAppStore((s) => s.select);

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

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header dataset={dataset} />
      <main id="main" tabIndex={-1} aria-busy={loading}>
        <LoadIssues />
        {loading && !dataset && (
          <p className="loading" role="status">
            {t.loading}
          </p>
        )}
        {dataset && (
          <div className="views">
            <ViewRegion title={t.regions.map} className="view-region--map">
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <MapView dataset={dataset} />
              </Suspense>
            </ViewRegion>
            <ViewRegion title={t.regions.network} className="view-region--network">
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <NetworkView dataset={dataset} />
              </Suspense>
            </ViewRegion>
            <ViewRegion title={t.regions.sectors} className="view-region--sectors">
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <SectorsView dataset={dataset} />
              </Suspense>
            </ViewRegion>
            <ViewRegion title={t.regions.source} className="view-region--source">
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <SourceReader dataset={dataset} />
              </Suspense>
            </ViewRegion>
            <ViewRegion title={t.regions.table} className="view-region--table">
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <TableView dataset={dataset} />
              </Suspense>
            </ViewRegion>
          </div>
        )}
      </main>
    </div>
  );
}
