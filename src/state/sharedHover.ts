import { useAppStore } from './store';
import type { EntityRef } from '../model/entityRef';

let latest: EntityRef | null = null;
let waiting: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Hands what the pointer rests on to every view a task later: the view under the pointer has
 * already shown it itself (the network's emphasis store, the map's picks), so its feedback is
 * drawn in the frame of the pointer's move, and the other views follow in the next one. At 5,000
 * partnerships every view's answer in the same frame took that frame to about 22 ms, past the
 * 16 ms of one frame (issue 10). Moves in between are coalesced: the views get the latest pick;
 * every caller's `shared` is called once it is in the store, so a view that pointed and was
 * overtaken (the pointer leaving the network for the map in one move) still lets go of its own.
 */
export function shareHover(pick: EntityRef | null, shared: () => void): void {
  latest = pick;
  waiting.push(shared);
  timer ??= setTimeout(() => {
    timer = null;
    const done = waiting;
    waiting = [];
    useAppStore.getState().setHover(latest);
    for (const callback of done) callback();
  }, 0);
}
