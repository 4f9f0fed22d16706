/**
 * How long the page waits on what it cannot hurry, in one place. Each limit is far above what the
 * work takes on a slow phone, so it is reached only when something is stuck; past it, the page
 * stops waiting and says what failed (a load shows the shipped dataset, the network lays itself
 * out on the page), so that it is never stuck on "Loading…".
 */
export const TIME_LIMITS = {
  /**
   * The browser's storage answers in milliseconds; some browsers' IndexedDB `open()` never
   * answers at all. Every read and write of the kept dataset waits this long at most.
   */
  storageMs: 5_000,
  /**
   * A server that sends nothing for this long (no answer, or no further byte of its file) is
   * given up on. A slow download that keeps sending is never cut: it shows its progress, and
   * the person can cancel it.
   */
  silenceMs: 15_000,
  /** A load that takes longer than this shows what it is waiting for, its progress and a Cancel button. */
  showProgressMs: 1_000,
  /**
   * The network's layout worker: the benchmark's 5,000 partnerships (250 actors) take about
   * 0.2-0.5 s in a worker on a laptop, a few seconds on a slow phone; a worker whose script never
   * arrives never answers.
   */
  layoutWorkerMs: 15_000,
} as const;

export const TIMED_OUT = Symbol('timed out');

/** The value of `work`, or `TIMED_OUT` once `ms` have passed without it. */
export function withinTimeLimit<T>(work: () => Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(TIMED_OUT), ms);
    // A call that throws at once (no IndexedDB at all) rejects like one that fails later.
    Promise.resolve()
      .then(work)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
  });
}

/** How long the date control's play button rests on each date, for a class to read the map. */
export const PLAY_STEP_MS = 1_500;
