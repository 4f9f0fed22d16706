import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { LineUtil, polyline, type LatLngExpression, type LeafletMouseEvent, type Point, type Polyline } from 'leaflet';
import type { MapLink } from '../../derive/toMapScene';
import { LINK_HIT_STYLE, linkStyle, linkWeight } from '../../styles/mapStyles';
import type { MapPointer } from './mapPointer';
import { ASIDE_WEIGHT } from './linkWeights';
import { useFlatRenderer } from './flatSvgRenderer';

/** The pane the batched links are drawn in, under the links drawn one by one (WorldMap). */
export const BATCHED_LINKS_PANE = 'map-batched-links';

const AT_REST = { selected: 'normal', pointed: 'normal' } as const;

interface Props {
  links: readonly MapLink[];
  maxSectors: number;
  pointer: MapPointer;
}

/** A Leaflet polyline's rings: its lines projected to the map's layer pixels (not in its public types). */
type Projected = Polyline & { _rings?: Point[][] };

/**
 * The ties between two actors other than the centre on a dense map, drawn as one path per style
 * (status and width) in a pane of their own, and one wide invisible path over all of them that
 * takes the pointer and finds the tie nearest it. A filter rewrites a few paths instead of adding
 * and removing an element and a component per link; a hover restyles none of them (the pane
 * fades as one layer, map.css), and the links a pick brings forward are drawn again as elements
 * above (`ForwardLinks` in `PartnerLinks`). The paths are SVG, so an export copies them as vector.
 */
export function BatchedLinks({ links, maxSectors, pointer }: Props) {
  const map = useMap();
  const renderer = useFlatRenderer(BATCHED_LINKS_PANE);
  const batches = useMemo(() => toLinkBatches(links, maxSectors), [links, maxSectors]);
  const lines = useRef(new Map<string, Polyline>());
  const pointerRef = useRef(pointer);
  useEffect(function keepLatestPointer() {
    pointerRef.current = pointer;
  });

  // In a layout effect, before the map's frame follows the same filter (`MapFraming` comes after
  // the links in `WorldMap`): the frame then projects the new batches once, instead of projecting
  // the old ones, all 5,000 partnerships' worth, only for this effect to replace them.
  useLayoutEffect(
    function drawBatches() {
      const held = lines.current;
      for (const [key, line] of held) {
        if (!batches.has(key)) {
          line.remove();
          held.delete(key);
        }
      }
      for (const [key, batch] of batches) {
        const line = held.get(key);
        if (line) line.setLatLngs(batch.latLngs);
        else {
          const style = linkStyle(batch.status, batch.weight, AT_REST);
          const made = polyline(batch.latLngs, {
            ...style,
            renderer,
            smoothFactor: 0,
            interactive: false,
            className: 'map-link map-link--aside map-link--batched',
          });
          held.set(key, made.addTo(map));
        }
      }
    },
    [map, renderer, batches],
  );

  const hit = useRef<Projected | null>(null);
  const shown = useRef(links);
  useEffect(
    function takeThePointer() {
      const nearest = (at: Point) => linkNearest(hit.current?._rings ?? [], shown.current, at);
      let pointed: string | null = null;
      const line = polyline(shown.current.map(hitArc), {
        ...LINK_HIT_STYLE,
        renderer,
        smoothFactor: 0,
        bubblingMouseEvents: false,
        className: 'map-link-hit map-link-hit--batched',
      }) as Projected;
      line.on({
        mousemove: (e: LeafletMouseEvent) => {
          const id = nearest(e.layerPoint);
          if (id === pointed) return pointerRef.current.move(e.containerPoint);
          if (pointed) pointerRef.current.leave();
          pointed = id;
          if (id) pointerRef.current.enter({ kind: 'relation', id }, e.containerPoint);
        },
        mouseout: () => {
          if (pointed) pointerRef.current.leave();
          pointed = null;
        },
        click: (e: LeafletMouseEvent) => {
          const id = nearest(e.layerPoint);
          if (id) pointerRef.current.toggle({ kind: 'relation', id });
        },
      });
      hit.current = line.addTo(map);
      return () => {
        line.remove();
        hit.current = null;
      };
    },
    [map, renderer],
  );
  useLayoutEffect(
    function followShownLinks() {
      shown.current = links;
      hit.current?.setLatLngs(links.map(hitArc));
    },
    [links],
  );

  useEffect(function removeOnLeave() {
    const held = lines.current;
    return () => {
      for (const line of held.values()) line.remove();
      held.clear();
    };
  }, []);
  return null;
}

interface LinkBatch {
  status: MapLink['status'];
  weight: number;
  latLngs: LatLngExpression[][];
}

/** The links grouped by the style they are drawn with, each group's lines in the links' order. */
export function toLinkBatches(links: readonly MapLink[], maxSectors: number): Map<string, LinkBatch> {
  const batches = new Map<string, LinkBatch>();
  for (const link of links) {
    const weight = linkWeight(link.sectorCount, maxSectors) * ASIDE_WEIGHT;
    const key = `${link.status}|${weight}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = { status: link.status, weight, latLngs: [] };
      batches.set(key, batch);
    }
    batch.latLngs.push(thinArc(link));
  }
  return batches;
}

const thinned = new WeakMap<MapLink['latLngs'], LatLngExpression[]>();
const thinnedForHits = new WeakMap<MapLink['latLngs'], LatLngExpression[]>();

/**
 * A link's arc with every third of its points (its ends always), once per arc the scene keeps: a
 * faint tie among thousands is drawn as smoothly at 16 segments as at 48, and the map projects it
 * again on every zoom and reframing (a filter reframes the map).
 */
function thinArc(link: MapLink): LatLngExpression[] {
  return everyNth(link.latLngs, 3, thinned);
}

/**
 * The arc the pointer finds a link by, with every sixth point: 8 segments stray from the curve by
 * about a pixel at the frame's zoom, well inside the hit line's width, and the hit line, over
 * every batched link, is projected as often as the links themselves.
 */
function hitArc(link: MapLink): LatLngExpression[] {
  return everyNth(link.latLngs, 6, thinnedForHits);
}

function everyNth(latLngs: MapLink['latLngs'], step: number, cache: WeakMap<MapLink['latLngs'], LatLngExpression[]>): LatLngExpression[] {
  let arc = cache.get(latLngs);
  if (!arc) {
    const all = latLngs as [number, number][];
    arc = all.filter((_, i) => i % step === 0 || i === all.length - 1);
    cache.set(latLngs, arc);
  }
  return arc;
}

/** The id of the link whose line passes nearest a point, both in the map's layer pixels; the last drawn wins a tie. */
export function linkNearest(rings: readonly Point[][], links: readonly MapLink[], at: Point): string | null {
  let best = Infinity;
  let found: string | null = null;
  rings.forEach((ring, i) => {
    for (let j = 1; j < ring.length; j++) {
      const d = LineUtil.pointToSegmentDistance(at, ring[j - 1]!, ring[j]!);
      if (d <= best) {
        best = d;
        found = links[i]?.id ?? null;
      }
    }
  });
  return found;
}
