/**
 * Whether a new version of the site is ready, for the notice that offers to reload into it
 * (`shell/UpdateNotice.tsx`). A store of its own, outside the app's, as nothing else depends on it.
 */
export interface UpdateReady {
  /** Reloads the page into the new version. */
  apply: () => void;
}

let ready: UpdateReady | null = null;
const listeners = new Set<() => void>();

function set(next: UpdateReady | null): void {
  ready = next;
  for (const listener of listeners) listener();
}

export const announceUpdate = (update: UpdateReady): void => set(update);
export const dismissUpdate = (): void => set(null);
export const readUpdate = (): UpdateReady | null => ready;

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
