import { useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import type { LeafletMouseEvent } from 'leaflet';
import type { MapLink } from '../../derive/toMapScene';
import { mapLinkEmphasis, type MapHighlights } from '../../derive/mapEmphasis';
import { LINK_HIT_STYLE, linkCasingStyle, linkStyle, linkWeight } from './mapStyles';
import type { MapPointer } from './mapPointer';

interface PartnerLinksProps {
  links: readonly MapLink[];
  maxSectors: number;
  highlights: MapHighlights;
  pointer: MapPointer;
}

/**
 * The links from the focus to each partner, weakest drawn first so the strongest lie on top. Each
 * link is three paths: a pale casing, the styled line, and a wide invisible path that takes the
 * pointer, so a thin dotted link is as easy to hover or tap as a thick one.
 */
export function PartnerLinks({ links, maxSectors, highlights, pointer }: PartnerLinksProps) {
  return (
    <>
      {[...links].reverse().map((link) => (
        <PartnerLink key={link.id} link={link} maxSectors={maxSectors} highlights={highlights} pointer={pointer} />
      ))}
    </>
  );
}

function PartnerLink({ link, maxSectors, highlights, pointer }: { link: MapLink } & Omit<PartnerLinksProps, 'links'>) {
  const weight = linkWeight(link.sectorCount, maxSectors);
  const emphasis = mapLinkEmphasis(link, highlights);
  const positions = link.latLngs as [number, number][];
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
      <Polyline positions={positions} pathOptions={linkCasingStyle(weight, emphasis)} className="map-link-casing" interactive={false} />
      <Polyline positions={positions} pathOptions={linkStyle(link.status, weight, emphasis)} className={`map-link map-link--${link.to}`} interactive={false} />
      <Polyline
        positions={positions}
        pathOptions={LINK_HIT_STYLE}
        className={`map-link-hit map-link-hit--${link.to}`}
        bubblingMouseEvents={false}
        eventHandlers={eventHandlers}
      />
    </>
  );
}
