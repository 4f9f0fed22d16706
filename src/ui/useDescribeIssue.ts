import { useCallback, useEffect, useState } from 'react';
import type { DataIssue } from '../data/dataIssue';
import { useLang, useMessages } from '../state/useMessages';
import { useRetryWhenOnline } from './useRetryWhenOnline';

type Describer = typeof import('../i18n/describeIssue');

let describer: Describer | null = null;
let loading: Promise<Describer> | null = null;

export interface IssueDescriber {
  /** Words a problem in the language on screen, once its chunk has loaded: null until then. */
  describe: ((issue: DataIssue) => string) | null;
  /** The chunk could not be fetched; `retry` asks for it again. */
  failed: boolean;
  retry: () => void;
}

/**
 * The function that words a problem in the language on screen, once its chunk (every problem's
 * wording in both languages) has loaded. Pages without a problem never load it. A chunk that
 * could not be fetched is asked for again by `retry`, by the next list of problems, and as soon as
 * the browser is back online.
 */
export function useDescribeIssue(): IssueDescriber {
  const lang = useLang();
  const t = useMessages();
  const [module, setModule] = useState(describer);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((was) => was + 1), []);

  useEffect(
    function loadWording() {
      if (describer) return;
      let live = true;
      loading ??= import('../i18n/describeIssue').then((loaded) => (describer = loaded));
      loading.then(
        (loaded) => {
          if (!live) return;
          setModule(loaded);
          setFailed(false);
        },
        () => {
          loading = null;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    },
    [attempt],
  );
  useRetryWhenOnline(failed, retry);

  return { describe: module ? (issue) => module.describeIssue(issue, lang, t) : null, failed: failed && !module, retry };
}
