import type { ReactNode } from 'react';
import { useEmphasisActive, type EmphasisStore } from './useMarkEmphasis';

/**
 * The group of every mark. While something is brought forward it carries
 * `data-emphasis-active`, and one CSS rule fades every mark that is not: a hover changes this one
 * attribute and the few marks it brings forward, whatever the size of the network. Its children
 * are the diagram's elements, unchanged when only this group re-renders.
 */
export function NetworkMarks({ emphasisStore, children }: { emphasisStore: EmphasisStore; children: ReactNode }) {
  const active = useEmphasisActive(emphasisStore);
  return (
    <g className="network-marks" data-emphasis-active={active ? '' : undefined}>
      {children}
    </g>
  );
}
