import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useAppStore } from './state/store';
import { loadIntoStore } from './state/loadIntoStore';
import { startUrlSync } from './state/urlSync';
import { initialLang } from './i18n/lang';
import './styles/app.css';

// Boot reads the page's configuration once, before the first render; views never read the URL.
useAppStore.getState().setLang(initialLang(window.location.search, navigator.languages ?? [navigator.language]));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Relative to the page, so the site works from any sub-path. The link's state (filters,
// selection...) can only be checked against a dataset, so it is applied once one has loaded.
void loadIntoStore(new URL('data/partnerships.json', document.baseURI).href, 'partnerships.json').then(() => {
  if (useAppStore.getState().dataset) startUrlSync();
});
