import { useMemo, useRef, useState } from 'react';
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { Dataset } from '../../data/indexDataset';
import { useViewPicks, ViewPicksContext } from '../../state/interaction';
import { useFilteredPartnerships } from '../../state/selectors';
import { useViewFilters } from '../../state/stagedFilters';
import { maxLinkSectors, toMapScene, toWholeMapScene } from '../../derive/toMapScene';
import { toMapUnplaced } from '../../derive/toMapUnplaced';
import { WorldMap } from './WorldMap';
import { MapToolbar } from './MapToolbar';
import { MapLegend } from './MapLegend';
import { UnplacedActors } from './UnplacedActors';
import type { FramingControl } from './MapFraming';
import { useMessages } from '../../state/useMessages';

/**
 * The map view: the focus country and its partners on a bundled vector basemap, following the
 * shared filters, selection and hover. Everything it draws comes from `toMapScene`.
 */
export default function MapView({ dataset }: { dataset: Dataset }) {
  const picks = useViewPicks('map');
  const t = useMessages();
  const partnerships = useFilteredPartnerships(dataset);
  const filters = useViewFilters();
  // With no partnership filtered out, the scene is the whole dataset's, which the places and the
  // links read too (`toWholeMapScene`): made once, not twice, per dataset and date.
  const scene = useMemo(
    () => (partnerships.length === dataset.partnerships.length ? toWholeMapScene(dataset) : toMapScene(dataset, partnerships)),
    [dataset, partnerships],
  );
  const unplaced = useMemo(() => toMapUnplaced(dataset, partnerships, filters), [dataset, partnerships, filters]);
  const maxSectors = useMemo(() => maxLinkSectors(dataset), [dataset]);
  const [streets, setStreets] = useState(false);
  const framing = useRef<FramingControl>(null);
  const showAll = () => framing.current?.showAll();

  return (
    <ViewPicksContext value={picks}>
      <div className="map-view">
        <MapToolbar onFit={showAll} streets={streets} onStreets={setStreets} />
        <div className="map-view__body">
          <figure className="map-view__figure">
            <div className={streets ? 'map-frame map-frame--streets' : 'map-frame'}>
              <WorldMap
                dataset={dataset}
                scene={scene}
                partnerships={partnerships}
                maxSectors={maxSectors}
                streets={streets}
                framing={framing}
              />
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
    </ViewPicksContext>
  );
}
