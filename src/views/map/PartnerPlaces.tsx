import { useId, useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { useLang, useMessages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { mapActorEmphasis, type MapHighlights } from '../../derive/mapEmphasis';
import type { MapScene } from '../../derive/toMapScene';
import { describeMapTarget } from './describeMapTarget';
import { layoutPlaceLabels, LABEL_HEIGHT, type PlacedLabel } from './placeLabelLayout';
import { PlaceMark } from './PlaceMark';
import type { MapPointer } from './mapPointer';
import { STATUS_STYLES } from '../shared/statusStyle';

interface PartnerPlacesProps {
  dataset: Dataset;
  scene: MapScene;
  partnerships: readonly Partnership[];
  highlights: MapHighlights;
  pointer: MapPointer;
}

// Leaflet would otherwise start a drag, move focus to the map, or zoom on a double click when a
// label is pressed. Leaflet's own `disableClickPropagation` is not used: on touch screens it also
// swallows the second of two quick taps, which would then never reach the button.
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'touchstart', 'dblclick'] as const;
const stop = (event: Event) => event.stopPropagation();
function keepPressesFromMap(element: HTMLLIElement | null) {
  if (!element) return;
  for (const type of PRESS_EVENTS) element.addEventListener(type, stop);
  return () => {
    for (const type of PRESS_EVENTS) element.removeEventListener(type, stop);
  };
}

/**
 * The places (the focus's capital, each partner's capital or headquarters) with their labels.
 * Leaflet's markers cannot be reached by keyboard, so each label is a real button, in the order
 * of the scene (focus first, then the strongest partners): Tab reaches it, it shows a focus ring,
 * its name is the actor's name, its description the plain-words sentence, and Enter selects it.
 */
export function PartnerPlaces({ dataset, scene, partnerships, highlights, pointer }: PartnerPlacesProps) {
  const map = useMap();
  const lang = useLang();
  const t = useMessages();
  const baseId = useId();
  const selection = useAppStore((s) => s.selection);
  const [view, setView] = useState(0);
  useMapEvents({
    zoomend: () => setView((v) => v + 1),
    moveend: () => setView((v) => v + 1),
    viewreset: () => setView((v) => v + 1),
    resize: () => setView((v) => v + 1),
  });

  // `view` changes whenever Leaflet moves, zooms or resizes the map, which moves every point.
  const labels = useMemo(
    () => layoutPlaceLabels(map, scene.places, (id) => dataset.actorById.get(id)?.name[lang] ?? id, view),
    [map, scene, dataset, lang, view],
  );

  return (
    <ul className="map-places" aria-label={t.map.placesLabel}>
      {labels.map((label) => {
        const { place } = label;
        const actor = dataset.actorById.get(place.actorId);
        const pick = { kind: 'actor' as const, id: place.actorId };
        const descId = `${baseId}-${place.actorId}`;
        const emphasis = mapActorEmphasis(place.actorId, highlights);
        const pressed = selection?.kind === 'actor' && selection.id === place.actorId;
        const tipAt = () => {
          const point = map.latLngToContainerPoint(place.latLng);
          return { x: point.x, y: point.y + label.top + LABEL_HEIGHT + 4 };
        };
        return (
          <li
            key={place.actorId}
            ref={keepPressesFromMap}
            className={`map-place map-place--${emphasis}${place.isFocus ? ' map-place--focus' : ''}`}
            style={{ transform: `translate(${label.x}px, ${label.y}px)` }}
          >
            <PlaceMark place={place} leader={label.leader} />
            <button
              type="button"
              className={`map-place__label map-place__label--${label.align}`}
              style={labelPosition(label)}
              aria-pressed={pressed}
              aria-describedby={descId}
              onClick={() => pointer.toggle(pick)}
              onFocus={() => pointer.enter(pick, tipAt())}
              onBlur={() => pointer.leave()}
              onMouseEnter={() => pointer.enter(pick, tipAt())}
              onMouseLeave={() => pointer.leave()}
            >
              {place.status && (
                <span className="map-place__glyph" aria-hidden="true" style={{ color: STATUS_STYLES[place.status].color }}>
                  {STATUS_STYLES[place.status].glyph}
                </span>
              )}
              {actor?.name[lang] ?? place.actorId}
            </button>
            <span id={descId} className="visually-hidden">
              {describeMapTarget(dataset, scene, partnerships, pick, lang, t)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function labelPosition(label: PlacedLabel): React.CSSProperties {
  const left = label.align === 'start' ? label.left : label.align === 'end' ? label.left + label.width : label.left + label.width / 2;
  return { left: `${left}px`, top: `${label.top}px`, height: `${LABEL_HEIGHT}px` };
}
