import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { useLang, useMessages } from '../../i18n/messages';
import { toMapScene, type MapScene } from '../../derive/toMapScene';
import { describeMapTarget } from './describeMapTarget';
import { labelPosition, layoutDatasetLabels, layoutPlaceLabels, LABEL_HEIGHT, type PlacedLabel } from './placeLabelLayout';
import { PlaceMark } from './PlaceMark';
import type { MapPointer } from './mapPointer';
import { usePlaceState } from './useMapEmphasis';
import { PlaceCopy, PlaceLabelText } from './PlaceCopy';
import { showsFocusRing } from '../shared/showsFocusRing';

interface PartnerPlacesProps {
  dataset: Dataset;
  scene: MapScene;
  partnerships: readonly Partnership[];
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
 * of the whole dataset's scene (focus first, then the strongest partners): Tab reaches it, it
 * shows a focus ring, its name is the actor's name, its description the plain-words sentence, and
 * Enter selects it. Where labels would crowd, a place is left unlabelled (`placeLabels`): its
 * button stays, out of sight until it has the focus, is pointed at or is selected.
 *
 * While something is picked, the list fades as one element (map.css) and the places the pick
 * brings forward are drawn again over it, at full strength, as decorative copies (`PlaceCopy`),
 * in a layer of their own after the list.
 */
export function PartnerPlaces({ dataset, scene, partnerships, pointer }: PartnerPlacesProps) {
  const map = useMap();
  const lang = useLang();
  const t = useMessages();
  const baseId = useId();
  const [view, setView] = useState(0);
  useMapEvents({
    zoomend: () => setView((v) => v + 1),
    moveend: () => setView((v) => v + 1),
    viewreset: () => setView((v) => v + 1),
    resize: () => setView((v) => v + 1),
  });

  // Each place's sentence needs only its own partnerships: grouped once, not filtered per place.
  const own = useMemo(() => partnershipsByActor(partnerships), [partnerships]);
  const nameOf = useMemo(() => (id: string) => dataset.actorById.get(id)?.name[lang] ?? id, [dataset, lang]);
  // Every place of the dataset, whatever the filters, in the scene's order (the focus, then the
  // strongest partners). The shown places keep this order, so a filter adds and removes places
  // but never moves one: moving hundreds of list items is as costly as making them again.
  const allPlaces = useMemo(() => toMapScene(dataset, dataset.partnerships).places, [dataset]);
  const shownPlaces = useMemo(() => {
    const order = new Map(allPlaces.map((p, i) => [p.actorId, i]));
    return [...scene.places].sort((a, b) => order.get(a.actorId)! - order.get(b.actorId)!);
  }, [allPlaces, scene]);
  // Labels are placed for every place of the dataset once per dataset, language and view (`view`
  // changes whenever Leaflet moves, zooms or resizes the map, which moves every point); a filter
  // keeps those labels where they are and only places the ones it leaves room for.
  const allByActor = useMemo(() => partnershipsByActor(dataset.partnerships), [dataset]);
  const all = useMemo(
    () => layoutDatasetLabels(map, allPlaces, nameOf, (id) => allByActor.get(id)?.length ?? 0, view),
    [map, allByActor, allPlaces, nameOf, view],
  );
  const labels = useMemo(
    () => layoutPlaceLabels(map, shownPlaces, nameOf, (id) => own.get(id)?.length ?? 0, all),
    [map, shownPlaces, nameOf, own, all],
  );

  // The copies' layer is made once and put after the list when the list is in the page; the
  // copies are rendered into it from the start, so a place picked at once has its copy at once.
  const [copies] = useState(() => {
    const layer = document.createElement('div');
    layer.className = 'map-places-picked';
    layer.setAttribute('aria-hidden', 'true');
    return layer;
  });
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    list.current?.after(copies);
    return () => copies.remove();
  }, [copies]);

  return (
    <ul ref={list} className="map-places" aria-label={t.map.placesLabel}>
      {labels.map((label, rank) => (
        <PartnerPlace
          key={label.place.actorId}
          dataset={dataset}
          scene={scene}
          partnerships={label.place.isFocus ? partnerships : (own.get(label.place.actorId) ?? NONE)}
          label={label}
          rank={rank}
          descId={`${baseId}-${label.place.actorId}`}
          pointer={pointer}
          copies={copies}
        />
      ))}
    </ul>
  );
}

