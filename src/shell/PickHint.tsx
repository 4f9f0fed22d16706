import { useMessages } from '../state/useMessages';

/** What picking does, in one line above the views, where the details panel would otherwise wait empty. */
export function PickHint() {
  const t = useMessages();
  return <p className="pick-hint">{t.details.empty}</p>;
}
