import { useMemo, type CSSProperties } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useTip, type Tip, type TipStore } from './mapPointer';
import { placeMapTip } from '../../derive/mapTipPlacement';
import type { EntityRef } from '../../model/entityRef';

/** The tooltip's place as CSS, from `placeMapTip`. */
function tipStyle(tip: Tip, width: number, height: number): CSSProperties {
  const { left, right, top, bottom, maxWidth, maxHeight } = placeMapTip(tip.anchor, { width, height });
  const px = (n: number | undefined) => (n === undefined ? undefined : `${n}px`);
  return { left: px(left), right: px(right), top: px(top), bottom: px(bottom), maxWidth: px(maxWidth), maxHeight: px(maxHeight) };
}

/**
 * The plain-words sentence next to what is pointed at, inside the map, beside it and never over
 * it. It is hidden from screen readers: every focusable place already carries the same sentence
 * as its description. It
 * follows the map's tooltip store on its own, and writes its sentence once per pick, not once per
 * pointer move.
 */
export function MapTooltip({ tips, describe }: { tips: TipStore; describe: (pick: EntityRef) => string }) {
  const map = useMap();
  // What the tooltip was placed beside moves with the map: it goes until the next pointing.
  useMapEvents({ movestart: () => tips.setState({ tip: null }), zoomstart: () => tips.setState({ tip: null }) });
  const tip = useTip(tips);
  const pick = tip?.pick;
  const text = useMemo(() => (pick ? describe(pick) : ''), [pick, describe]);
  if (!tip) return null;
  const size = map.getSize();
  return (
    <div className="map-tooltip" aria-hidden="true" style={tipStyle(tip, size.x, size.y)}>
      {text}
    </div>
  );
}
