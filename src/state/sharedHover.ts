import { useAppStore, type Pick } from './store';

let pending: { pick: Pick | null; shared: () => void } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Hands what the pointer rests on to every view a task later: the view under the pointer has
 * already shown it itself (its own emphasis store), so its feedback is drawn in the frame of the
 * pointer's move, and the other views follow in the next one. At 5,000 partnerships every view's
 * answer in the same frame took that frame to about 22 ms, past the 16 ms of one frame (issue 10).
 * Moves in between are coalesced: the views get the latest pick, and `shared` is called once it
 * is in the store.
 */
export function shareHover(pick: Pick | null, shared: () => void): void {
  pending = { pick, shared };
  timer ??= setTimeout(() => {
    timer = null;
    const latest = pending;
    pending = null;
    if (!latest) return;
    useAppStore.getState().setHover(latest.pick);
    latest.shared();
  }, 0);
}
