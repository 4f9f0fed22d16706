import { useEffect } from 'react';
import type { EmbedView } from '../../config/appConfig';
import { select } from '../../state/interaction';
import { useViewDataset } from '../../state/useViewDataset';
import { useLang } from '../../state/useMessages';
import { useDocumentTitle } from '../useDocumentTitle';
import EmbedApp from './EmbedApp';
import { EmbedDataHeld } from './EmbedDataHeld';
import { EmbedStatus } from './EmbedStatus';

/**
 * The page of an embed (`?embed=network`, embed-network-fr.html): its one view, the line that says
 * it is loading or why it could not, or the note that its link's data was held back. It is a chunk
 * of its own, which main.tsx loads in place of the dashboard's (App.tsx): an embed downloads none
 * of the dashboard's header, filters, details, dialogs or other views.
 */
export default function EmbedPage({ view, heldData }: { view: EmbedView; heldData: string | null }) {
  const lang = useLang();
  const dataset = useViewDataset();

  useEffect(
    function followLanguageInDocument() {
      document.documentElement.lang = lang;
    },
    [lang],
  );
  useDocumentTitle(dataset, view);

  useEffect(function clearSelectionOnEscape() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (heldData) return <EmbedDataHeld view={view} address={heldData} />;
  if (!dataset) return <EmbedStatus view={view} />;
  return <EmbedApp view={view} dataset={dataset} />;
}
