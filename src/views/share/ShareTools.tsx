import { useCallback, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useMessages } from '../../i18n/messages';
import { EmbedDialog } from './EmbedDialog';
import { ExportDialog } from './ExportDialog';
import './share.css';

/** The journalist's tools in the dashboard's toolbar: embed a view in an article, export a chart or the data. */
export function ShareTools({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const [open, setOpen] = useState<'embed' | 'export' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  return (
    <div className="share-tools">
      <button type="button" className="share-button" aria-haspopup="dialog" onClick={() => setOpen('embed')}>
        {t.share.embed}
      </button>
      <button type="button" className="share-button" aria-haspopup="dialog" onClick={() => setOpen('export')}>
        {t.share.export}
      </button>
      <EmbedDialog dataset={dataset} open={open === 'embed'} onClose={close} />
      <ExportDialog dataset={dataset} open={open === 'export'} onClose={close} />
    </div>
  );
}
