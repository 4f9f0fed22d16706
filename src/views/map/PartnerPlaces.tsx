import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { toWholeMapScene, type MapLink, type MapScene } from '../../derive/toMapScene';
import { latestOf } from '../../derive/datasetOn';
import { describeMapTarget } from './describeMapTarget';
import {
  labelPosition,
  layoutDatasetLabels,
  layoutPlaceLabels,
  shapeInView,
  MAP_LABEL_HEIGHT,
  type PlacedMapLabel,
} from './placeLabelLayout';
import type { FocusShape } from '../../derive/mapFocusShape';
import type { GridBox } from '../../derive/boxGrid';
import type { FramingControl } from './MapFraming';
import { PlaceMark } from './PlaceMark';
import type { MapPointer } from './mapPointer';
import { usePlaceState } from './useMapEmphasis';
import { mapStress } from '../../styles/mapStyles';
import { PlaceCopy, PlaceLabelText } from './PlaceCopy';
import { capLabel } from '../../text/capLabel';
import { showsFocusRing } from '../shared/showsFocusRing';
import { useLang, useMessages } from '../../state/useMessages';

interface PartnerPlacesProps {
  dataset: Dataset;
  scene: MapScene;
  partnerships: readonly Partnership[];
  pointer: MapPointer;
  /** The focus's country, which labels stay off (`shapeInView`). */
  shape: FocusShape | null;
  /** The links as drawn: a place outside the frame has its marker where its link leaves the map. */
  links: readonly MapLink[];
  /** To bring a place outside the frame into view when its marker is pressed. */
  framing: RefObject<FramingControl | null>;
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
export function PartnerPlaces({ dataset, scene, partnerships, pointer, shape, links, framing }: PartnerPlacesProps) {
  const map = useMap();
  const lang = useLang();
  const t = useMessages();
  const baseId = useId();
  const [view, setView] = useState(0);
  const [size, setSize] = useState(0);
  useMapEvents({
    zoomend: () => setView((v) => v + 1),
    moveend: () => setView((v) => v + 1),
    viewreset: () => setView((v) => v + 1),
    resize: () => {
      setView((v) => v + 1);
      setSize((s) => s + 1);
    },
  });

  // Each place's sentence needs only its own partnerships: grouped once, not filtered per place,
  // and not at all while nothing is filtered out (the dataset has them grouped).
  const own = useMemo(
    () => (partnerships === dataset.partnerships ? dataset.partnershipsByActor : partnershipsByActor(partnerships)),
    [dataset, partnerships],
  );
  // The latest date's places and names, which a date step leaves as they are: a date's places
  // keep the names placed for the latest, as a filter's do, and a step places none again.
  const latest = latestOf(dataset);
  // Labels are laid out at the length they draw (`DataText` cuts a runaway name).
  const nameOf = useMemo(() => (id: string) => capLabel(dataset.actorById.get(id)?.name[lang] ?? id), [dataset, lang]);
  // Every place of the dataset, whatever the filters, in the scene's order (the focus, then the
  // strongest partners). The shown places keep this order, so a filter adds and removes places
  // but never moves one: moving hundreds of list items is as costly as making them again.
  const allPlaces = toWholeMapScene(latest).places;
  const shownPlaces = useMemo(() => {
    const order = new Map(allPlaces.map((p, i) => [p.actorId, i]));
    return [...scene.places].sort((a, b) => order.get(a.actorId)! - order.get(b.actorId)!);
  }, [allPlaces, scene]);
  // Labels are placed for every place of the dataset once per dataset, language and view (`view`
  // changes whenever Leaflet moves, zooms or resizes the map, which moves every point); a filter
  // keeps those labels where they are and only places the ones it leaves room for.
  const allByActor = latest.partnershipsByActor;
  // The focus's country at this view, and the map's controls at this size (`view` and `size` are
  // read for that reason alone). The controls are measured again only when the map's size or the
  // language (which makes them anew) changes: a measure right after a filter's changes to the page
  // forces the browser to lay it all out.
  const inView = useMemo(() => (view >= 0 ? shapeInView(map, shape) : null), [map, shape, view]);
  const controls = useMemo(() => (size >= 0 && lang ? controlBoxes(map) : []), [map, size, lang]);
  const all = useMemo(
    () => layoutDatasetLabels(map, allPlaces, nameOf, (id) => allByActor.get(id)?.length ?? 0, inView, controls, view),
    [map, allByActor, allPlaces, nameOf, inView, controls, view],
  );
  const arcs = useMemo(() => new Map(links.filter((l) => l.from === dataset.focus.id).map((l) => [l.to, l.latLngs])), [links, dataset]);
  const labels = useMemo(
    () => layoutPlaceLabels(map, shownPlaces, nameOf, (id) => own.get(id)?.length ?? 0, all, inView, controls, arcs),
    [map, shownPlaces, nameOf, own, all, inView, controls, arcs],
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
          framing={framing}
          country={label.place.isFocus ? (inView?.around ?? null) : null}
        />
      ))}
    </ul>
  );
}

