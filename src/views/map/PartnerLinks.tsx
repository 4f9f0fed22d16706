import { memo, useEffect, useMemo, useRef } from 'react';
import { Polyline } from 'react-leaflet';
import type { LeafletMouseEvent, Polyline as LeafletPolyline, Renderer } from 'leaflet';
import type { Dataset } from '../../data/indexDataset';
import { toWholeMapScene, type MapLink } from '../../derive/toMapScene';
import { LINK_HIT_STYLE, linkCasingStyle, linkStyle, linkWeight, mapStress, PICKED_CLASS } from '../../styles/mapStyles';
import type { MapPointer } from './mapPointer';
import { useMapLinkEmphasis } from './useMapEmphasis';
import { placePath, useFlatRenderer } from './flatSvgRenderer';
import { ASIDE_WEIGHT } from './linkWeights';
import { BatchedLinks } from './BatchedLinks';
import { DENSE_MARKS } from '../shared/density';
import { forwardLinks, linksByPartnership } from './forwardLinks';
import { usePicks } from '../../state/interaction';
import { useShallow } from 'zustand/react/shallow';

/** The pane the links are drawn in (WorldMap). */
export const LINKS_PANE = 'map-links';

interface PartnerLinksProps {
  dataset: Dataset;
  links: readonly MapLink[];
  maxSectors: number;
  pointer: MapPointer;
  /** Whether the wide hit paths are drawn yet: the map's first drawing adds them last (`useDrawStages`). */
  withHits: boolean;
  /** The links pane's renderer, shared by every path (`useFlatRenderer`). */
  renderer: Renderer;
}

/**
 * The links from the focus to each partner, weakest drawn first so the strongest lie on top. Each
 * link is three paths: a pale casing, the styled line, and a wide invisible path that takes the
 * pointer, so a thin dotted link is as easy to hover or tap as a thick one. The hit paths stack in
 * the same order as the lines, whenever they are added.
 */
export function PartnerLinks({ links, ...rest }: Omit<PartnerLinksProps, 'renderer'>) {
  const renderer = useFlatRenderer(LINKS_PANE, true);
  // Dense by the whole dataset's links (`DENSE_MARKS`), so a filter never turns batches into hundreds of elements.
  const dense = toWholeMapScene(rest.dataset).links.length > DENSE_MARKS;
  const { drawn, batched } = useMemo(
    () => ({ drawn: links.filter((l) => !dense || l.withFocus), batched: dense ? links.filter((l) => !l.withFocus) : [] }),
    [links, dense],
  );
  return (
    <>
      {[...drawn].reverse().map((link) => (
        <PartnerLink key={link.id} link={link} renderer={renderer} {...rest} />
      ))}
      {batched.length > 0 && (
        <>
          <BatchedLinks links={batched} maxSectors={rest.maxSectors} pointer={rest.pointer} />
          <ForwardBatchedLinks links={batched} renderer={renderer} {...rest} withHits={false} />
        </>
      )}
    </>
  );
}

/**
 * The batched links (`BatchedLinks`) that the selection or the pointer brings forward, drawn again
 * as elements above the faded batches, as every other link is brought forward: a handful, found by
 * one answer to the picks instead of a subscription per link. They have no hit path of their own:
 * the batches' hit line under them keeps the pointer, so bringing a link forward never takes the
 * pointer off the link that brought it.
 */
function ForwardBatchedLinks({ links, dataset, ...rest }: Omit<PartnerLinksProps, 'links'> & { links: readonly MapLink[] }) {
  const byPartnership = useMemo(() => linksByPartnership(links), [links]);
  const forwardIds = usePicks(
    useShallow(({ selected, pointed }) => forwardLinks(dataset, links, byPartnership, [selected, pointed]).map((l) => l.id)),
  );
  const byId = useMemo(() => new Map(links.map((l) => [l.id, l])), [links]);
  return (
    <>
      {forwardIds.map((id) => {
        const link = byId.get(id);
        return link ? <PartnerLink key={id} link={link} dataset={dataset} {...rest} /> : null;
      })}
    </>
  );
}

// The scene keeps a link's arc as the same array while the dataset stays (`toMapScene`), which is
// what react-leaflet compares `positions` by: a filter redraws only the links it adds or removes.
type LatLngs = [number, number][];

/**
 * One link. Its wide hit path never changes with the emphasis, so only its two visible lines
 * follow the hover and the selection (`PartnerLinkLines`): a pointer move re-renders the lines
 * whose style it changes, nothing else.
 */
const PartnerLink = memo(function PartnerLink({
  dataset,
  link,
  maxSectors,
  pointer,
  withHits,
  renderer,
}: { link: MapLink } & Omit<PartnerLinksProps, 'links'>) {
  const positions = link.latLngs as LatLngs;
  const eventHandlers = useMemo(() => {
    const pick = { kind: 'relation' as const, id: link.id };
    return {
      mouseover: (e: LeafletMouseEvent) => pointer.enter(pick, e.containerPoint),
      mousemove: (e: LeafletMouseEvent) => pointer.move(e.containerPoint),
      mouseout: () => pointer.leave(),
      click: () => pointer.toggle(pick),
    };
  }, [link.id, pointer]);
  return (
    <>
      <PartnerLinkLines
        dataset={dataset}
        link={link}
        // A tie between two actors other than the centre is drawn thinner and paler (map.css), below the centre's.
        weight={linkWeight(link.sectorCount, maxSectors) * (link.withFocus ? 1 : ASIDE_WEIGHT)}
        positions={positions}
        renderer={renderer}
      />
      {withHits && (
        <Polyline
          positions={positions}
          renderer={renderer}
          pathOptions={LINK_HIT_STYLE}
          className={`map-link-hit map-link-hit--${link.to}`}
          bubblingMouseEvents={false}
          eventHandlers={eventHandlers}
        />
      )}
    </>
  );
});

/**
 * A link's casing and line, styled by its status, its width and its own emphasis. A link that a
 * pick brings forward carries the picked class and is lifted out of the group the map fades, above
 * every other link (`placePath`); it goes back to its place when the pick leaves it out.
 */
const PartnerLinkLines = memo(function PartnerLinkLines({
  dataset,
  link,
  weight,
  positions,
  renderer,
}: {
  dataset: Dataset;
  link: MapLink;
  weight: number;
  positions: LatLngs;
  renderer: Renderer;
}) {
  const emphasis = useMapLinkEmphasis(dataset, link);
  const casing = useRef<LeafletPolyline>(null);
  const line = useRef<LeafletPolyline>(null);
  // Runs after the two paths' own effects, which add them to the map, so their elements exist.
  useEffect(
    function markPicked() {
      const picked = mapStress(emphasis) !== 'normal';
      for (const path of [casing.current, line.current]) {
        if (!path) continue;
        path.getElement()?.classList.toggle(PICKED_CLASS, picked);
        placePath(path, { fades: true, picked });
      }
    },
    [emphasis],
  );
  return (
    <>
      <Polyline
        ref={casing}
        positions={positions}
        renderer={renderer}
        pathOptions={linkCasingStyle(weight, emphasis)}
        className="map-link-casing"
        interactive={false}
      />
      <Polyline
        ref={line}
        positions={positions}
        renderer={renderer}
        pathOptions={linkStyle(link.status, weight, emphasis)}
        className={`map-link map-link--${link.to}${link.withFocus ? '' : ' map-link--aside'}`}
        interactive={false}
      />
    </>
  );
});
