import type { ReactNode } from 'react';
import { useReachActive, type ReachStore } from './useNetworkEmphasis';

/**
 * The group of every mark. While something is brought forward it carries
 * `data-emphasis-active`, and CSS fades its three layers (edges, nodes, names) by their opacity;
 * the overlay above draws what is brought forward again at full strength. A hover changes this one
 * attribute and the overlay, whatever the size of the network. Its children are the diagram's
 * elements, unchanged when only this group re-renders.
 */
export function NetworkMarks({ emphasisStore, children }: { emphasisStore: ReachStore; children: ReactNode }) {
  const active = useReachActive(emphasisStore);
  return (
    <g className="network-marks" data-emphasis-active={active ? '' : undefined}>
      {children}
    </g>
  );
}