const NONE: readonly Partnership[] = [];

/** The map's own controls (the zoom buttons), in the container's pixels: markers at the border keep clear of them. */
function controlBoxes(map: LeafletMap): GridBox[] {
  return [...map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control')].map((el) => ({
    x0: el.offsetLeft - 4,
    y0: el.offsetTop - 4,
    x1: el.offsetLeft + el.offsetWidth + 4,
    y1: el.offsetTop + el.offsetHeight + 4,
  }));
}

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
  label: PlacedMapLabel;
  /** Its place in the list, by which copies stack. */
  rank: number;
  descId: string;
  pointer: MapPointer;
  /** The layer the copies of the places a pick brings forward are drawn in. */
  copies: HTMLElement;
  framing: RefObject<FramingControl | null>;
  /** For the focus, the box of its country in layer pixels, which its tooltip keeps clear of as well. */
  country: GridBox | null;
}

/**
 * One place and its label button; it follows its own emphasis and pressed state. While a pick
 * brings it forward or its button has the focus, its copy is drawn over the faded list, the place
 * itself keeping its button, focus and name under it.
 */
const PartnerPlace = memo(function PartnerPlace({
  dataset,
  scene,
  partnerships,
  label,
  rank,
  descId,
  pointer,
  copies,
  framing,
  country,
}: PartnerPlaceProps) {
  const map = useMap();
  const lang = useLang();
  const t = useMessages();
  const { place } = label;
  const { emphasis, pressed, pointed } = usePlaceState(dataset, place.actorId);
  const stress = mapStress(emphasis);
  // An unlabelled place shows its label while it is pointed at or selected itself (and, by
  // map.css, while its button has the focus), on top of the labels around it.
  const raised = !label.shown && (pressed || pointed);
  const labelled = label.shown || raised;
  // The button's focus (with or without its ring) and the pointer on it, which its copy shows.
  const [focus, setFocus] = useState<'none' | 'plain' | 'ring'>('none');
  const [onLabel, setOnLabel] = useState(false);
  const lifted = stress !== 'normal' || focus !== 'none';
  const pick = useMemo(() => ({ kind: 'actor' as const, id: place.actorId }), [place.actorId]);
  const description = useMemo(
    () => describeMapTarget(dataset, scene, partnerships, pick, lang, t),
    [dataset, scene, partnerships, pick, lang, t],
  );
  const name = dataset.actorById.get(place.actorId)?.name[lang] ?? place.actorId;
  const { edge } = label;
  const outside = edge ? ` ${t.map.outsideFrame(t.map.compass[edge.compass])}` : '';
  // The tooltip stays clear of the place's label and point (or arrow), wherever its label is, and
  // of the focus's country.
  const tipAt = () => {
    const origin = map.containerPointToLayerPoint([0, 0]);
    const mark = edge ? 11 : 7;
    const boxes = [
      {
        x0: label.x + label.left,
        y0: label.y + label.top,
        x1: label.x + label.left + label.width,
        y1: label.y + label.top + MAP_LABEL_HEIGHT,
      },
      { x0: label.x - mark, y0: label.y - mark, x1: label.x + mark, y1: label.y + mark },
      ...(country && !edge ? [country] : []),
    ];
    return {
      x0: Math.min(...boxes.map((b) => b.x0)) - origin.x,
      y0: Math.min(...boxes.map((b) => b.y0)) - origin.y,
      x1: Math.max(...boxes.map((b) => b.x1)) - origin.x,
      y1: Math.max(...boxes.map((b) => b.y1)) - origin.y,
    };
  };
  // A place outside the frame is brought into view, and selected, by its marker.
  const press = () => {
    if (!edge) return pointer.toggle(pick);
    if (!pressed) pointer.toggle(pick);
    framing.current?.bringIntoView(place.actorId);
  };
  return (
    <li
      ref={keepPressesFromMap}
      className={`map-place map-place--${stress}${place.isFocus ? ' map-place--focus' : ''}${raised ? ' map-place--raised' : ''}${edge ? ' map-place--edge' : ''}`}
      style={{ left: `${label.x}px`, top: `${label.y}px` }}
    >
      <PlaceMark
        place={place}
        leader={labelled ? label.leader : null}
        edge={edge}
        onEnter={() => pointer.enter(pick, tipAt())}
        onLeave={() => pointer.leave()}
        onPress={press}
      />
      <button
        type="button"
        className={`${labelled ? 'map-place__label' : 'map-place__hidden-label'} map-place__label--${label.align}`}
        style={labelPosition(label)}
        aria-pressed={pressed}
        aria-describedby={descId}
        onClick={press}
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
        {outside}
      </span>
      {lifted &&
        createPortal(
          <PlaceCopy
            label={label}
            name={name}
            rank={rank}
            look={{
              emphasis,
              labelled: labelled || focus !== 'none',
              pressed,
              ring: focus === 'ring',
              hover: onLabel,
              raised: raised || focus !== 'none',
            }}
          />,
          copies,
        )}
    </li>
  );
});
