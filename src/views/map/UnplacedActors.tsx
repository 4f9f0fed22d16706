import { useId } from 'react';
import type { Actor, Dataset } from '../../data/indexDataset';
import { useLang, useMessages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { toggleSelection } from './mapPointer';

/**
 * The actors with no location, listed beside the map rather than dropped. Each is a button like
 * the places on the map: it selects the actor, which the other views follow.
 */
export function UnplacedActors({ dataset, actors }: { dataset: Dataset; actors: readonly Actor[] }) {
  const t = useMessages();
  const lang = useLang();
  const selection = useAppStore((s) => s.selection);
  const setHover = useAppStore((s) => s.setHover);
  const titleId = useId();
  if (actors.length === 0) return null;
  return (
    <section className="map-unplaced" aria-labelledby={titleId}>
      <h3 id={titleId}>{t.map.unplacedTitle}</h3>
      <p>{t.map.unplacedIntro}</p>
      <ul>
        {actors.map((actor) => {
          const member = actor.memberOf ? dataset.actorById.get(actor.memberOf)?.name[lang] : undefined;
          const detail = actor.role?.[lang] ?? (member ? t.map.memberOf(member) : t.kinds[actor.kind]);
          const pick = { kind: 'actor' as const, id: actor.id };
          return (
            <li key={actor.id}>
              <button
                type="button"
                className="map-unplaced__actor"
                aria-pressed={selection?.kind === 'actor' && selection.id === actor.id}
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
        })}
      </ul>
    </section>
  );
}
