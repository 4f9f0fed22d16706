import { useStore } from 'zustand';
import { NetworkTooltip } from './NetworkTooltip';
import { toNetworkTooltip, type Pointed, type TooltipContext } from './toNetworkTooltip';
import type { TipStore } from '../shared/useTipStore';

/** The tooltip of whatever the diagram's pointer or focus rests on; nothing when it rests on nothing. */
export function NetworkPointedTooltip({ store, context }: { store: TipStore<NonNullable<Pointed>>; context: TooltipContext }) {
  const pointed = useStore(store, (s) => s.tip);
  const tooltip = toNetworkTooltip(pointed, context);
  return tooltip && <NetworkTooltip {...tooltip} />;
}
