import { Suspense, useCallback, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { ToolMenu } from '../../ui/ToolMenu';
import { useCopyLink } from '../../ui/useCopyLink';
import { ChunkBoundary } from '../../ui/ChunkBoundary';
import { lazyChunk } from '../../ui/lazyChunk';
import './share.css';
import { useMessages } from '../../state/useMessages';

type Tool = 'embed' | 'export';

// The dialogs (and the chart legends and scales the export one reads) are a chunk of their own,
// fetched when a person points at the menu or opens a dialog, so the first view does not wait for them.
const loadDialogs = () => Promise.all([import('./EmbedDialog'), import('./ExportDialog')]);
const EmbedDialog = lazyChunk(() => loadDialogs().then(([m]) => ({ default: m.EmbedDialog })));
const ExportDialog = lazyChunk(() => loadDialogs().then(([, m]) => ({ default: m.ExportDialog })));
const preload = () => void loadDialogs().catch(() => undefined);

/** The toolbar's "Share" menu: embed a view in an article, export a chart or the data, copy the link. */
export function ShareTools({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const [open, setOpen] = useState<Tool | null>(null);
  // A dialog stays mounted once opened, so closing it can give focus back to the menu's button.
  const [used, setUsed] = useState<readonly Tool[]>([]);
  const close = useCallback(() => setOpen(null), []);
  const link = useCopyLink();
  const show = (tool: Tool) => {
    setOpen(tool);
    setUsed((was) => (was.includes(tool) ? was : [...was, tool]));
  };
  return (
    <div className="share-tools">
      <ToolMenu
        label={t.share.menu}
        onPrepare={preload}
        entries={[
          { kind: 'action', label: t.share.embed, onSelect: () => show('embed'), opensDialog: true },
          { kind: 'action', label: t.share.export, onSelect: () => show('export'), opensDialog: true },
          { kind: 'action', label: t.link.copy, onSelect: () => void link.copy() },
        ]}
      />
      {link.status}
      {used.includes('embed') && (
        <ChunkBoundary what={t.share.embedTitle} dialog={{ open: open === 'embed', onClose: close }}>
          <Suspense fallback={null}>
            <EmbedDialog dataset={dataset} open={open === 'embed'} onClose={close} />
          </Suspense>
        </ChunkBoundary>
      )}
      {used.includes('export') && (
        <ChunkBoundary what={t.share.exportLabel} dialog={{ open: open === 'export', onClose: close }}>
          <Suspense fallback={null}>
            <ExportDialog dataset={dataset} open={open === 'export'} onClose={close} />
          </Suspense>
        </ChunkBoundary>
      )}
    </div>
  );
}
