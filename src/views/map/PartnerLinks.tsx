import { memo, useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import type { LeafletMouseEvent, Renderer } from 'leaflet';
import type { Dataset } from '../../data/indexDataset';
import { toWholeMapScene, type MapLink } from '../../derive/toMapScene';
import { LINK_HIT_STYLE, linkCasingStyle, linkStyle, linkWeight, mapStress, PICKED_CLASS } from '../../styles/mapStyles';
import type { EmphasisPair } from '../../derive/emphasis';
import type { MapPointer } from './mapPointer';
import { useMapLinkEmphasis } from './useMapEmphasis';
import { useFlatRenderer } from './flatSvgRenderer';
import { ASIDE_WEIGHT } from './linkWeights';
import { BatchedLinks } from './BatchedLinks';
import { DENSE_MARKS } from '../shared/density';
import { forwardLinks, linksByPartnership } from './forwardLinks';
import { usePicks } from '../../state/interaction';
import { useShallow } from 'zustand/react/shallow';

/** The pane the links are drawn in (WorldMap). */
export const LINKS_PANE = 'map-links';
/** The pane above every link where the links a pick brings forward are drawn again (WorldMap). */
export const FORWARD_LINKS_PANE = 'map-forward-links';

const AT_REST: EmphasisPair = { selected: 'normal', pointed: 'normal' };

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
 *
 * A pick changes none of these paths. Their panes fade as a whole (map.css), and the links the pick
 * brings forward are drawn again above them (`ForwardLinks`). A change to any path in a pane makes
 * the browser paint the pane again, and every tile of it holds some of the thousands of links a
 * dense map draws. In Chromium without a GPU, that took 600 to 700 ms of raster at 5,000
 * partnerships for each hover and for each un-hover, and the next pointer move waited for it.
 */
export function PartnerLinks({ links, ...rest }: Omit<PartnerLinksProps, 'renderer'>) {
  const renderer = useFlatRenderer(LINKS_PANE);
  // Dense by the whole dataset's links (`DENSE_MARKS`), so a filter never turns batches into hundreds of elements.
  const dense = toWholeMapScene(rest.dataset).links.length > DENSE_MARKS;
  const { drawn, batched } = useMemo(
    () => ({ drawn: links.filter((l) => !dense || l.withFocus), batched: dense ? links.filter((l) => !l.withFocus) : [] }),
    [links, dense],
  );
  return (
    <>
      {[...drawn].reverse().map((link) => (
        <PartnerLink
          key={link.id}
          link={link}
          renderer={renderer}
          maxSectors={rest.maxSectors}
          pointer={rest.pointer}
          withHits={rest.withHits}
        />
      ))}
      {batched.length > 0 && <BatchedLinks links={batched} maxSectors={rest.maxSectors} pointer={rest.pointer} />}
      <ForwardLinks links={links} dataset={rest.dataset} maxSectors={rest.maxSectors} />
    </>
  );
}

/**
 * The links the selection or the pointer brings forward, drawn again at full strength in a pane
 * above the faded ones, in the links' order: a handful, found by one answer to the picks instead
 * of a subscription per link. They take no pointer: the hit path under each keeps it, so bringing
 * a link forward never takes the pointer off the link that brought it.
 */
function ForwardLinks({ links, dataset, maxSectors }: { links: readonly MapLink[]; dataset: Dataset; maxSectors: number }) {
  const renderer = useFlatRenderer(FORWARD_LINKS_PANE);
  const byPartnership = useMemo(() => linksByPartnership(links), [links]);
  const forwardIds = usePicks(
    useShallow(({ selected, pointed }) => forwardLinks(dataset, links, byPartnership, [selected, pointed]).map((l) => l.id)),
  );
  // Each link with its rank, the strongest on top as at rest, so that copies always overlap the same
  // way, whatever was picked before.
  const byId = useMemo(() => new Map(links.map((link, i) => [link.id, { link, rank: links.length - 1 - i }])), [links]);
  return (
    <>
      {forwardIds.map((id) => {
        const found = byId.get(id);
        return found ? (
          <ForwardLinkLines key={id} dataset={dataset} link={found.link} maxSectors={maxSectors} renderer={renderer} rank={found.rank} />
        ) : null;
      })}
    </>
  );
}

/** A link brought forward, styled by its emphasis: wider and stronger when hovered, more when selected. */
function ForwardLinkLines({
  dataset,
  link,
  maxSectors,
  renderer,
  rank,
}: {
  dataset: Dataset;
  link: MapLink;
  maxSectors: number;
  renderer: Renderer;
  rank: number;
}) {
  const emphasis = useMapLinkEmphasis(dataset, link);
  return (
    <PartnerLinkLines
      link={link}
      weight={weightOf(link, maxSectors)}
      positions={link.latLngs as LatLngs}
      renderer={renderer}
      emphasis={emphasis}
      rank={rank}
    />
  );
}

/** A tie between two actors other than the centre is drawn thinner and paler (map.css), below the centre's. */
function weightOf(link: MapLink, maxSectors: number): number {
  return linkWeight(link.sectorCount, maxSectors) * (link.withFocus ? 1 : ASIDE_WEIGHT);
}

// The scene keeps a link's arc as the same array while the dataset stays (`toMapScene`), which is
// what react-leaflet compares `positions` by: a filter redraws only the links it adds or removes.
type LatLngs = [number, number][];

/** One link at rest: its lines and its wide hit path. A pick changes none of them (`ForwardLinks` draws it again). */
const PartnerLink = memo(function PartnerLink({
  link,
  maxSectors,
  pointer,
  withHits,
  renderer,
}: { link: MapLink } & Omit<PartnerLinksProps, 'links' | 'dataset'>) {
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
      <PartnerLinkLines link={link} weight={weightOf(link, maxSectors)} positions={positions} renderer={renderer} emphasis={AT_REST} />
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
 * A link's casing and line, styled by its status, its width and an emphasis. Drawn at rest in the
 * links' pane, and brought forward, with the picked class, in the pane above.
 */
const PartnerLinkLines = memo(function PartnerLinkLines({
  link,
  weight,
  positions,
  renderer,
  emphasis,
  rank,
}: {
  link: MapLink;
  weight: number;
  positions: LatLngs;
  renderer: Renderer;
  emphasis: EmphasisPair;
  /** Where a copy goes among the others in its pane (`flatSvgRenderer`); a link at rest goes where it is added. */
  rank?: number;
}) {
  const picked = mapStress(emphasis) !== 'normal';
  const casing = linkCasingStyle(weight, emphasis);
  const line = linkStyle(link.status, weight, emphasis);
  const casingOptions = useMemo(() => (rank === undefined ? casing : { ...casing, rank: 2 * rank }), [casing, rank]);
  const lineOptions = useMemo(() => (rank === undefined ? line : { ...line, rank: 2 * rank + 1 }), [line, rank]);
  return (
    <>
      <Polyline
        positions={positions}
        renderer={renderer}
        pathOptions={casingOptions}
        className={`map-link-casing${picked ? ` ${PICKED_CLASS}` : ''}`}
        interactive={false}
      />
      <Polyline
        positions={positions}
        renderer={renderer}
        pathOptions={lineOptions}
        className={`map-link map-link--${link.to}${link.withFocus ? '' : ' map-link--aside'}${picked ? ` ${PICKED_CLASS}` : ''}`}
        interactive={false}
      />
    </>
  );
});
