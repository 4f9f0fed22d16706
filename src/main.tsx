// The shared looks come first, so that every component's style refines them.
import './styles/utilities.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppBoundary } from './shell/AppBoundary';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import { readAppConfig } from './config/appConfig';
import { browserBootSources, loadInitialDataset } from './boot/initialDataset';
import { initialLang } from './i18n/lang';
import { readEmbedPage, withEmbedPage } from './embed/embedPages';
import { holdEmbedData } from './embed/holdEmbedData';
import { preloadRegion } from './views/viewComponents';
import { prefetchPresentation } from './shell/PresentationSlot';
import { startTheme } from './ui/theme';
import './styles/app.css';
import './styles/themes.css';
import './styles/print.css';

// Boot reads the page's configuration once, before the first render; views never read the URL.
// An embed page (embed-map-fr.html) names its view and language in its head.
const embedPage = readEmbedPage(document);
const config = holdEmbedData(withEmbedPage(readAppConfig(window.location.search), embedPage), document.baseURI);
startTheme();
useAppStore
  .getState()
  .setLang(initialLang(window.location.search, embedPage ? [embedPage.lang] : (navigator.languages ?? [navigator.language])));

// The dataset is requested now (the built page asks for the shipped one before this code has even
// run, see vite.config.ts). An embed fetches its one view's code now too, so the network and sector
// embeds never download Leaflet or the world geometry; a presentation link fetches presentation
// mode. The dashboard fetches its first view's code once the header and the filters, drawn from
// the dataset alone, are on screen (`useRegionsShown`): on a phone they fill the first screen, and
// the map's code and geometry would otherwise hold them back.
const bootSources = browserBootSources(document.baseURI, { prefetchShipped: !config.dataUrl && !config.heldData });
if (config.embed && !config.heldData) void preloadRegion(config.embed).catch(() => undefined);
else if (config.present) prefetchPresentation();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppBoundary>
      <App config={config} />
    </AppBoundary>
  </StrictMode>,
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
