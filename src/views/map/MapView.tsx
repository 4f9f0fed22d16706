import { useCallback, useMemo, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { Dataset } from '../../data/indexDataset';
import { useMessages } from '../../i18n/messages';
import { useFilteredPartnerships } from '../../state/selectors';
import { useViewFilters } from '../../state/stagedFilters';
import { maxLinkSectors, toMapScene } from '../../derive/toMapScene';
import { toMapUnplaced } from '../../derive/toMapUnplaced';
import { WorldMap } from './WorldMap';
import { MapToolbar } from './MapToolbar';
import { MapLegend } from './MapLegend';
import { UnplacedActors } from './UnplacedActors';
import { fitToPlaces } from './fitToPlaces';
import { usePrintFit } from './usePrintFit';

/**
 * The map view: the focus country and its partners on a bundled vector basemap, following the
 * shared filters, selection and hover. Everything it draws comes from `toMapScene`.
 */
export default function MapView({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const partnerships = useFilteredPartnerships(dataset);
  const filters = useViewFilters();
  const scene = useMemo(() => toMapScene(dataset, partnerships), [dataset, partnerships]);
  const unplaced = useMemo(() => toMapUnplaced(dataset, partnerships, filters), [dataset, partnerships, filters]);
  const maxSectors = useMemo(() => maxLinkSectors(dataset), [dataset]);
  const [streets, setStreets] = useState(false);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const fitAll = useCallback(() => {
    if (map) fitToPlaces(map, scene.places);
  }, [map, scene]);
  usePrintFit(map);

  return (
    <div className="map-view">
      <MapToolbar onFit={fitAll} streets={streets} onStreets={setStreets} />
      <div className="map-view__body">
        <figure className="map-view__figure">
          <div className={streets ? 'map-frame map-frame--streets' : 'map-frame'}>
            <WorldMap dataset={dataset} scene={scene} partnerships={partnerships} maxSectors={maxSectors} streets={streets} onMap={setMap} />
          </div>
          <figcaption className="map-attribution">
            {t.map.attributionGeometry} {t.map.attributionPolicy}
            {streets && ` ${t.map.attributionStreets}`} <a href="https://leafletjs.com/">Leaflet</a>
          </figcaption>
        </figure>
        <UnplacedActors dataset={dataset} actors={unplaced} />
      </div>
      <MapLegend dataset={dataset} maxSectors={maxSectors} />
    </div>
  );
}
