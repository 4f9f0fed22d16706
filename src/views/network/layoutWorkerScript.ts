/**
 * Where the layout worker's script comes from and how a worker is started on it. The one-file
 * build puts `layoutWorkerScriptInline.ts` in this module's place (vite.config.ts).
 */
export interface LayoutWorkerScript {
  /** A new worker running layout.worker.ts. */
  start: () => Worker;
  /** Whether the script is in the page itself: a script of its own cannot be loaded by a page opened from a disk. */
  inline: boolean;
}

/**
 * The script as a file of its own beside the page's code: the browser keeps it in its cache, the
 * service worker keeps it for offline use, and it is not downloaded with the page's code.
 */
const ownFile: LayoutWorkerScript = {
  start: () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  inline: false,
};

export default ownFile;
