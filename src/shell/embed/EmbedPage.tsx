import type { EmbedView } from '../../config/appConfig';
import { useViewDataset } from '../../state/useViewDataset';
import { usePageDocument } from '../usePageDocument';
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
  const dataset = useViewDataset();

  usePageDocument(dataset, view);

  if (heldData) return <EmbedDataHeld view={view} address={heldData} />;
  if (!dataset) return <EmbedStatus view={view} />;
  return <EmbedApp view={view} dataset={dataset} />;
}
