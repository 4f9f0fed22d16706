import { useEffect } from 'react';
import type { EmbedView } from '../config/appConfig';
import type { Dataset } from '../data/indexDataset';
import { select } from '../state/interaction';
import { useLang } from '../state/useMessages';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * What every page (the dashboard and an embed alike) keeps true of its document: the language it
 * is read in, the tab's title, and Escape clearing the selection wherever the focus is, unless a
 * dialog or a menu has used the key already.
 */
export function usePageDocument(dataset: Dataset | null, embed: EmbedView | null): void {
  const lang = useLang();
  useEffect(
    function followLanguageInDocument() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
  useDocumentTitle(dataset, embed);

  useEffect(function clearSelectionOnEscape() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
