import { fr, type Messages } from './fr';
import type { Lang } from '../model/lang';

export type { Messages };

/**
 * The catalogues loaded so far. French, the source's language and the reference type, comes with
 * the page; English is a chunk of its own, fetched only when the page opens in English or a reader
 * switches to it (`loadCatalogue`), so that a page read in French never downloads it.
 */
const loaded: Partial<Record<Lang, Messages>> = { fr };
const loading: Partial<Record<Lang, Promise<Messages>>> = {};
const listeners = new Set<() => void>();

const LOADERS: Record<Lang, () => Promise<Messages>> = {
  fr: () => Promise.resolve(fr),
  en: () => import('./en').then((m) => m.en),
};

/** A language's messages if they are loaded, else undefined. */
export function catalogueOf(lang: Lang): Messages | undefined {
  return loaded[lang];
}

/** A language's messages, fetched once; a fetch that failed is tried again by the next call. */
export function loadCatalogue(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  loading[lang] ??= LOADERS[lang]().then(
    (messages) => {
      loaded[lang] = messages;
      for (const listener of listeners) listener();
      return messages;
    },
    (error: unknown) => {
      delete loading[lang];
      throw error;
    },
  );
  return loading[lang];
}

/** Calls `listener` whenever a catalogue has loaded; returns what stops it. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
