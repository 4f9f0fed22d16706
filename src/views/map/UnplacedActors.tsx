import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Actor, Dataset } from '../../data/indexDataset';
import { toListedUnplaced } from '../../derive/toMapUnplaced';
import { named } from '../../i18n/named';
import { useAppStore } from '../../state/store';
import { point, toggleSelection, useIsSelected } from '../../state/interaction';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/** How many unplaced actors are listed before the button that shows them all. */
const UNPLACED_LISTED = 20;

/**
 * The actors with no location, listed beside the map rather than dropped. Each is a button like
 * the places on the map: it selects the actor, which the other views follow. A long list (the
 * people of a large dataset) shows its first actors, the selected one, and a button for the rest.
 */
export function UnplacedActors({ dataset, actors }: { dataset: Dataset; actors: readonly Actor[] }) {
  const t = useMessages();
  const titleId = useId();
  const [whole, setWhole] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const focusRevealed = useRef(false);
  const later = useMemo(() => new Set(actors.slice(UNPLACED_LISTED).map((a) => a.id)), [actors]);
  // Only a selection past the first actors changes what is listed; any other leaves the list alone.
  const selectedLater = useAppStore((s) => (s.selection?.kind === 'actor' && later.has(s.selection.id) ? s.selection.id : null));
  useEffect(
    function focusFirstRevealed() {
      // The button goes away with its press: the keyboard goes on from the first actor it revealed.
      if (!whole || !focusRevealed.current) return;
      focusRevealed.current = false;
      list.current?.querySelectorAll('button')[UNPLACED_LISTED]?.focus();
    },
    [whole],
  );
  if (actors.length === 0) return null;
  const listed = whole ? actors : toListedUnplaced(actors, UNPLACED_LISTED, selectedLater);
  const showWhole = () => {
    focusRevealed.current = true;
    setWhole(true);
  };
  return (
    <section className="map-unplaced" aria-labelledby={titleId}>
      <h3 id={titleId}>{t.map.unplacedTitle}</h3>
      <p className="map-unplaced__intro visually-hidden">{t.map.unplacedIntro}</p>
      <ul ref={list}>
        {listed.map((actor) => (
          <UnplacedActor key={actor.id} dataset={dataset} actor={actor} />
        ))}
      </ul>
      {listed.length < actors.length && (
        <button type="button" className="button button--bar more-button map-unplaced__more" onClick={showWhole}>
          {t.table.showAll(actors.length)}
        </button>
      )}
    </section>
  );
}

/** One actor's button; it alone re-renders when the selection reaches or leaves it. */
const UnplacedActor = memo(function UnplacedActor({ dataset, actor }: { dataset: Dataset; actor: Actor }) {
  const t = useMessages();
  const lang = useLang();
  const pick = { kind: 'actor' as const, id: actor.id };
  const pressed = useIsSelected(pick);
  const memberActor = actor.memberOf ? dataset.actorById.get(actor.memberOf) : undefined;
  const member = memberActor ? named(memberActor, lang) : undefined;
  const detail = actor.role?.[lang] ?? (member ? t.map.memberOf(member) : t.kinds[actor.kind]);
  return (
    <li>
      <button
        type="button"
        className="map-unplaced__actor"
        aria-pressed={pressed}
        onClick={() => toggleSelection(pick)}
        onFocus={() => point(pick, 'map')}
        onBlur={() => point(null, 'map')}
        onMouseEnter={() => point(pick, 'map')}
        onMouseLeave={() => point(null, 'map')}
      >
        <span className="map-unplaced__name">
          <DataText text={actor.name[lang]} />
        </span>
        <span className="map-unplaced__detail visually-hidden">
          <DataText text={detail} max={TITLE_MAX} />
        </span>
      </button>
    </li>
  );
});
