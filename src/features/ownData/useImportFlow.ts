import { useCallback, useRef, useState } from 'react';
import type { DataIssue } from '../../data/dataIssue';
import type { Dataset } from '../../data/indexDataset';
import { loadDataset, parseDatasetText } from '../../data/loadDataset';
import { loadSequence, type LoadTicket } from '../../state/loadSequence';
import type { InputText } from '../../import/readInput';
import type { ColumnMapping } from '../../import/columnFields';
import type { ImportChoices } from '../../import/importChoices';
import type { CsvTable } from '../../import/readCsv';
import { countRows, IDLE, type Flow, type Loaded } from './importFlow';
import { useAppStore } from '../../state/store';
import { SHIPPED_LABEL, shippedDatasetUrl } from '../../config/shippedDataset';

/**
 * Drives one load at a time from input to dataset. Every outcome is either a whole dataset
 * handed to `onLoaded` with its place in the page's load sequence, or a list of problems; the
 * dataset on screen is never touched before that. Each step of a load (a file read, the columns
 * confirmed, the way back to the shipped data) begins a load of the sequence, so a newer one, from
 * here or elsewhere, makes the answer of an older one be ignored.
 */
export function useImportFlow(onLoaded: (loaded: Loaded, ticket: LoadTicket) => void) {
  const [flow, setFlow] = useState<Flow>(IDLE);
  // Whether the load under way is to be merged into the data on screen: set when it starts, and
  // kept through its columns and values steps, which a spreadsheet may need first.
  const merging = useRef(false);

  const run = useCallback(
    async (label: string, work: (signal: AbortSignal) => Promise<Flow | Loaded>) => {
      const ticket = loadSequence.begin();
      const checking: Flow = { step: 'checking', label };
      setFlow(checking);
      // The code that reads files comes with the first one; if it cannot be downloaded, that is a
      // problem of this load, listed like any other, rather than a load that never ends.
      const outcome = await work(ticket.signal).catch((): Flow => ({
        step: 'problems',
        label,
        issues: [{ at: { file: label }, problem: { code: 'codeUnavailable' } }],
        back: null,
      }));
      if (!ticket.isCurrent()) {
        // A later load took over: this one's status line goes, and whatever came after it stays.
        setFlow((now) => (now === checking ? IDLE : now));
        return;
      }
      const current = useAppStore.getState().dataset;
      if ('step' in outcome) setFlow(outcome);
      else if (merging.current && current) {
        // Checked, but nothing changes yet: the merge waits for the person's review.
        const { findMergeReview } = await import('../../data/findMergeReview');
        setFlow({ step: 'merge', incoming: outcome, current, review: findMergeReview(current.json, outcome.dataset.json) });
      } else {
        setFlow(IDLE);
        onLoaded(outcome, ticket);
      }
    },
    [onLoaded],
  );

  const fail = (label: string, issues: readonly DataIssue[], back: Flow | null = null): Flow => ({ step: 'problems', label, issues, back });

  const finish = useCallback(async (table: CsvTable, mapping: ColumnMapping, choices?: ImportChoices): Promise<Flow | Loaded> => {
    const { analyzeRows, defaultChoices, finishCsvImport, loadCountryPlacesOrNone, needsReview } = await import('../../import/csvPipeline');
    const analysis = analyzeRows(table, mapping);
    if (analysis.issues.length > 0) return fail(table.fileName, analysis.issues, { step: 'mapping', table, mapping });
    if (!choices && needsReview(analysis)) return { step: 'review', table, mapping, analysis, choices: defaultChoices(analysis) };
    const result = finishCsvImport(table, analysis, choices ?? defaultChoices(analysis), await loadCountryPlacesOrNone());
    if (!result.ok) return fail(table.fileName, result.issues, choices ? { step: 'review', table, mapping, analysis, choices } : null);
    return { kind: 'own', label: table.fileName, dataset: result.value.dataset, leftOutRows: countRows(result.value.leftOut) };
  }, []);

  const fromInput = useCallback(
    async (input: InputText, signal: AbortSignal): Promise<Flow | Loaded> => {
      if (input.format === 'json') {
        // Source-text paths resolve against the shipped data folder: a copy of the shipped dataset
        // finds its article, and nothing can point outside this site.
        const result = await parseDatasetText(input.fileName, input.text, shippedDatasetUrl(document.baseURI), undefined, signal);
        return result.ok
          ? { kind: 'own', label: input.fileName, dataset: result.value, leftOutRows: 0 }
          : fail(input.fileName, result.issues);
      }
      const { mappingIsComplete, startCsvImport } = await import('../../import/csvPipeline');
      const started = startCsvImport(input.fileName, input.text);
      if (!started.ok) return fail(input.fileName, started.issues);
      const { table, mapping } = started.value;
      if (!mappingIsComplete(table.headers, mapping)) return { step: 'mapping', table, mapping };
      return finish(table, mapping);
    },
    [finish],
  );

  return {
    flow,
    // A step that waits for the person (paste, columns, values, problems) has no load in progress
    // to stop: closing it is all there is to do.
    close: useCallback(() => setFlow(IDLE), []),
    openPaste: useCallback(() => setFlow({ step: 'paste' }), []),
    setFlow,
    /** A file to replace the data on screen, or, with `merging`, to merge into it after a review. */
    loadFile: useCallback(
      (file: File, merge = false) => {
        merging.current = merge;
        return run(file.name, async (signal) => {
          // Reading and decoding a file is fetched with the first file a person loads, not with the page.
          const { readInputFile } = await import('../../import/readInput');
          const input = await readInputFile(file);
          return input.ok ? fromInput(input.value, signal) : fail(file.name, input.issues);
        });
      },
      [run, fromInput],
    ),
    loadPasted: useCallback(
      (text: string, label: string, merge = false) => {
        merging.current = merge;
        return run(label, async (signal) => {
          const { readPastedText } = await import('../../import/readInput');
          const input = readPastedText(text, label);
          return input.ok ? fromInput(input.value, signal) : fail(label, input.issues, { step: 'paste' });
        });
      },
      [run, fromInput],
    ),
    /** A dataset already checked (a published draft), to merge into the data on screen after a review. */
    reviewMerge: useCallback(
      (label: string, dataset: Dataset) => {
        merging.current = true;
        return run(label, async () => ({ kind: 'own', label, dataset, leftOutRows: 0 }));
      },
      [run],
    ),
    /** Back to the shipped dataset: its problems, should it fail, are listed like a file's. */
    loadShipped: useCallback(() => {
      merging.current = false;
      return run(SHIPPED_LABEL, async (signal) => {
        const result = await loadDataset(shippedDatasetUrl(document.baseURI), undefined, { signal });
        return result.ok
          ? { kind: 'shipped', label: SHIPPED_LABEL, dataset: result.value, leftOutRows: 0 }
          : fail(SHIPPED_LABEL, result.issues);
      });
    }, [run]),
    confirmMapping: useCallback(
      (table: CsvTable, mapping: ColumnMapping) => run(table.fileName, () => finish(table, mapping)),
      [run, finish],
    ),
    confirmReview: useCallback(
      (table: CsvTable, mapping: ColumnMapping, choices: ImportChoices) => run(table.fileName, () => finish(table, mapping, choices)),
      [run, finish],
    ),
  };
}
