import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from './state/store';
import { loadIntoStore } from './state/loadIntoStore';
import { startUrlSync } from './state/urlSync';
import { readAppConfig } from './config/appConfig';
import { shippedDatasetUrl } from './boot/initialDataset';
import { initialLang } from './i18n/lang';
import './styles/app.css';

// Boot reads the page's configuration once, before the first render; views never read the URL.
const config = readAppConfig(window.location.search);
useAppStore.getState().setLang(initialLang(window.location.search, navigator.languages ?? [navigator.language]));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App config={config} />
  </StrictMode>,
);

// Relative to the page, so the site works from any sub-path. The link's state (filters,
// selection...) can only be checked against a dataset, so it is applied once one has loaded.
void loadIntoStore(shippedDatasetUrl(document.baseURI), 'partnerships.json').then(() => {
  if (useAppStore.getState().dataset) startUrlSync();
});
