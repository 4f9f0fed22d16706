/**
 * Resolves in a later task, so that the steps of a long job (parsing, validating and indexing a
 * large dataset) each run in a task of their own and the page can paint and answer in between.
 * `scheduler.yield` resumes ahead of other queued work where the browser has it.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
