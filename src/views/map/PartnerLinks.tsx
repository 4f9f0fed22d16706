import { memo, useMemo, useState } from 'react';
import { Polyline } from 'react-leaflet';
import type { LeafletMouseEvent } from 'leaflet';
import type { Dataset } from '../../data/indexDataset';
import type { MapLink } from '../../derive/toMapScene';
import { LINK_HIT_STYLE, linkCasingStyle, linkStyle, linkWeight } from './mapStyles';
import type { MapPointer } from './mapPointer';
import { useMapLinkEmphasis } from './useMapEmphasis';

interface PartnerLinksProps {
  dataset: Dataset;
  links: readonly MapLink[];
  maxSectors: number;
  pointer: MapPointer;
}

/**
 * The links from the focus to each partner, weakest drawn first so the strongest lie on top. Each
 * link is three paths: a pale casing, the styled line, and a wide invisible path that takes the
 * pointer, so a thin dotted link is as easy to hover or tap as a thick one.
 */
export function PartnerLinks({ dataset, links, maxSectors, pointer }: PartnerLinksProps) {
  return (
    <>
      {[...links].reverse().map((link) => (
        <PartnerLink key={link.id} dataset={dataset} link={link} maxSectors={maxSectors} pointer={pointer} />
      ))}
    </>
  );
}

type LatLngs = [number, number][];
const sameLatLngs = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) =>
  a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]);

/**
 * The link's arc, kept as the same array while its points stay the same: react-leaflet compares
 * `positions` by reference, and a filter makes a new scene with new but equal arcs, which would
 * otherwise make Leaflet re-project and redraw every link that stays.
 */
function useStableLatLngs(latLngs: MapLink['latLngs']): LatLngs {
  const [kept, setKept] = useState(latLngs);
  const same = kept === latLngs || sameLatLngs(kept, latLngs);
  if (!same) setKept(latLngs);
  return (same ? kept : latLngs) as LatLngs;
}

/**
 * One link. Its wide hit path never changes with the emphasis, so only its two visible lines
 * follow the hover and the selection (`PartnerLinkLines`): a pointer move re-renders the lines
 * whose style it changes, nothing else.
 */
const PartnerLink = memo(function PartnerLink({ dataset, link, maxSectors, pointer }: { link: MapLink } & Omit<PartnerLinksProps, 'links'>) {
  const positions = useStableLatLngs(link.latLngs);
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
      <PartnerLinkLines dataset={dataset} link={link} weight={linkWeight(link.sectorCount, maxSectors)} positions={positions} />
      <Polyline
        positions={positions}
        pathOptions={LINK_HIT_STYLE}
        className={`map-link-hit map-link-hit--${link.to}`}
        bubblingMouseEvents={false}
        eventHandlers={eventHandlers}
      />
    </>
  );
});

/** A link's casing and line, styled by its status, its width and its own emphasis. */
const PartnerLinkLines = memo(function PartnerLinkLines({ dataset, link, weight, positions }: { dataset: Dataset; link: MapLink; weight: number; positions: LatLngs }) {
  const emphasis = useMapLinkEmphasis(dataset, link);
  return (
    <>
      <Polyline positions={positions} pathOptions={linkCasingStyle(weight, emphasis)} className="map-link-casing" interactive={false} />
      <Polyline positions={positions} pathOptions={linkStyle(link.status, weight, emphasis)} className={`map-link map-link--${link.to}`} interactive={false} />
    </>
  );
});