const NONE: readonly Partnership[] = [];

function partnershipsByActor(partnerships: readonly Partnership[]): Map<string, Partnership[]> {
  const byActor = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    for (const id of new Set(p.actors)) {
      const list = byActor.get(id);
      if (list) list.push(p);
      else byActor.set(id, [p]);
    }
  }
  return byActor;
}

interface PartnerPlaceProps {
  dataset: Dataset;
  scene: MapScene;
  /** The place's own shown partnerships (all of them for the focus). */
  partnerships: readonly Partnership[];
  label: PlacedLabel;
  /** Its place in the list, by which copies stack. */
  rank: number;
  descId: string;
  pointer: MapPointer;
  /** The layer the copies of the places a pick brings forward are drawn in. */
  copies: HTMLElement;
}

/**
 * One place and its label button; it follows its own emphasis and pressed state. While a pick
 * brings it forward or its button has the focus, its copy is drawn over the faded list, the place
 * itself keeping its button, focus and name under it.
 */
const PartnerPlace = memo(function PartnerPlace({ dataset, scene, partnerships, label, rank, descId, pointer, copies }: PartnerPlaceProps) {
  const map = useMap();
  const lang = useLang();
  const t = useMessages();
  const { place } = label;
  const { emphasis, pressed, pointed } = usePlaceState(dataset, place.actorId);
  // An unlabelled place shows its label while it is pointed at or selected itself (and, by
  // map.css, while its button has the focus), on top of the labels around it.
  const raised = !label.shown && (pressed || pointed);
  const labelled = label.shown || raised;
  // The button's focus (with or without its ring) and the pointer on it, which its copy shows.
  const [focus, setFocus] = useState<'none' | 'plain' | 'ring'>('none');
  const [onLabel, setOnLabel] = useState(false);
  const lifted = emphasis !== 'normal' || focus !== 'none';
  const pick = useMemo(() => ({ kind: 'actor' as const, id: place.actorId }), [place.actorId]);
  const description = useMemo(() => describeMapTarget(dataset, scene, partnerships, pick, lang, t), [dataset, scene, partnerships, pick, lang, t]);
  const name = dataset.actorById.get(place.actorId)?.name[lang] ?? place.actorId;
  const tipAt = () => {
    const point = map.latLngToContainerPoint(place.latLng);
    return { x: point.x, y: point.y + label.top + LABEL_HEIGHT + 4 };
  };
  return (
    <li
      ref={keepPressesFromMap}
      className={`map-place map-place--${emphasis}${place.isFocus ? ' map-place--focus' : ''}${raised ? ' map-place--raised' : ''}`}
      style={{ left: `${label.x}px`, top: `${label.y}px` }}
    >
      <PlaceMark
        place={place}
        leader={labelled ? label.leader : null}
        onEnter={() => pointer.enter(pick, tipAt())}
        onLeave={() => pointer.leave()}
        onPress={() => pointer.toggle(pick)}
      />
      <button
        type="button"
        className={`${labelled ? 'map-place__label' : 'map-place__hidden-label'} map-place__label--${label.align}`}
        style={labelPosition(label)}
        aria-pressed={pressed}
        aria-describedby={descId}
        onClick={() => pointer.toggle(pick)}
        onFocus={(event) => {
          setFocus(showsFocusRing(event.currentTarget) ? 'ring' : 'plain');
          pointer.enter(pick, tipAt());
        }}
        onBlur={() => {
          setFocus('none');
          pointer.leave();
        }}
        onMouseEnter={() => {
          setOnLabel(true);
          pointer.enter(pick, tipAt());
        }}
        onMouseLeave={() => {
          setOnLabel(false);
          pointer.leave();
        }}
      >
        <PlaceLabelText status={place.status} name={name} />
      </button>
      <span id={descId} className="visually-hidden">
        {description}
      </span>
      {lifted &&
        createPortal(
          <PlaceCopy
            label={label}
            name={name}
            rank={rank}
            look={{ emphasis, labelled: labelled || focus !== 'none', pressed, ring: focus === 'ring', hover: onLabel, raised: raised || focus !== 'none' }}
          />,
          copies,
        )}
    </li>
  );
});
