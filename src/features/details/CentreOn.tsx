import type { Dataset } from '../../data/indexDataset';
import { centreOn } from '../../state/centreOn';
import { useMessages } from '../../state/useMessages';

/**
 * Makes the actor in the details the centre of every view (`?from=`), or says it already is. The
 * link keeps each centre in the history, so Back returns to the one before.
 */
export function CentreOn({ dataset, actorId }: { dataset: Dataset; actorId: string }) {
  const t = useMessages().viewpoint;
  if (dataset.focus.id === actorId) return <p className="details__meta">{t.isCentre}</p>;
  // A person has no partnerships of their own: their country is the centre to choose.
  if (dataset.actorById.get(actorId)?.kind === 'person') return null;
  return (
    <p>
      <button type="button" className="button" onClick={() => centreOn(actorId)}>
        {t.centreOn}
      </button>
    </p>
  );
}
