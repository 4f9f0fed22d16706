import { lazy, Suspense, useCallback, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useMessages } from '../../i18n/messages';
import './share.css';

type Tool = 'embed' | 'export';

// The dialogs (and the chart legends and scales the export one reads) are a chunk of their own,
// fetched when a person points at a button or opens a dialog, so the first view does not wait for them.
const loadDialogs = () => Promise.all([import('./EmbedDialog'), import('./ExportDialog')]);
const EmbedDialog = lazy(() => loadDialogs().then(([m]) => ({ default: m.EmbedDialog })));
const ExportDialog = lazy(() => loadDialogs().then(([, m]) => ({ default: m.ExportDialog })));
const preload = () => void loadDialogs().catch(() => undefined);

/** The journalist's tools in the dashboard's toolbar: embed a view in an article, export a chart or the data. */
export function ShareTools({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const [open, setOpen] = useState<Tool | null>(null);
  // A dialog stays mounted once opened, so closing it can give focus back to its button.
  const [used, setUsed] = useState<readonly Tool[]>([]);
  const close = useCallback(() => setOpen(null), []);
  const show = (tool: Tool) => {
    setOpen(tool);
    setUsed((was) => (was.includes(tool) ? was : [...was, tool]));
  };
  return (
    <div className="share-tools">
      <button type="button" className="share-button" aria-haspopup="dialog" onPointerEnter={preload} onFocus={preload} onClick={() => show('embed')}>
        {t.share.embed}
      </button>
      <button type="button" className="share-button" aria-haspopup="dialog" onPointerEnter={preload} onFocus={preload} onClick={() => show('export')}>
        {t.share.export}
      </button>
      {used.includes('embed') && (
        <Suspense fallback={null}>
          <EmbedDialog dataset={dataset} open={open === 'embed'} onClose={close} />
        </Suspense>
      )}
      {used.includes('export') && (
        <Suspense fallback={null}>
          <ExportDialog dataset={dataset} open={open === 'export'} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
