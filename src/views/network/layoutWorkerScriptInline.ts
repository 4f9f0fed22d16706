import InlineLayoutWorker from './layout.worker?worker&inline';
import type { LayoutWorkerScript } from './layoutWorkerScript';

/**
 * The script carried in the page, started from a `blob:` address, so that the one-file build needs
 * no file beside it and starts its worker from a disk too. vite.config.ts puts this module in
 * place of `layoutWorkerScript.ts` in that build only.
 */
const inPage: LayoutWorkerScript = {
  start: () => new InlineLayoutWorker(),
  inline: true,
};

export default inPage;
