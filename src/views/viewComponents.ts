import type { ComponentType } from 'react';
import { lazyChunk, type Chunk } from '../ui/lazyChunk';
import type { Dataset } from '../data/indexDataset';
import type { View } from '../model/views';

export type ViewComponent = ComponentType<{ dataset: Dataset }>;

/** A region of the dashboard: one of the linked views, or the timeline between them. */
export type Region = View | 'timeline';

/**
 * Each view is its own chunk, fetched the first time it is rendered, so a page that does not show
 * the map never downloads Leaflet or the world geometry. The loaders are kept apart from the lazy
 * components so the shell can fetch a view's chunk ahead of rendering it. A chunk that could not
 * be fetched is fetched again when its region's "try again" asks (`lazyChunk`).
 */
const LOADERS: Record<Region, () => Promise<{ default: ComponentType<{ dataset: Dataset }> }>> = {
  map: () => import('./map/MapView'),
  network: () => import('./network/NetworkView'),
  sectors: () => import('./sectors/SectorsView'),
  source: () => import('./sources/SourceReader'),
  table: () => import('./table/TableView'),
  timeline: () => import('./timeline/Timeline').then((m) => ({ default: m.Timeline })),
};

const CHUNKS: Record<Region, Chunk<ViewComponent>> = {
  map: lazyChunk(LOADERS.map),
  network: lazyChunk(LOADERS.network),
  sectors: lazyChunk(LOADERS.sectors),
  source: lazyChunk(LOADERS.source),
  table: lazyChunk(LOADERS.table),
  timeline: lazyChunk(LOADERS.timeline),
};

export const VIEW_COMPONENTS: Record<View, ViewComponent> = CHUNKS;

export const TimelineView: ViewComponent = CHUNKS.timeline;

/**
 * What a region needs before it can draw anything: its code; for the map its countries at the
 * resolution it opens with, loaded and joined (the map's own `loadWorld` keeps them, so the map
 * finds them ready); for the network, given the dataset, its layout at the width of its region,
 * started in a worker (the view takes it over when it mounts). Starting the map's at boot,
 * alongside the dataset, saves the round trips that would otherwise wait for the dataset and then
 * for the map to mount.
 */
export function preloadRegion(region: Region, dataset?: Dataset | null): Promise<unknown> {
  if (region === 'map') {
    // The geometry is requested here too, so that it downloads alongside the code that reads it.
    return Promise.all([
      CHUNKS.map.preload(),
      import('world-atlas/countries-110m.json?raw'),
      import('../geo/loadWorld').then((m) => m.loadWorld('110m')),
    ]);
  }
  if (region === 'network' && dataset)
    return Promise.all([CHUNKS.network.preload(), import('./network/networkLayoutAhead').then((m) => m.layOutNetworkAhead(dataset))]);
  return CHUNKS[region].preload();
}
