import { useAppStore } from './store';
import { CATALOGUES, type Messages } from '../i18n/messages';
import type { Lang } from '../model/lang';

/** The language the page is read in, as the store holds it. */
export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

/** The messages of the current language. */
export function useMessages(): Messages {
  return CATALOGUES[useLang()];
}
