import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { FeatureCollection } from 'geojson';
import type { GeoJSON as GeoJSONLayer, Layer, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import type { Dataset } from '../../data/indexDataset';
import { mapActorsByCountryCode } from '../../derive/mapCountryCodes';
import { emphasisOf, NO_EMPHASIS, type EmphasisPair } from '../../derive/emphasis';
import type { MapScene } from '../../derive/toMapScene';
import { countryStyle, mapStress, PICKED_CLASS, type CountryRole } from '../../styles/mapStyles';
import type { CountryFeature, CountryProperties, World } from '../../geo/loadWorld';
import type { MapPointer } from './mapPointer';
import { followPicks, pointedIn } from '../../state/interaction';
import { useAppStore } from '../../state/store';
import type { EntityRef } from '../../model/entityRef';
import { placePath, useFlatRenderer } from './flatSvgRenderer';
import { datasetKey } from './datasetKey';

interface BasemapProps {
  world: World;
  dataset: Dataset;
  scene: MapScene;
  streets: boolean;
  pointer: MapPointer;
}

type FeatureLayer = Path & { feature?: CountryFeature };
type FeatureEvent = LeafletMouseEvent & { propagatedFrom?: FeatureLayer };

/** What a country looks like: its style, whether it fades while something else is picked, and whether it is picked. */
interface CountryLook {
  style: PathOptions;
  partner: boolean;
  picked: boolean;
}

/** The pane the countries are drawn in (WorldMap). */
export const BASEMAP_PANE = 'map-basemap';

/** A partner's tint is what fades while something else is picked (map.css, `placePath`). */
const PARTNER_CLASS = 'map-country--partner';

/**
 * Every country of the bundled geometry, in its own pane below the links. Countries of the dataset
 * are interactive (hover for the sentence, click to select); the rest are inert background.
 *
 * The hover, the selection and the filters restyle only the countries whose style they change,
 * straight on their Leaflet paths: giving the GeoJSON layer a new style function would restyle
 * all of them.
 */
export function Basemap({ world, dataset, scene, streets, pointer }: BasemapProps) {
  const actorByCode = useMemo(() => mapActorsByCountryCode(dataset), [dataset]);
  const data = useMemo<FeatureCollection>(() => ({ type: 'FeatureCollection', features: [...world.countries] }), [world]);
  const focusId = dataset.focus.id;
  const renderer = useFlatRenderer(BASEMAP_PANE);

  const actorOf = useCallback(
    (properties: CountryProperties | undefined) => (properties?.code ? actorByCode.get(properties.code) : undefined),
    [actorByCode],
  );

  const lookOf = useCallback(
    (properties: CountryProperties | undefined, selected: EntityRef | null, pointed: EntityRef | null): CountryLook => {
      const actorId = actorOf(properties);
      const status = actorId ? (scene.statusByActor.get(actorId) ?? null) : null;
      const role: CountryRole = !actorId ? 'none' : actorId === focusId ? 'focus' : status ? 'partner' : 'idle';
      const target = actorId ? { kind: 'actor' as const, id: actorId } : null;
      const emphasis: EmphasisPair = target
        ? { selected: emphasisOf(dataset, selected, target), pointed: emphasisOf(dataset, pointed, target) }
        : NO_EMPHASIS;
      return {
        style: countryStyle(role, status, emphasis, streets),
        partner: role === 'partner',
        picked: mapStress(emphasis) !== 'normal',
      };
    },
    [dataset, actorOf, scene, focusId, streets],
  );

  // The look each country was last given, by feature, so a change of emphasis or of filters
  // touches only the paths it changes. Styles are cached objects (mapStyles), so the same style
  // is the same object.
  const [shown] = useState(() => new WeakMap<object, CountryLook>());
  // Leaflet asks for a style when it creates the countries, and restyles all of them whenever the
  // GeoJSON layer is given another style function; so the function stays the same for a dataset,
  // reads the latest `lookOf`, and later changes go through `followEmphasisAndFilters` below.
  const latestLookOf = useRef(lookOf);
  useLayoutEffect(() => {
    latestLookOf.current = lookOf;
  });
  const lookNow = useCallback((properties: CountryProperties | undefined) => {
    const state = useAppStore.getState();
    return latestLookOf.current(properties, state.selection, pointedIn(state, 'map'));
  }, []);
  const style = useCallback(
    (feature?: { properties?: CountryProperties }): PathOptions => {
      const look = lookNow(feature?.properties);
      if (feature) shown.set(feature, look);
      return look.style;
    },
    [lookNow, shown],
  );
  const layerRef = useRef<GeoJSONLayer>(null);
  useEffect(
    function followEmphasisAndFilters() {
      const restyle = (selected: EntityRef | null, pointed: EntityRef | null) => {
        layerRef.current?.eachLayer((layer) => {
          const { feature } = layer as FeatureLayer;
          if (!feature || !actorOf(feature.properties)) return;
          const look = lookOf(feature.properties, selected, pointed);
          const was = shown.get(feature);
          if (was?.style === look.style) return;
          (layer as FeatureLayer).setStyle(look.style);
          const element = (layer as FeatureLayer).getElement();
          element?.classList.toggle(PARTNER_CLASS, look.partner);
          element?.classList.toggle(PICKED_CLASS, look.picked);
          placePath(layer as FeatureLayer, { fades: look.partner, picked: look.picked });
          shown.set(feature, look);
        });
      };
      return followPicks('map', restyle);
    },
    [world, dataset, actorOf, lookOf, shown],
  );

  // Runs before Leaflet adds each path, so these creation-only options take effect; the look's
  // classes and place are those of the style Leaflet has just asked for.
  const onEachFeature = useCallback(
    (feature: { properties?: CountryProperties }, layer: Layer) => {
      const code = feature.properties?.code;
      const actorId = actorOf(feature.properties);
      const look = shown.get(feature);
      Object.assign(layer.options, {
        renderer,
        place: { fades: Boolean(look?.partner), picked: Boolean(look?.picked) },
        interactive: Boolean(actorId),
        className: [
          'map-country',
          code && `map-country--${code}`,
          actorId && 'map-country--in-data',
          look?.partner && PARTNER_CLASS,
          look?.picked && PICKED_CLASS,
        ]
          .filter(Boolean)
          .join(' '),
      });
    },
    [actorOf, shown, renderer],
  );

  const eventHandlers = useMemo(() => {
    const pickOf = (e: FeatureEvent) => {
      const id = actorOf(e.propagatedFrom?.feature?.properties);
      return id ? { kind: 'actor' as const, id } : null;
    };
    return {
      mouseover: (e: FeatureEvent) => pointer.enter(pickOf(e), e.containerPoint),
      mousemove: (e: FeatureEvent) => pointer.move(e.containerPoint),
      mouseout: () => pointer.leave(),
      click: (e: FeatureEvent) => pointer.toggle(pickOf(e)),
    };
  }, [actorOf, pointer]);

  return (
    // A GeoJSON layer reads its data once, so it is remounted (by key) whenever the geometry or the
    // dataset it was joined with changes.
    <GeoJSON
      ref={layerRef}
      key={`${world.resolution}|${datasetKey(dataset)}`}
      data={data}
      style={style}
      onEachFeature={onEachFeature}
      eventHandlers={eventHandlers}
    />
  );
}
