import { useAppStore } from './store';

/**
 * Makes an actor the centre of every view. The dataset's own focus is its default point of view,
 * so the link then carries no `from`; each change is a new history entry, so Back returns to the
 * centre before.
 */
export function centreOn(actorId: string): void {
  const { dataset, setFrom } = useAppStore.getState();
  setFrom(actorId === dataset?.focus.id ? null : actorId);
}
