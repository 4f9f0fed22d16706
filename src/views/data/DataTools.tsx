import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { useAppStore } from '../../state/store';
import { useMessages } from '../../i18n/messages';
import { saveOwnDataset } from '../../boot/savedDataset';
import { useImportFlow } from './useImportFlow';
import { useDropOnPage } from './useDropOnPage';
import { useBackToShipped } from './useBackToShipped';
import { LoadNotice } from './LoadNotice';
import type { Loaded, Notice } from './importFlow';
import './data.css';

// The dialog's steps (paste, columns, values to check, problems) are a chunk of their own, fetched
// the first time one of them opens.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

const ACCEPT = '.csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json';

/**
 * The toolbar's own-data controls: a file picker, paste, drop anywhere on the page, the way back
 * to the shipped dataset, and the template and schema to download. A new dataset reaches the
 * store only once it has passed every check; until then the one on screen stays.
 */
export function DataTools() {
  const t = useMessages().data;
  const inputId = useId();
  const origin = useAppStore((s) => s.datasetOrigin);
  const datasetLoaded = useAppStore((s) => s.datasetLoaded);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pasteText, setPasteText] = useState('');

  const onLoaded = useCallback(
    async ({ label, dataset, leftOutRows }: Loaded) => {
      datasetLoaded(dataset, { kind: 'own', label });
      setPasteText('');
      setNotice({ kind: 'loaded', label, partnerships: dataset.partnerships.length, leftOut: leftOutRows, saved: true });
      const saved = await saveOwnDataset(label, dataset);
      if (!saved) setNotice({ kind: 'loaded', label, partnerships: dataset.partnerships.length, leftOut: leftOutRows, saved });
    },
    [datasetLoaded],
  );
  const api = useImportFlow(onLoaded);
  const { loadFile } = api;
  const dragging = useDropOnPage(useCallback((file: File) => void loadFile(file), [loadFile]));
  const backToShipped = useBackToShipped((issues) => api.setFlow({ step: 'problems', label: 'partnerships.json', issues, back: null }), () => setNotice({ kind: 'back' }));

  return (
    <div className="data-tools" role="group" aria-label={t.group}>
      <span className="data-tools__picker">
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once, so choosing the same file again, once corrected, loads it again.
            event.target.value = '';
            if (file) void api.loadFile(file);
          }}
        />
        <label htmlFor={inputId} className="data-button">
          {t.chooseFile}
        </label>
      </span>
      <button type="button" className="data-button" onClick={api.openPaste}>
        {t.paste}
      </button>
      {origin.kind !== 'shipped' && (
        <button type="button" className="data-button" onClick={() => void backToShipped()}>
          {t.backToShipped}
        </button>
      )}
      <details className="data-downloads">
        <summary>{t.downloads}</summary>
        <ul>
          <li>
            <a href="data/partnerships-template.csv" download="partnerships-template.csv">
              {t.template}
            </a>
          </li>
          <li>
            <a href="data/partnerships.schema.json" download="partnerships.schema.json">
              {t.schema}
            </a>
          </li>
        </ul>
      </details>
      <LoadNotice flow={api.flow} notice={notice} origin={origin} />
      {dragging && (
        <div className="data-drop" aria-hidden="true">
          <p>{t.dropHint}</p>
        </div>
      )}
      {api.flow.step !== 'idle' && api.flow.step !== 'checking' && (
        <Suspense fallback={null}>
          <ImportDialog api={api} pasteText={pasteText} onPasteText={setPasteText} />
        </Suspense>
      )}
    </div>
  );
}
