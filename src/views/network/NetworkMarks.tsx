import type { ReactNode } from 'react';
import { useReachActive, type ReachStore } from './useNetworkEmphasis';

/**
 * The group of every mark. While something is brought forward it carries
 * `data-emphasis-active`, and CSS fades its edges and nodes by their layers' opacity and each
 * name left out by its own; the overlay between them draws what is brought forward again at full
 * strength. Its children are the diagram's elements, unchanged when only this group re-renders.
 */
export function NetworkMarks({ emphasisStore, children }: { emphasisStore: ReachStore; children: ReactNode }) {
  const active = useReachActive(emphasisStore);
  return (
    <g className="network-marks" data-emphasis-active={active ? '' : undefined}>
      {children}
    </g>
  );
}
