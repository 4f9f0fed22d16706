import { useLayoutEffect, useMemo, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { useTipPick, type Tip, type MapTipStore } from './mapPointer';
import { placeMapTip } from '../../derive/mapTipPlacement';
import type { EntityRef } from '../../model/entityRef';

/** Places the tooltip beside what it describes, from `placeMapTip`, straight in its style. */
function placeTip(element: HTMLElement, tip: Tip, map: LeafletMap): void {
  const size = map.getSize();
  const { left, right, top, bottom, maxWidth, maxHeight } = placeMapTip(tip.anchor, { width: size.x, height: size.y });
  const px = (n: number | undefined) => (n === undefined ? '' : `${n}px`);
  Object.assign(element.style, {
    left: px(left),
    right: px(right),
    top: px(top),
    bottom: px(bottom),
    maxWidth: px(maxWidth),
    maxHeight: px(maxHeight),
  });
}

/**
 * The plain-words sentence next to what is pointed at, inside the map, beside it and never over
 * it. It is hidden from screen readers: every focusable place already carries the same sentence
 * as its description. It renders once per pick, writing its sentence then; as the pointer moves
 * over the same country or link, it follows the map's tooltip store by a subscription that moves
 * it in the page without a render (zustand's transient updates).
 */
export function MapTooltip({ tips, describe }: { tips: MapTipStore; describe: (pick: EntityRef) => string }) {
  const map = useMap();
  const box = useRef<HTMLDivElement>(null);
  // What the tooltip was placed beside moves with the map: it goes until the next pointing.
  useMapEvents({ movestart: () => tips.setState({ tip: null }), zoomstart: () => tips.setState({ tip: null }) });
  const pick = useTipPick(tips);
  const text = useMemo(() => (pick ? describe(pick) : ''), [pick, describe]);
  useLayoutEffect(
    function followThePointer() {
      const follow = ({ tip }: { tip: Tip | null }) => {
        if (tip && box.current) placeTip(box.current, tip, map);
      };
      follow(tips.getState());
      return tips.subscribe(follow);
    },
    [tips, map, pick],
  );
  if (!pick) return null;
  return (
    <div ref={box} className="map-tooltip" aria-hidden="true">
      {text}
    </div>
  );
}
