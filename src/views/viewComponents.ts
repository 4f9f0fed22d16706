import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Dataset } from '../data/indexDataset';
import type { View } from '../state/urlState';

export type ViewComponent = LazyExoticComponent<ComponentType<{ dataset: Dataset }>>;

// Each view is its own chunk, so a page that does not show the map never downloads Leaflet or
// the world geometry.
export const VIEW_COMPONENTS: Record<View, ViewComponent> = {
  map: lazy(() => import('./map/MapView')),
  network: lazy(() => import('./network/NetworkView')),
  sectors: lazy(() => import('./sectors/SectorsView')),
  source: lazy(() => import('./sources/SourceReader')),
  table: lazy(() => import('./table/TableView')),
};
