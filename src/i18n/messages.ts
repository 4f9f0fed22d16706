import { useAppStore } from '../state/store';
import { fr, type Messages } from './fr';
import { en } from './en';
import type { Lang } from './lang';

export type { Messages };

export const CATALOGUES: Record<Lang, Messages> = { fr, en };

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

/** The messages of the current language. */
export function useMessages(): Messages {
  return CATALOGUES[useLang()];
}
