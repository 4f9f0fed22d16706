// The shared looks come first, so that every component's style refines them.
import './styles/utilities.css';
import { StrictMode, Suspense, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { AppBoundary } from './shell/AppBoundary';
import { lazyChunk } from './ui/lazyChunk';
import { loadCatalogue } from './i18n/messages';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import { readAppConfig } from './config/appConfig';
import { browserBootSources, loadInitialDataset } from './boot/initialDataset';
import { initialLang } from './i18n/lang';
import { readEmbedPage, withEmbedPage } from './embed/embedPages';
import { holdEmbedData } from './embed/holdEmbedData';
import { preloadRegion } from './views/viewComponents';
import { startTheme } from './ui/theme';
import './styles/app.css';
import './styles/themes.css';
import './styles/print.css';

// Boot reads the page's configuration once, before the first render; views never read the URL.
// An embed page (embed-map-fr.html) names its view and language in its head.
const embedPage = readEmbedPage(document);
const config = holdEmbedData(withEmbedPage(readAppConfig(window.location.search), embedPage), document.baseURI);
startTheme();
const lang = initialLang(window.location.search, embedPage ? [embedPage.lang] : (navigator.languages ?? [navigator.language]));
useAppStore.getState().setLang(lang);

// The page is drawn once its language's catalogue is in (French comes with this code; English is
// fetched now, alongside the page's code), so no text shows in French before it turns English. A
// catalogue that cannot be fetched leaves the page in French rather than blank.
const catalogue = loadCatalogue(lang).catch(() => useAppStore.getState().setLang('fr'));

// An embed loads its own page and the dashboard loads its own, each a chunk fetched now: the network
// and sector embeds never download the dashboard's header, filters, details, dialogs or other views.
const embed = config.embed;
// An embed is one light card in every theme (themes.css). Said on the root once, rather than found
// by `:root:has(.embed)`, which Chrome re-checked (a style invalidation of the root) at DOM changes all over the page.
if (embed) document.documentElement.setAttribute('data-embed', '');
const loadEmbedPage = () => import('./shell/embed/EmbedPage');
const loadDashboard = () => import('./App').then((m) => ({ default: m.App }));
let page: ReactElement;
if (embed) {
  const EmbedPage = lazyChunk(loadEmbedPage);
  void EmbedPage.preload().catch(() => undefined);
  page = <EmbedPage view={embed} heldData={config.heldData ?? null} />;
} else {
  const Dashboard = lazyChunk(loadDashboard);
  void Dashboard.preload().catch(() => undefined);
  page = <Dashboard />;
}

// The dataset is requested now (the built page asks for the shipped one before this code has even
// run, see vite.config.ts). An embed fetches its one view's code now too, so the network and sector
// embeds never download Leaflet or the world geometry; a presentation link fetches presentation
// mode. The dashboard fetches its first view's code once the header and the filters, drawn from
// the dataset alone, are on screen (`useRegionsShown`): on a phone they fill the first screen, and
// the map's code and geometry would otherwise hold them back.
const bootSources = browserBootSources(document.baseURI, {
  prefetchShipped: !config.dataUrl && !config.heldData,
  prefetchLink: config.heldData ? null : config.dataUrl,
});
if (config.embed && !config.heldData) void preloadRegion(config.embed).catch(() => undefined);
else if (config.present) void import('./shell/PresentationSlot').then((m) => m.prefetchPresentation()).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Until the page's chunk is in, the same line as index.html's says the page is loading.
const bootStatus = (
  <p className="loading boot-status" role="status">
    Chargement des données… <span lang="en">Loading the data…</span>
  </p>
);
void catalogue.then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppBoundary>
        <Suspense fallback={bootStatus}>{page}</Suspense>
      </AppBoundary>
    </StrictMode>,
  ),
);

// The first dataset comes from a `?data=` link, else the last one a person loaded here, else the
// shipped one. The link's state (filters, selection...) can only be checked against a dataset, so
// it is applied once one has loaded. An embed that holds back its link's data loads nothing.
if (!config.heldData)
  void loadInitialDataset(config, bootSources).then(() => {
    if (!useAppStore.getState().dataset) return;
    startUrlSync(window, { write: !config.embed });
    if (config.present && !config.embed) useAppStore.getState().startPresenting((config.step ?? 1) - 1);
  });
