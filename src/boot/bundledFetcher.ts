import type { Fetcher } from '../data/loadDataset';

// Every file of the data folder, as text, inside the bundle. Only the one-file build imports this
// module, so the ordinary site still fetches its data and stays small.
const FILES = import.meta.glob<string>('../../public/data/**/*.{json,txt,csv}', { query: '?raw', import: 'default', eager: true });

/**
 * Answers the loader's requests from the bundled data folder, so the one-file build works from
 * `file://` with no network at all: a path ending in `data/sources/article.fr.txt` gets that
 * file's text, anything else a 404 like a server would give.
 */
export const bundledFetcher: Fetcher = async (url) => {
  const path = decodeURIComponent(new URL(url, 'file:///').pathname);
  const key = Object.keys(FILES).find((file) => path.endsWith(file.replace('../../public/', '/')));
  return key ? new Response(FILES[key], { status: 200 }) : new Response('not in the bundle', { status: 404 });
};
