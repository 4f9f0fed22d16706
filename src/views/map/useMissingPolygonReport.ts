import { useEffect } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { mapCountriesWithoutPolygon } from '../../derive/mapCountryCodes';
import type { World } from '../../geo/loadWorld';

const reported = new Set<string>();

/**
 * Tells the console, once per country and dataset, about a country of the dataset that the
 * geometry has no polygon for. It still shows as a point; the message is for whoever edits the data.
 */
export function useMissingPolygonReport(dataset: Dataset, world: World | null): void {
  useEffect(
    function reportCountriesWithoutPolygon() {
      if (!world) return;
      for (const actor of mapCountriesWithoutPolygon(dataset, world.codes)) {
        const key = `${dataset.json.id}|${actor.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        console.warn(
          `Map: country "${actor.id}" (${actor.name.en}) has no polygon in world-atlas ${world.resolution} (joined on ISO alpha-3 "${actor.iso3 ?? actor.id}"); it is drawn as a point only.`,
        );
      }
    },
    [dataset, world],
  );
}
