import { memo } from 'react';
import type { MapPlace } from '../../derive/toMapScene';
import { FOCUS_COLOR, STATUS_STYLES } from '../../styles/statusStyle';
import { MAP_COLORS } from '../../styles/mapStyles';
import type { EdgeMarker } from '../../derive/mapEdgeMarkers';

interface PlaceMarkProps {
  place: MapPlace;
  leader: { x: number; y: number } | null;
  /** For a place outside the frame, its marker: an arrow on the border, pointing to the place. */
  edge?: EdgeMarker | null;
  /**
   * The pointer's way to a place, most of all to an unlabelled one: its point takes hover and click
   * as its label does. A place's copy (`PlaceCopy`) has none.
   */
  onEnter?: () => void;
  onLeave?: () => void;
  onPress?: () => void;
}

/**
 * The point of a place, drawn at the place itself: a disc for a country's capital, a square for an
 * organization's headquarters, a larger ringed disc for the focus, an arrow on the frame's border
 * for a place outside the frame; plus the leader line to its label when the label had to move away. The keyboard reaches the place by its label's button, so
 * the point is hidden from assistive technology.
 */
export const PlaceMark = memo(function PlaceMark({ place, leader, edge, onEnter, onLeave, onPress }: PlaceMarkProps) {
  const fill = place.isFocus ? FOCUS_COLOR : place.status ? STATUS_STYLES[place.status].color : MAP_COLORS.ink;
  return (
    <svg
      className="map-place__mark"
      width="1"
      height="1"
      aria-hidden="true"
      focusable="false"
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      onClick={onPress}
    >
      {leader && (
        <line
          className="map-place__leader"
          x1="0"
          y1="0"
          x2={leader.x}
          y2={leader.y}
          stroke={MAP_COLORS.ink}
          strokeWidth="1.25"
          strokeOpacity="0.7"
        />
      )}
      {edge ? (
        // The tip at the border, the arrow pointing the way to the place.
        <path
          className="map-place__dot map-place__arrow"
          d="M0,0L-13,-8L-9,0L-13,8Z"
          transform={`rotate(${((edge.angle * 180) / Math.PI).toFixed(1)})`}
          fill={fill}
          stroke="#fff"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      ) : place.kind === 'organization' ? (
        <rect className="map-place__dot" x="-5" y="-5" width="10" height="10" fill={fill} stroke="#fff" strokeWidth="2" />
      ) : (
        <circle className="map-place__dot" r={place.isFocus ? 6.5 : 5} fill={fill} stroke="#fff" strokeWidth={place.isFocus ? 2.5 : 2} />
      )}
    </svg>
  );
});
