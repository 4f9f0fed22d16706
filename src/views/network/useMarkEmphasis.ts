import { useLayoutEffect, type RefObject } from 'react';
import type { NetworkReach } from '../../derive/pickReach';
import { indexMarks, writeEmphasis } from './markEmphasis';
import type { ReachStore } from './useNetworkEmphasis';

/**
 * Keeps the marks' emphasis attributes (`writeEmphasis`) true to the diagram's reach: all of them
 * after each drawing of the diagram, then only those a change of reach brings forward or sends
 * back. It runs after every render of the diagram, which a hover does not cause, so the marks are
 * found again whenever they may have changed.
 */
export function useMarkEmphasis(rootRef: RefObject<Element | null>, store: ReachStore): void {
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
  });
}
