/**
 * How long the page waits for what may never answer, in one place. Each limit is far above what
 * the work takes on a slow phone, so it is reached only when something is stuck.
 */

/**
 * How long the network's layout worker may take to answer before the page lays the network out
 * itself. The benchmark's 5,000 partnerships (250 actors) take about 0.2-0.5 s in a worker on a
 * laptop, a few seconds on a slow phone; a worker whose script never arrives never answers.
 */
export const LAYOUT_WORKER_TIME_LIMIT_MS = 15_000;
