import { useCallback, useMemo, useState, type RefObject } from 'react';
import { MapContainer, Pane, TileLayer, ZoomControl, useMapEvents } from 'react-leaflet';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { named } from '../../i18n/named';
import { clipLinksAtFocus, type MapScene } from '../../derive/toMapScene';
import { Basemap, BASEMAP_PANE } from './Basemap';
import { PartnerLinks, LINKS_PANE, FORWARD_LINKS_PANE } from './PartnerLinks';
import { BATCHED_LINKS_PANE } from './BatchedLinks';
import { ChangeBadges } from './ChangeBadges';
import { PartnerPlaces } from './PartnerPlaces';
import { MapTooltip } from './MapTooltip';
import { MapSetup } from './MapSetup';
import { MapFade } from './MapFade';
import { describeMapTarget, TIP_SECTORS } from './describeMapTarget';
import { MapFraming, type FramingControl } from './MapFraming';
import { findFocusShape } from './findFocusShape';
import { useMapPointer } from './mapPointer';
import { useWorld } from './useWorld';
import { useDrawStages } from './useDrawStages';
import { STREET_TILES_URL } from './streetTiles';
import { useMissingPolygonReport } from './useMissingPolygonReport';
import { BasemapStatus } from './BasemapStatus';
import type { EntityRef } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

/** Past this zoom the map is closer than a continent, and the 50m geometry replaces the 110m one. */
export const DETAILED_ZOOM = 4;
// Wide enough in longitude for the antimeridian-fixed rings of Russia and Fiji, which reach past +180.
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [-72, -220],
  [86, 220],
];
const INITIAL_CENTER: [number, number] = [20, 10];

/** The stages of the map's first drawing (`useDrawStages`): the map and its countries come first. */
const STAGE = { links: 1, places: 2, hits: 3 } as const;

interface WorldMapProps {
  dataset: Dataset;
  scene: MapScene;
  partnerships: readonly Partnership[];
  maxSectors: number;
  streets: boolean;
  framing: RefObject<FramingControl | null>;
}

function ZoomWatcher({ onZoom }: { onZoom: (zoom: number) => void }) {
  useMapEvents({ zoomend: (e) => onZoom(e.target.getZoom()) });
  return null;
}

/**
 * The Leaflet map: vector basemap, links and places in their own panes, bottom to top. It reads
 * neither the hover nor the selection: countries, links and places each follow their own
 * emphasis, the fading of the rest is one attribute (`MapFade`), and the tooltip follows its own
 * store, so pointing re-renders only what it brings forward (issue 10).
 */
export function WorldMap({ dataset, scene, partnerships, maxSectors, streets, framing }: WorldMapProps) {
  const t = useMessages();
  const lang = useLang();
  const { pointer, tips } = useMapPointer();
  const stage = useDrawStages(STAGE.hits);
  const [zoom, setZoom] = useState(0);
  const { world, coarse, failed, retry } = useWorld(zoom >= DETAILED_ZOOM);
  useMissingPolygonReport(dataset, world);
  // The frame, the labels and the links' ends follow the coarse outline, so they stay put when the finer one arrives.
  // By the focus actor, which every date of the dataset shares: the same shape keeps the links'
  // clipped ends the same arrays from one date to the next (`clipLinksAtFocus`).
  const shape = useMemo(() => findFocusShape(coarse, dataset.focus), [coarse, dataset.focus]);
  const links = useMemo(() => clipLinksAtFocus(scene.links, shape, dataset.focus.id), [scene, shape, dataset]);
  const describe = useCallback(
    (pick: EntityRef) => describeMapTarget(dataset, scene, partnerships, pick, lang, t, TIP_SECTORS),
    [dataset, scene, partnerships, lang, t],
  );

  return (
    <MapContainer
      className="map-canvas"
      // A first view only: MapFraming sets the real frame before the map is first painted.
      center={INITIAL_CENTER}
      zoom={2}
      minZoom={1}
      maxZoom={7}
      // Any zoom, so the frame is exactly the one worked out for the map's size (`computeMapFrame`).
      zoomSnap={0}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={0.8}
      worldCopyJump={false}
      scrollWheelZoom={false}
      attributionControl={false}
      zoomControl={false}
    >
      <MapSetup label={t.map.canvasLabel(named(dataset.focus, lang))} />
      <MapFade dataset={dataset} />
      <ZoomWatcher onZoom={setZoom} />
      <ZoomControl key={lang} position="topleft" zoomInTitle={t.map.zoomIn} zoomOutTitle={t.map.zoomOut} />
      {streets && <TileLayer url={STREET_TILES_URL} maxZoom={19} />}
      <Pane name={BASEMAP_PANE} style={{ zIndex: '250' }}>
        {world && <Basemap world={world} dataset={dataset} scene={scene} streets={streets} pointer={pointer} />}
      </Pane>
      {/* The links a dense map draws in batches (BatchedLinks), under the links drawn one by one. */}
      <Pane name={BATCHED_LINKS_PANE} style={{ zIndex: '410' }} />
      {/* The links a pick brings forward, drawn again above the faded ones (PartnerLinks). */}
      <Pane name={FORWARD_LINKS_PANE} style={{ zIndex: '430' }} />
      <Pane name={LINKS_PANE} style={{ zIndex: '420' }}>
        {stage >= STAGE.links && (
          <PartnerLinks dataset={dataset} links={links} maxSectors={maxSectors} pointer={pointer} withHits={stage >= STAGE.hits} />
        )}
      </Pane>
      {stage >= STAGE.links && <ChangeBadges dataset={dataset} links={links} />}
      {/* After the links: its layout effects follow a filter once the batched links have (BatchedLinks). */}
      <MapFraming dataset={dataset} places={scene.places} shape={shape} control={framing} />
      <Pane name="map-places" className="leaflet-zoom-hide" style={{ zIndex: '640' }}>
        {stage >= STAGE.places && (
          <PartnerPlaces
            dataset={dataset}
            scene={scene}
            partnerships={partnerships}
            pointer={pointer}
            shape={shape}
            links={links}
            framing={framing}
          />
        )}
      </Pane>
      <MapTooltip tips={tips} describe={describe} />
      {!world && <BasemapStatus failed={failed} onRetry={retry} />}
      {partnerships.length === 0 && <p className="map-status map-status--empty">{t.map.noneShown}</p>}
    </MapContainer>
  );
}
