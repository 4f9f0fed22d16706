import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { LatLng, LatLngBounds, Map as LeafletMap } from 'leaflet';
import type { Dataset } from '../../data/indexDataset';
import type { MapPlace } from '../../derive/toMapScene';
import type { FocusShape } from '../../derive/mapFocusShape';
import { computeMapFrame, type MapFrame } from '../../derive/mapFrame';
import { datasetKey } from './datasetKey';

/** What the rest of the map view may ask of the frame. */
export interface FramingControl {
  /** Every shown place in view, however small the focus gets ("Show all partners"). */
  showAll(): void;
  /** The focus and one place in view, for a place outside the frame. */
  bringIntoView(actorId: string): void;
}

/**
 * Who set the view last: the automatic frame of the shown places, "show all", or the person
 * (a pan, a zoom, or a place brought into view); a resize of the map re-frames the first two.
 */
type Mode = 'auto' | 'all' | 'hand';

interface MapFramingProps {
  dataset: Dataset;
  places: readonly MapPlace[];
  shape: FocusShape | null;
  control: Ref<FramingControl>;
}

/**
 * Whether the map already shows a frame, to under a pixel: a filter that keeps the outermost
 * places keeps the frame, and setting it again would make Leaflet redraw every link and country
 * for nothing (80 to 100 ms at 5,000 partnerships).
 */
function showsAlready(map: LeafletMap, frame: MapFrame): boolean {
  if (Math.abs(map.getZoom() - frame.zoom) > 1e-3) return false;
  const centre = map.getSize().divideBy(2);
  return map.latLngToContainerPoint(frame.center).distanceTo(centre) < 0.5;
}

const motionAllowed = () => !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

function frameFor(map: LeafletMap, places: readonly MapPlace[], shape: FocusShape | null, capped: boolean): MapFrame {
  const focus = places.find((p) => p.isFocus);
  const size = map.getSize();
  return computeMapFrame({
    size: { width: size.x, height: size.y },
    focus: { latLng: focus?.latLng ?? null, extent: shape?.extent ?? null },
    // The automatic frame holds the focus's partners, not the ends of ties among other actors:
    // seen from Russia it frames Russia and Mali, the Sahel's ties running on past its edge.
    // "Show all" and "bring into view" frame every place they are given.
    places: places.filter((p) => !p.isFocus && (p.isPartner || !capped)).map((p) => ({ id: p.actorId, latLng: p.latLng })),
    capped,
  });
}

/**
 * The map's frame (`computeMapFrame`): the focus and its partners, the focus kept large enough to
 * read first. The map re-frames whenever the shown places change (a filter, a link, Back or
 * Forward, another dataset), even after a hand pan or zoom: a new set of places is a new question,
 * and the same state always gets the same frame however it was reached. A hand pan or zoom is
 * kept through everything else (a selection, the language, a resize). The move is animated only
 * once the map has been seen, and never when the reader asks for reduced motion.
 */
export function MapFraming({ dataset, places, shape, control }: MapFramingProps) {
  const map = useMap();
  const mode = useRef<Mode>('auto');
  // Whether a frame is on its way: every setView ends with one moveend, animated or not, so a
  // move that starts before it is the frame's own.
  const moving = useRef(false);
  const seen = useRef(false);
  const latest = useRef({ places, shape });
  useLayoutEffect(() => {
    latest.current = { places, shape };
  });

  const apply = useCallback(
    (next: Mode, capped: boolean, shown: readonly MapPlace[], animate: boolean) => {
      mode.current = next;
      const frame = frameFor(map, shown, latest.current.shape, capped);
      if (showsAlready(map, frame)) return;
      moving.current = true;
      map.setView(frame.center, frame.zoom, { animate: animate && seen.current && motionAllowed() });
    },
    [map],
  );

  useImperativeHandle(
    control,
    () => ({
      showAll: () => apply('all', false, latest.current.places, true),
      bringIntoView: (actorId) =>
        apply(
          'hand',
          false,
          latest.current.places.filter((p) => p.isFocus || p.actorId === actorId),
          true,
        ),
    }),
    [apply],
  );

  // Registered before the first frame is set, which lands at once (`frameShownPlaces`).
  useLayoutEffect(
    function followSizeAndHand() {
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => map.invalidateSize());
      observer?.observe(map.getContainer());
      const onResize = () => {
        if (mode.current !== 'hand') apply(mode.current, mode.current === 'auto', latest.current.places, false);
      };
      // A move the frame did not start is the person's (a drag, a zoom button, the keyboard, the
      // wheel), from its first moment: a resize during it must not take the map back.
      const onMoveStart = () => {
        if (!moving.current) mode.current = 'hand';
      };
      const onMoveEnd = () => {
        moving.current = false;
      };
      map.on('resize', onResize);
      map.on('movestart zoomstart', onMoveStart);
      map.on('moveend', onMoveEnd);
      return () => {
        observer?.disconnect();
        map.off('resize', onResize);
        map.off('movestart zoomstart', onMoveStart);
        map.off('moveend', onMoveEnd);
      };
    },
    [map, apply],
  );

  useEffect(
    function frameForPrint() {
      // On paper the map's frame has another size (print.css), which no resize event announces
      // in time, so Leaflet would print the screen's view cropped, or with blank margins. The
      // print media query changes while the page is laid out for print (in the print dialog and
      // in Chromium's PDF output alike): the map then measures its printed frame and frames the
      // same places, or the same area after a hand move, with the places' labels following in
      // the same call (flushSync). Afterwards the screen's view comes back as it was.
      const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
      if (!query) return;
      let screen: { bounds: LatLngBounds; center: LatLng; zoom: number } | null = null;
      const onChange = (event: MediaQueryListEvent) => {
        flushSync(() => {
          moving.current = true;
          if (event.matches) {
            screen = { bounds: map.getBounds(), center: map.getCenter(), zoom: map.getZoom() };
            map.invalidateSize({ pan: false });
            if (mode.current === 'hand') map.fitBounds(screen.bounds, { animate: false });
            else apply(mode.current, mode.current === 'auto', latest.current.places, false);
          } else if (screen) {
            map.invalidateSize({ pan: false });
            map.setView(screen.center, screen.zoom, { animate: false });
            screen = null;
          }
        });
      };
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    [map, apply],
  );

  const key = `${datasetKey(dataset)}|${places.map((p) => p.actorId).join(',')}`;
  const framed = useRef<{ key: string; shape: FocusShape | null } | null>(null);
  useLayoutEffect(
    function frameShownPlaces() {
      const was = framed.current;
      framed.current = { key, shape };
      // The focus's shape arriving refines the frame, unless the person has moved the map meanwhile.
      if (was && was.key === key && (was.shape === shape || mode.current !== 'auto')) return;
      const sameDataset = was !== null && was.key.split('|')[0] === key.split('|')[0];
      apply('auto', true, latest.current.places, sameDataset && was.key !== key);
    },
    [apply, key, shape],
  );

  useEffect(function animateOnceSeen() {
    const frame = requestAnimationFrame(() => {
      seen.current = true;
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  return null;
}
