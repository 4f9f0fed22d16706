import { useMemo, type CSSProperties } from 'react';
import { useMap } from 'react-leaflet';
import type { Pick } from '../../state/store';
import { useTip, type Tip, type TipStore } from './mapPointer';

const GAP = 12;
const EDGE = 8;

/**
 * Anchors the tooltip on the side of the point with more room, and caps its width and height to
 * that room, so it never runs past the map's edge, where the map would cut it off.
 */
function tipPosition(tip: Tip, width: number, height: number): CSSProperties {
  const roomRight = width - tip.x - GAP - EDGE;
  const roomLeft = tip.x - GAP - EDGE;
  const right = roomRight >= Math.min(220, roomLeft);
  const below = tip.y < height * 0.6;
  const room = Math.max(right ? roomRight : roomLeft, 140);
  return {
    ...(right ? { left: `${Math.min(tip.x + GAP, width - EDGE - room)}px` } : { right: `${Math.min(width - tip.x + GAP, width - EDGE - room)}px` }),
    ...(below ? { top: `${tip.y + GAP}px` } : { bottom: `${height - tip.y + GAP}px` }),
    maxWidth: `${Math.min(280, room)}px`,
    maxHeight: `${Math.max(below ? height - tip.y - GAP - EDGE : tip.y - GAP - EDGE, 60)}px`,
  };
}

/**
 * The plain-words sentence next to what is pointed at, inside the map. It is hidden from screen
 * readers: every focusable place already carries the same sentence as its description. It
 * follows the map's tooltip store on its own, and writes its sentence once per pick, not once per
 * pointer move.
 */
export function MapTooltip({ tips, describe }: { tips: TipStore; describe: (pick: Pick) => string }) {
  const map = useMap();
  const tip = useTip(tips);
  const pick = tip?.pick;
  const text = useMemo(() => (pick ? describe(pick) : ''), [pick, describe]);
  if (!tip) return null;
  const size = map.getSize();
  return (
    <div className="map-tooltip" aria-hidden="true" style={tipPosition(tip, size.x, size.y)}>
      {text}
    </div>
  );
}
