import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Dataset } from '../data/indexDataset';
import type { EmbedView } from '../config/appConfig';
import type { Messages } from '../i18n/fr';
import { Timeline } from '../views/timeline/Timeline';

type ViewComponent = ComponentType<{ dataset: Dataset }> | LazyExoticComponent<ComponentType<{ dataset: Dataset }>>;

/**
 * Each view stays its own chunk, so an embed downloads only the one it shows: the network
 * embed never fetches Leaflet or the world geometry. The timeline is small and already in the
 * main bundle.
 */
export const EMBED_VIEWS: Readonly<Record<EmbedView, ViewComponent>> = {
  map: lazy(() => import('../views/map/MapView')),
  network: lazy(() => import('../views/network/NetworkView')),
  sectors: lazy(() => import('../views/sectors/SectorsView')),
  source: lazy(() => import('../views/sources/SourceReader')),
  table: lazy(() => import('../views/table/TableView')),
  timeline: Timeline,
};

/** The name of an embedded view, as a heading and in the iframe's title. */
export function embedViewName(view: EmbedView, t: Messages): string {
  if (view === 'map' || view === 'network' || view === 'sectors') return t.share.chartTitles[view];
  if (view === 'timeline') return t.share.timeline;
  return t.regions[view];
}
