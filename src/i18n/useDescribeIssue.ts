import { useEffect, useState } from 'react';
import type { DataIssue } from '../data/dataIssue';
import { useLang, useMessages } from './messages';

type Describer = typeof import('./describeIssue');

let describer: Describer | null = null;
let loading: Promise<Describer> | null = null;

/**
 * The function that words a problem in the language on screen, once its chunk (every problem's
 * wording in both languages) has loaded: null until then. Pages without a problem never load it.
 */
export function useDescribeIssue(): ((issue: DataIssue) => string) | null {
  const lang = useLang();
  const t = useMessages();
  const [module, setModule] = useState(describer);
  useEffect(function loadWording() {
    if (describer) return;
    let live = true;
    loading ??= import('./describeIssue').then((loaded) => (describer = loaded));
    // A chunk that could not be fetched is asked for again by the next list of problems.
    loading.then(
      (loaded) => live && setModule(loaded),
      () => {
        loading = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return module ? (issue) => module.describeIssue(issue, lang, t) : null;
}
