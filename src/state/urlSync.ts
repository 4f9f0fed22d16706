import { useAppStore, type AppState } from './store';
import { parseUrlState, serializeUrlState, type UrlState } from '../data/urlState';

/** The language a link is written against: French, the source's language. */
export const LINK_DEFAULT_LANG = 'fr';

function currentUrlState(s: AppState): UrlState {
  return { lang: s.lang, view: s.view, filters: s.filters, selection: s.selection, date: s.date, from: s.from };
}

/**
 * Keeps the address bar and the store in step once a dataset is loaded: the link's state is
 * applied first, then every choice a person makes becomes a history entry (typing in the search
 * box replaces the entry instead, so Back does not replay each keystroke), and Back and Forward
 * restore the state they land on. Returns a function that stops it. With `write: false` (embeds)
 * the link is only read.
 */
export function startUrlSync(win: Window = window, { write = true }: { write?: boolean } = {}): () => void {
  const dataset = useAppStore.getState().dataset;
  if (!dataset) throw new Error('startUrlSync needs a loaded dataset');

  const applyFromLocation = (withNotices: boolean) => {
    const ds = useAppStore.getState().dataset;
    if (!ds) return;
    const { state, notices } = parseUrlState(win.location.search, ds);
    useAppStore.getState().applyUrlState(state, withNotices ? notices : []);
  };
  applyFromLocation(true);
  // An embed reads its link but never writes history: clicks inside an iframe would otherwise
  // pile entries onto the host article's Back button.
  if (!write) return () => undefined;

  let previous = currentUrlState(useAppStore.getState());
  const unsubscribe = useAppStore.subscribe((s) => {
    const next = currentUrlState(s);
    const same = (key: keyof UrlState) => next[key] === previous[key];
    if (same('lang') && same('view') && same('filters') && same('selection') && same('date') && same('from')) return;
    // Typing in the search box, dragging the date or playing it replaces the entry, so that Back
    // does not replay each keystroke or each day.
    const onlySearch = next.filters.search !== previous.filters.search && same('selection') && same('view') && same('lang') && same('from');
    const onlyDate = !same('date') && same('filters') && same('selection') && same('view') && same('lang') && same('from');
    previous = next;
    const search = serializeUrlState(next, LINK_DEFAULT_LANG, new URLSearchParams(win.location.search));
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (onlySearch || onlyDate) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });

  const onPopState = () => {
    applyFromLocation(false);
    previous = currentUrlState(useAppStore.getState());
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
