import { useLayoutEffect, type RefObject } from 'react';
import type { NetworkReach } from '../../derive/pickReach';
import { indexMarks, writeEmphasis } from './markEmphasis';
import type { ReachStore } from './useNetworkEmphasis';

/**
 * What the diagram's marks are drawn from: when one of these changes, marks may have come or
 * gone. A zoom, which re-renders the diagram at each frame, changes none of them.
 */
export interface MarkSources {
  graph: unknown;
  drawn: unknown;
  positions: unknown;
  labels: unknown;
  changed: unknown;
}

/**
 * Keeps the marks' emphasis attributes (`writeEmphasis`) true to the diagram's reach: all of them
 * whenever the marks may have changed (`MarkSources`), then only those a change of reach brings
 * forward or sends back. React never writes these attributes, so a render that keeps the marks
 * keeps what was written on them.
 */
export function useMarkEmphasis(rootRef: RefObject<Element | null>, store: ReachStore, sources: MarkSources): void {
  const { graph, drawn, positions, labels, changed } = sources;
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const marks = indexMarks(root);
    let written: NetworkReach | null = store.getState().reading;
    writeEmphasis(marks, written, undefined);
    return store.subscribe(({ reading }) => {
      if (reading === written) return;
      writeEmphasis(marks, reading, written);
      written = reading;
    });
  }, [rootRef, store, graph, drawn, positions, labels, changed]);
}
