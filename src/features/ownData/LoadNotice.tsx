import { linkHost } from '../../config/dataLink';
import type { DatasetOrigin } from '../../state/store';
import type { Dataset } from '../../data/indexDataset';
import type { Flow, Notice } from './importFlow';
import { useMessages } from '../../state/useMessages';

/**
 * One status line for the own-data flow: what is being checked, what was loaded and what was
 * left out, and which dataset is on screen. A live region, so it is heard as well as seen.
 */
export function LoadNotice({
  flow,
  notice,
  origin,
  dataset,
}: {
  flow: Flow;
  notice: Notice | null;
  origin: DatasetOrigin;
  dataset: Dataset | null;
}) {
  const messages = useMessages();
  const t = messages.data;
  const lines: string[] = [];
  if (flow.step === 'checking') lines.push(t.checking(flow.label));
  else if (notice?.kind === 'loaded' && origin.kind === 'own' && origin.label === notice.label) {
    lines.push(t.loaded(notice.label, notice.partnerships));
    if (notice.leftOut > 0) lines.push(t.leftOut(notice.leftOut));
    if (!notice.saved) lines.push(t.notSaved);
  } else if (notice?.kind === 'merged' && notice.dataset === dataset) {
    lines.push(messages.merge.done(notice.label, notice.partnerships));
    if (!notice.saved) lines.push(t.notSaved);
  } else if (notice?.kind === 'undone' && notice.before.dataset === dataset) lines.push(messages.merge.undone);
  else if (notice?.kind === 'back' && origin.kind === 'shipped') lines.push(t.backDone);
  else if (origin.kind === 'link') lines.push(t.showingFrom(origin.label, linkHost(origin.address, document.baseURI) ?? origin.address));
  else if (origin.kind !== 'shipped') lines.push(t.showing(origin.label));
  return (
    <p className="data-notice" role="status">
      {lines.join(' ')}
    </p>
  );
}
