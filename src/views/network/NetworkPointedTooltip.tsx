import { useStore } from 'zustand';
import { NetworkTooltip } from './NetworkTooltip';
import { toNetworkTooltip, type TooltipContext } from './toNetworkTooltip';
import type { PointedStore } from './usePointedStore';

/** The tooltip of whatever the diagram's pointer or focus rests on; nothing when it rests on nothing. */
export function NetworkPointedTooltip({ store, context }: { store: PointedStore; context: TooltipContext }) {
  const pointed = useStore(store, (s) => s.pointed);
  const tooltip = toNetworkTooltip(pointed, context);
  return tooltip && <NetworkTooltip {...tooltip} />;
}
