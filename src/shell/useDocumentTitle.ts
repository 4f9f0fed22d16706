import { useEffect } from 'react';
import type { EmbedView } from '../config/appConfig';
import type { Dataset } from '../data/indexDataset';
import { embedViewName } from '../embed/embedViewName';
import type { Messages } from '../i18n/fr';
import type { Lang } from '../model/lang';
import { useLang, useMessages } from '../state/useMessages';

/**
 * The tab's title, in the language on screen: the embedded view's name in an embed, then the
 * dataset's title, then the app's name ("Carte des partenaires – Les partenariats du Mali –
 * Atlas des partenariats"). What is not there yet (a dataset still loading) is left out.
 */
export function toDocumentTitle(t: Messages, lang: Lang, dataset: Dataset | null, embed: EmbedView | null): string {
  return [embed ? embedViewName(embed, t) : null, dataset?.json.title[lang], t.appName].filter(Boolean).join(' – ');
}

/** Keeps the tab's title in step with the language, the dataset and the embedded view. */
export function useDocumentTitle(dataset: Dataset | null, embed: EmbedView | null): void {
  const t = useMessages();
  const lang = useLang();
  const title = toDocumentTitle(t, lang, dataset, embed);
  useEffect(
    function followTitleInTab() {
      document.title = title;
    },
    [title],
  );
}
