import type { AppConfig } from '../config/appConfig';
import { SHIPPED_LABEL, shippedDatasetUrl } from '../config/shippedDataset';
import type { Dataset } from '../data/indexDataset';
import { inFile, type DataIssue, type Result } from '../data/dataIssue';
import { loadDataset, type Fetcher, type LoadOptions } from '../data/loadDataset';
import { useAppStore } from '../state/store';
import { loadSequence, type LoadSequence, type LoadTicket } from '../state/loadSequence';
import { datasetKeeper, STORAGE_LABEL, type Restored } from '../state/savedDataset';
import { TIME_LIMITS } from '../config/timeLimits';
import { watchSilence } from './watchSilence';

/**
 * What one step of the start-up gives its loader: the step's signal (aborted on Cancel, or once
 * its server has been silent too long), a listener for the bytes of its file, and `watch`, which
 * wraps the fetcher the loader uses so that its silence is timed.
 */
export interface BootStep extends LoadOptions {
  watch: (fetcher: Fetcher) => Fetcher;
}

export interface BootSources {
  /** The page's address, which relative `?data=` links are read against. */
  baseUri: string;
  link: (address: string, step: BootStep) => Promise<Result<Dataset>>;
  restore: () => Promise<Restored | null>;
  shipped: (step: BootStep) => Promise<Result<Dataset>>;
}

const fetchOf: Fetcher = (url, init) => fetch(url, init);

/**
 * `prefetchShipped` (no `?data=` link) starts the shipped dataset's request at once, alongside
 * the check of the browser's storage and the first view's code, rather than after them; the
 * answer goes unused when a dataset kept in the browser is restored instead. `prefetchLink` does
 * the same for the address of a `?data=` link the page will load, when it is one it may fetch
 * (http or https): it was requested only once the code that reads links had come, some 170 ms
 * after the page's own code at 5,000 partnerships, with the network idle meanwhile.
 */
export function browserBootSources(
  baseUri: string,
  { prefetchShipped = false, prefetchLink = null }: { prefetchShipped?: boolean; prefetchLink?: string | null } = {},
): BootSources {
  const fetcher = prefetchShipped && import.meta.env.MODE !== 'single' ? prefetchingFetcher(shippedDatasetUrl(baseUri)) : fetchOf;
  const linkUrl = prefetchLink ? fetchableLink(prefetchLink, baseUri) : null;
  const linkFetcher = linkUrl ? prefetchingFetcher(linkUrl) : fetchOf;
  return {
    baseUri,
    // Only a `?data=` link needs the CSV road, so it is fetched only then. If that code cannot be
    // downloaded, the link fails like an unreachable file, and the shipped dataset is shown.
    link: (address, step) =>
      import('./loadFromLink').then(
        (m) => m.loadFromLink(address, baseUri, step.watch(linkFetcher), step),
        (): Result<Dataset> => ({ ok: false, issues: [{ at: { path: 'data' }, problem: { code: 'codeUnavailable' } }] }),
      ),
    restore: datasetKeeper.restore,
    shipped: (step) => loadShipped(baseUri, step.watch(fetcher), step),
  };
}

/**
 * The one-file build (`--mode single`) carries its data inside; the check on the build mode is
 * replaced at build time, so the ordinary site neither bundles nor downloads that module.
 */
async function loadShipped(baseUri: string, fetcher: Fetcher, options: LoadOptions): Promise<Result<Dataset>> {
  if (import.meta.env.MODE === 'single') {
    const { bundledFetcher } = await import('./bundledFetcher');
    return loadDataset(shippedDatasetUrl(baseUri), bundledFetcher, options);
  }
  return loadDataset(shippedDatasetUrl(baseUri), fetcher, options);
}

