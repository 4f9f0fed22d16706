import { useCallback, useEffect, useState } from 'react';
import { loadWorld, type Resolution, type World } from '../../geo/loadWorld';
import { useRetryWhenOnline } from '../../ui/useRetryWhenOnline';

export interface WorldState {
  world: World | null;
  /** The 110m geometry, whatever is drawn: what the frame and the focus's shape are worked out from, so they do not shift when the finer file arrives. */
  coarse: World | null;
  failed: boolean;
  /** Asks again for geometry that could not be loaded (it is asked again anyway once the browser is back online). */
  retry: () => void;
}

/**
 * The country geometry to draw: 110m at first, 50m once the map is zoomed in past the continental
 * scale and the finer file has arrived (the coarse one stays on screen until then).
 */
export function useWorld(detailed: boolean): WorldState {
  const [loaded, setLoaded] = useState<Partial<Record<Resolution, World>>>({});
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((was) => was + 1);
  }, []);

  useEffect(
    function loadNeededResolution() {
      let current = true;
      const wanted: Resolution[] = detailed ? ['110m', '50m'] : ['110m'];
      for (const resolution of wanted) {
        loadWorld(resolution).then(
          (world) => {
            if (current) setLoaded((was) => (was[resolution] ? was : { ...was, [resolution]: world }));
          },
          () => {
            if (current) setFailed(true);
          },
        );
      }
      return () => {
        current = false;
      };
    },
    [detailed, attempt],
  );
  useRetryWhenOnline(failed, retry);

  const world = (detailed ? loaded['50m'] : undefined) ?? loaded['110m'] ?? null;
  return { world, coarse: loaded['110m'] ?? null, failed: failed && !world, retry };
}
