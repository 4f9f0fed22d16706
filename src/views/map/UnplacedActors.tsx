import { memo, useId } from 'react';
import type { Actor, Dataset } from '../../data/indexDataset';
import { useLang, useMessages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { toggleSelection } from './mapPointer';
import { useIsSelectedActor } from './useMapEmphasis';

/**
 * The actors with no location, listed beside the map rather than dropped. Each is a button like
 * the places on the map: it selects the actor, which the other views follow.
 */
export function UnplacedActors({ dataset, actors }: { dataset: Dataset; actors: readonly Actor[] }) {
  const t = useMessages();
  const titleId = useId();
  if (actors.length === 0) return null;
  return (
    <section className="map-unplaced" aria-labelledby={titleId}>
      <h3 id={titleId}>{t.map.unplacedTitle}</h3>
      <p>{t.map.unplacedIntro}</p>
      <ul>
        {actors.map((actor) => (
          <UnplacedActor key={actor.id} dataset={dataset} actor={actor} />
        ))}
      </ul>
    </section>
  );
}

/** One actor's button; it alone re-renders when the selection reaches or leaves it. */
const UnplacedActor = memo(function UnplacedActor({ dataset, actor }: { dataset: Dataset; actor: Actor }) {
  const t = useMessages();
  const lang = useLang();
  const pressed = useIsSelectedActor(actor.id);
  const member = actor.memberOf ? dataset.actorById.get(actor.memberOf)?.name[lang] : undefined;
  const detail = actor.role?.[lang] ?? (member ? t.map.memberOf(member) : t.kinds[actor.kind]);
  const pick = { kind: 'actor' as const, id: actor.id };
  const setHover = useAppStore.getState().setHover;
  return (
    <li>
      <button
        type="button"
        className="map-unplaced__actor"
        aria-pressed={pressed}
        onClick={() => toggleSelection(pick)}
        onFocus={() => setHover(pick)}
        onBlur={() => setHover(null)}
        onMouseEnter={() => setHover(pick)}
        onMouseLeave={() => setHover(null)}
      >
        <span className="map-unplaced__name">{actor.name[lang]}</span>
        <span className="map-unplaced__detail">{detail}</span>
      </button>
    </li>
  );
});