/** The address a `?data=` link is fetched at (`loadFromLink`), or null for one it would not fetch. */
function fetchableLink(address: string, baseUri: string): string | null {
  const url = URL.canParse(address, baseUri) ? new URL(address, baseUri) : null;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** A fetcher whose first request for `url` is the one started now; any other request goes out as usual. */
function prefetchingFetcher(url: string): Fetcher {
  let early: Promise<Response> | null = fetch(url);
  // A failure is the loader's to report, when (and if) it asks for this answer.
  early.catch(() => undefined);
  return (requested, init) => {
    if (requested !== url || !early) return fetch(requested, init);
    const response = early;
    early = null;
    return response;
  };
}

type Failure = { label: string; issues: readonly DataIssue[] };

/**
 * The first dataset: the one a `?data=` link names, else the one this tab showed (or, in a new
 * tab, the last one loaded in this browser), else the shipped one. When the first choice fails,
 * is cancelled, or waits past its time limit, the shipped dataset is shown with a notice that
 * names what failed, so the page is never empty, nor stuck on "Loading the data…".
 */
export async function loadInitialDataset(
  config: Pick<AppConfig, 'dataUrl'>,
  sources: BootSources,
  sequence: LoadSequence = loadSequence,
): Promise<void> {
  const { startLoading, datasetLoaded, datasetFailed } = useAppStore.getState();
  let failure: Failure | null = null;
  let drop: (() => Promise<void>) | null = null;

  if (config.dataUrl) {
    const address = config.dataUrl;
    const label = linkLabel(address);
    const host = hostOf(address, sources.baseUri);
    const ticket = sequence.begin();
    startLoading(label, { kind: 'link', host });
    const result = await runStep(ticket, (step) => sources.link(address, step));
    if (result !== STOPPED && result.ok && sequence.commit(ticket, () => datasetLoaded(result.value, { kind: 'link', label, address })))
      return;
    failure = { label, issues: issuesOf(ticket, result, label, host) };
  } else {
    const ticket = sequence.begin();
    startLoading(STORAGE_LABEL, { kind: 'storage' });
    const restored = await runStep(ticket, () => sources.restore());
    if (restored === STOPPED) failure = { label: STORAGE_LABEL, issues: issuesOf(ticket, restored, STORAGE_LABEL, '') };
    else if (restored?.ok) {
      const { keep, dataset, label } = restored;
      if (sequence.commit(ticket, () => datasetLoaded(dataset, { kind: 'own', label }), keep ?? undefined)) return;
    } else if (restored) {
      // A kept dataset that no longer passes the checks is dropped, so the next visit starts clean.
      drop = restored.drop;
      failure = { label: restored.label, issues: restored.issues };
    }
  }

  const ticket = sequence.begin();
  startLoading(SHIPPED_LABEL);
  const shipped = await runStep(ticket, sources.shipped);
  if (shipped !== STOPPED && shipped.ok) {
    const show = () => {
      datasetLoaded(shipped.value);
      if (failure) datasetFailed(failure.label, failure.issues, true);
    };
    sequence.commit(ticket, show, drop ? () => drop().then(() => true) : undefined);
  } else if (ticket.signal.reason !== 'superseded') {
    // Nothing to show: the first failure, or else the shipped dataset's own, says why.
    if (failure) datasetFailed(failure.label, failure.issues);
    else datasetFailed(SHIPPED_LABEL, issuesOf(ticket, shipped, SHIPPED_LABEL, hostOf(SHIPPED_LABEL, sources.baseUri)));
  }
}

const STOPPED = Symbol('stopped');

/**
 * Runs one step of the start-up, and stops waiting for it as soon as its ticket is stopped (the
 * person cancelled, or its server stayed silent), whatever the loader does: a loader that
 * ignored the signal could otherwise keep the page waiting.
 */
async function runStep<T>(ticket: LoadTicket, run: (step: BootStep) => Promise<T>): Promise<T | typeof STOPPED> {
  const watches: (() => void)[] = [];
  const step: BootStep = {
    signal: ticket.signal,
    onProgress: (received, total) => {
      if (ticket.isCurrent()) useAppStore.getState().loadProgress(received, total);
    },
    watch: (fetcher) => {
      const watched = watchSilence(fetcher, TIME_LIMITS.silenceMs, () => ticket.stop('silent'));
      watches.push(watched.stop);
      return watched.fetcher;
    },
  };
  let onStop: () => void = () => undefined;
  const stopped = new Promise<typeof STOPPED>((resolve) => {
    onStop = () => resolve(STOPPED);
    if (ticket.signal.aborted) onStop();
    else ticket.signal.addEventListener('abort', onStop, { once: true });
  });
  try {
    return await Promise.race([run(step), stopped]);
  } finally {
    ticket.signal.removeEventListener('abort', onStop);
    for (const stop of watches) stop();
  }
}

/**
 * Why a step gave no dataset: it was cancelled, or its server sent nothing for too long, or else
 * the problems its loader found.
 */
function issuesOf<T>(ticket: LoadTicket, result: Result<T> | null | typeof STOPPED, label: string, host: string): readonly DataIssue[] {
  const reason: unknown = ticket.signal.reason;
  if (reason === 'cancelled') return [inFile(label, { code: 'cancelled' })];
  if (reason === 'silent') return [inFile(label, { code: 'serverSilent', host, seconds: Math.round(TIME_LIMITS.silenceMs / 1000) })];
  return result === STOPPED || result === null || result.ok ? [] : result.issues;
}

function linkLabel(address: string): string {
  return address.split(/[?#]/)[0]?.split('/').pop() || address;
}

/** The host a link's data comes from, as the person would recognise it in an address. */
function hostOf(address: string, baseUri: string): string {
  return URL.canParse(address, baseUri) ? new URL(address, baseUri).host : '';
}
