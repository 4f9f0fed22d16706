import type { AppConfig } from '../config/appConfig';
import type { Dataset } from '../data/indexDataset';
import type { DataIssue, Result } from '../data/dataIssue';
import { loadDataset, type Fetcher } from '../data/loadDataset';
import { useAppStore } from '../state/store';
import { forgetOwnDataset, restoreOwnDataset, type Restored } from './savedDataset';

/** Where the shipped dataset is, relative to the page so the site works from any sub-path. */
export function shippedDatasetUrl(baseUri: string): string {
  return new URL('data/partnerships.json', baseUri).href;
}

export const SHIPPED_LABEL = 'partnerships.json';

export interface BootSources {
  link: (address: string) => Promise<Result<Dataset>>;
  restore: () => Promise<Restored | null>;
  forget: () => Promise<void>;
  shipped: () => Promise<Result<Dataset>>;
}

/**
 * `prefetchShipped` (no `?data=` link) starts the shipped dataset's request at once, alongside
 * the check of the browser's storage and the first view's code, rather than after them; the
 * answer goes unused when a dataset kept in the browser is restored instead.
 */
export function browserBootSources(baseUri: string, { prefetchShipped = false }: { prefetchShipped?: boolean } = {}): BootSources {
  const fetcher = prefetchShipped && import.meta.env.MODE !== 'single' ? prefetchingFetcher(shippedDatasetUrl(baseUri)) : undefined;
  return {
    // Only a `?data=` link needs the CSV road, so it is fetched only then.
    link: async (address) => (await import('./loadFromLink')).loadFromLink(address, baseUri),
    restore: restoreOwnDataset,
    forget: forgetOwnDataset,
    shipped: () => loadShipped(baseUri, fetcher),
  };
}

/**
 * The one-file build (`--mode single`) carries its data inside; the check on the build mode is
 * replaced at build time, so the ordinary site neither bundles nor downloads that module.
 */
async function loadShipped(baseUri: string, fetcher: Fetcher | undefined): Promise<Result<Dataset>> {
  if (import.meta.env.MODE === 'single') {
    const { bundledFetcher } = await import('./bundledFetcher');
    return loadDataset(shippedDatasetUrl(baseUri), bundledFetcher);
  }
  return loadDataset(shippedDatasetUrl(baseUri), fetcher);
}

/** A fetcher whose first request for `url` is the one started now; any other request goes out as usual. */
function prefetchingFetcher(url: string): Fetcher {
  let early: Promise<Response> | null = fetch(url);
  // A failure is the loader's to report, when (and if) it asks for this answer.
  early.catch(() => undefined);
  return (requested) => {
    if (requested !== url || !early) return fetch(requested);
    const response = early;
    early = null;
    return response;
  };
}

/**
 * The first dataset: the one a `?data=` link names, else the last one the person loaded in this
 * browser, else the shipped one. When the first choice fails, the shipped dataset is shown and
 * the problems stay listed above it, so the page is never empty for a bad link.
 */
export async function loadInitialDataset(config: Pick<AppConfig, 'dataUrl'>, sources: BootSources): Promise<void> {
  const { startLoading, datasetLoaded, datasetFailed } = useAppStore.getState();
  let failure: { label: string; issues: readonly DataIssue[] } | null = null;

  if (config.dataUrl) {
    const label = linkLabel(config.dataUrl);
    startLoading(label);
    const result = await sources.link(config.dataUrl);
    if (result.ok) return datasetLoaded(result.value, { kind: 'link', label, address: config.dataUrl });
    failure = { label, issues: result.issues };
  } else {
    const restored = await sources.restore();
    if (restored?.ok) return datasetLoaded(restored.dataset, { kind: 'own', label: restored.label });
    if (restored) {
      // A kept dataset that no longer passes the checks is dropped, so the next visit starts clean.
      await sources.forget();
      failure = { label: restored.label, issues: restored.issues };
    }
  }

  startLoading(SHIPPED_LABEL);
  const shipped = await sources.shipped();
  if (shipped.ok) datasetLoaded(shipped.value);
  if (failure) datasetFailed(failure.label, failure.issues);
  else if (!shipped.ok) datasetFailed(SHIPPED_LABEL, shipped.issues);
}

function linkLabel(address: string): string {
  return address.split(/[?#]/)[0]?.split('/').pop() || address;
}
