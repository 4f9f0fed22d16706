import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from './store';
import { catalogueOf, loadCatalogue, onCatalogueLoaded, type Messages } from '../i18n/messages';
import { fr } from '../i18n/fr';
import type { Lang } from '../model/lang';

/** The language the page is read in, as the store holds it. */
export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

/**
 * The messages of the current language. The page only changes language once its catalogue has
 * loaded (`switchLang`), so they are normally there; a language set without it reads in French
 * until its catalogue comes in, which this then fetches.
 */
export function useMessages(): Messages {
  const lang = useLang();
  const messages = useSyncExternalStore(onCatalogueLoaded, () => catalogueOf(lang));
  useEffect(
    function fetchCatalogueNotYetLoaded() {
      if (!messages) loadCatalogue(lang).catch(() => undefined);
    },
    [lang, messages],
  );
  return messages ?? fr;
}

/**
 * Changes the page's language once its catalogue is in, so that no text shows in the old language
 * beside the new one. Rejects, leaving the language as it was, when the catalogue cannot be fetched.
 */
export async function switchLang(lang: Lang): Promise<void> {
  await loadCatalogue(lang);
  useAppStore.getState().setLang(lang);
}
