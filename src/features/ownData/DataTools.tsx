import { Suspense, useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import { showDatasetAgain, showOwnDataset } from '../../state/loadIntoStore';
import { loadSequence, type LoadTicket } from '../../state/loadSequence';
import { ToolMenu } from '../../ui/ToolMenu';
import { ChunkBoundary } from '../../ui/ChunkBoundary';
import { lazyChunk } from '../../ui/lazyChunk';
import { DraftTools } from '../draft/DraftTools';
import { useImportFlow } from './useImportFlow';
import { useDropOnPage } from './useDropOnPage';
import { showShippedAgain } from './backToShipped';
import { LoadNotice } from './LoadNotice';
import type { BeforeMerge, Loaded, MergeFlow, Notice } from './importFlow';
import type { SameActors } from '../../data/mergeDatasets';
import './data.css';
import { useLang, useMessages } from '../../state/useMessages';

// The dialog's steps (paste, columns, values to check, problems) are a chunk of their own, fetched
// the first time one of them opens.
const ImportDialog = lazyChunk(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

const ACCEPT = '.csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json';

/**
 * The toolbar's "Data" menu: load a file, paste, draft a dataset from an article, go back to the
 * shipped dataset, and the template and schema to download; a file dropped anywhere on the page
 * loads too. A new dataset reaches the store only once it has passed every check; until then the
 * one on screen stays.
 */
export function DataTools() {
  const messages = useMessages();
  const t = messages.data;
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const mergeInput = useRef<HTMLInputElement>(null);
  const origin = useAppStore((s) => s.datasetOrigin);
  const shown = useAppStore((s) => s.dataset);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pasteText, setPasteText] = useState('');
  const [drafting, setDrafting] = useState(false);

  const onLoaded = useCallback(async ({ kind, label, dataset, leftOutRows }: Loaded, ticket: LoadTicket) => {
    if (kind === 'shipped') {
      if (showShippedAgain(ticket, dataset)) setNotice({ kind: 'back' });
      return;
    }
    const kept = showOwnDataset(ticket, label, dataset);
    if (!kept) return;
    const loaded: Notice = { kind: 'loaded', label, partnerships: dataset.partnerships.length, leftOut: leftOutRows, saved: true };
    setPasteText('');
    setNotice(loaded);
    // Said only while this load's notice is the one on screen: a later load has its own.
    if (!(await kept)) setNotice((now) => (now === loaded ? { ...loaded, saved: false } : now));
  }, []);
  const api = useImportFlow(onLoaded);
  const { loadFile, close, setFlow } = api;

  const replaceInstead = useCallback(
    (flow: MergeFlow) => {
      close();
      void onLoaded(flow.incoming, loadSequence.begin());
    },
    [close, onLoaded],
  );

  // A merge is one more load of the page's sequence: all or nothing, and what was on screen
  // before is kept for its undo.
  const merge = useCallback(
    async (flow: MergeFlow, same: SameActors) => {
      const { dataset: now, datasetOrigin } = useAppStore.getState();
      if (!now) return;
      if (now !== flow.current) {
        // Another load changed the data on screen since the review: the review is made again against it.
        const { findMergeReview } = await import('../../data/findMergeReview');
        setFlow({ ...flow, current: now, review: findMergeReview(now.json, flow.incoming.dataset.json) });
        return;
      }
      const { mergeIntoDataset } = await import('../../data/mergeIntoDataset');
      const result = mergeIntoDataset(now, flow.incoming.dataset, same);
      if (!result.ok) {
        setFlow({ step: 'problems', label: flow.incoming.label, issues: result.issues, back: flow, merging: true });
        return;
      }
      const label = messages.merge.label(
        datasetOrigin.kind === 'shipped' ? now.json.title[lang] : datasetOrigin.label,
        flow.incoming.label,
      );
      close();
      const kept = showOwnDataset(loadSequence.begin(), label, result.value);
      if (!kept) return;
      const before: BeforeMerge = { dataset: now, origin: datasetOrigin };
      const merged: Notice = {
        kind: 'merged',
        label,
        dataset: result.value,
        partnerships: result.value.partnerships.length,
        saved: true,
        before,
      };
      setNotice(merged);
      if (!(await kept)) setNotice((n) => (n === merged ? { ...merged, saved: false } : n));
    },
    [close, setFlow, messages, lang],
  );

  const undo = (before: BeforeMerge) => {
    if (showDatasetAgain(loadSequence.begin(), before.dataset, before.origin)) setNotice({ kind: 'undone', before });
  };
  const dragging = useDropOnPage(useCallback((file: File) => void loadFile(file), [loadFile]));
  const closeDraft = useCallback(() => setDrafting(false), []);

  return (
    <div className="data-tools">
      <ToolMenu
        label={t.menu}
        entries={[
          // The file picker's own dialog opens from the click that chose the entry, as browsers require.
          { kind: 'action', label: t.chooseFile, onSelect: () => input.current?.click() },
          { kind: 'action', label: messages.merge.chooseFile, onSelect: () => mergeInput.current?.click() },
          { kind: 'action', label: t.paste, onSelect: api.openPaste, opensDialog: true },
          { kind: 'action', label: messages.draft.open, onSelect: () => setDrafting(true), opensDialog: true },
          origin.kind !== 'shipped' ? { kind: 'action', label: t.backToShipped, onSelect: () => void api.loadShipped() } : null,
          { kind: 'download', label: t.template, href: 'data/partnerships-template.csv', file: 'partnerships-template.csv' },
          { kind: 'download', label: t.schema, href: 'data/partnerships.schema.json', file: 'partnerships.schema.json' },
        ]}
      />
      {/* Always in the page, so that a file chosen from the menu, or set by a test, loads. The menu
          entry is how it is reached; the input itself stays out of the Tab order. */}
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t.chooseFile}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared at once, so choosing the same file again, once corrected, loads it again.
          event.target.value = '';
          if (file) void api.loadFile(file);
        }}
      />
      <input
        ref={mergeInput}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={messages.merge.fileField}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void api.loadFile(file, true);
        }}
      />
      <LoadNotice flow={api.flow} notice={notice} origin={origin} dataset={shown} />
      {notice?.kind === 'merged' && shown === notice.dataset && (
        <button type="button" className="button data-undo" onClick={() => undo(notice.before)}>
          {messages.merge.undo}
        </button>
      )}
      {dragging && (
        <div className="data-drop" aria-hidden="true">
          <p>{t.dropHint}</p>
        </div>
      )}
      {api.flow.step !== 'idle' && api.flow.step !== 'checking' && (
        <ChunkBoundary what={t.menu} dialog={{ open: true, onClose: api.close }}>
          <Suspense fallback={null}>
            <ImportDialog
              api={api}
              pasteText={pasteText}
              onPasteText={setPasteText}
              onMerge={(flow, same) => void merge(flow, same)}
              onReplace={replaceInstead}
            />
          </Suspense>
        </ChunkBoundary>
      )}
      <DraftTools open={drafting} onClose={closeDraft} onMerge={api.reviewMerge} />
    </div>
  );
}
