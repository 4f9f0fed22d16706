import { memo, type CSSProperties } from 'react';
import type { EmphasisPair } from '../../derive/emphasis';
import { mapStress } from '../../styles/mapStyles';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { labelPosition, type PlacedMapLabel } from './placeLabelLayout';
import { PlaceMark } from './PlaceMark';
import { DataText } from '../../ui/DataText';
import type { Status } from '../../model/statuses';

/** A label's glyph and name, the same on the place's button and on its copy. */
export function PlaceLabelText({ status, name }: { status: Status | null | undefined; name: string }) {
  return (
    <>
      {status && (
        <span className="map-place__glyph" aria-hidden="true" style={{ '--glyph-color': STATUS_STYLES[status].color } as CSSProperties}>
          {STATUS_STYLES[status].glyph}
        </span>
      )}
      <DataText text={name} />
    </>
  );
}

/** How the place the copy stands for looks right now. */
export interface PlaceCopyLook {
  emphasis: EmphasisPair;
  /** Its label shows (placed, raised, or its button has the focus). */
  labelled: boolean;
  /** Its actor is the selection itself: its button is pressed. */
  pressed: boolean;
  /** Its button has a visible focus ring, or the pointer is on it. */
  ring: boolean;
  hover: boolean;
  /** Whether it lies over the other copies, as a raised or focused place does over the other places. */
  raised: boolean;
}

interface PlaceCopyProps {
  label: PlacedMapLabel;
  name: string;
  look: PlaceCopyLook;
  /** The place's rank in the list of places, so copies stack as the places do, whatever order they came in. */
  rank: number;
}

/**
 * A copy of a place that a pick brings forward (or that has the focus), drawn at full strength
 * over the faded list of places (map.css): its point, its leader line and its label, looking as the
 * place itself would. The place itself stays where it is, with its button, its name, its pressed
 * state and its focus; the copy is only a picture, hidden from assistive technology and from the
 * pointer. The list then fades as one element, and a hover restyles only the places it brings
 * forward and their copies, not each place it leaves out.
 */
export const PlaceCopy = memo(function PlaceCopy({ label, name, look, rank }: PlaceCopyProps) {
  const { place } = label;
  const stress = mapStress(look.emphasis);
  const tier = look.raised ? 2 : stress === 'normal' ? 0 : 1;
  const labelClass = [
    'map-place__label',
    `map-place__label--${label.align}`,
    look.pressed && 'map-place__label--pressed',
    look.ring && 'map-place__label--ringed',
    look.hover && 'map-place__label--pointed',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={`map-place map-place--${stress}${place.isFocus ? ' map-place--focus' : ''} map-place--copy`}
      style={{ left: `${label.x}px`, top: `${label.y}px`, zIndex: tier * 100_000 + rank }}
    >
      <PlaceMark place={place} leader={look.labelled ? label.leader : null} edge={label.edge} />
      {look.labelled && (
        <span className={labelClass} style={labelPosition(label)}>
          <PlaceLabelText status={place.status} name={name} />
        </span>
      )}
    </div>
  );
});
