import type { Draft } from '../../extract/types';
import { useLang, useMessages } from '../../state/useMessages';

interface Props {
  draft: Draft;
  people: ReadonlySet<string>;
  onKeepPerson(id: string, keep: boolean): void;
}

/** The actors the draft found: countries and organizations with their mentions, people with their roles. */
export function ActorList({ draft, people, onKeepPerson }: Props) {
  const messages = useMessages();
  const t = messages.draft;
  const lang = useLang();
  const nameOf = (id: string) => draft.actors.find((a) => a.id === id)?.name[lang] ?? id;
  if (draft.actors.length === 0) return <p>{t.noActors}</p>;
  return (
    <ul className="draft-actors">
      {draft.actors.map((actor) => (
        <li key={actor.id}>
          {actor.kind === 'person' ? (
            <label>
              <input
                type="checkbox"
                checked={people.has(actor.id)}
                onChange={(e) => onKeepPerson(actor.id, e.target.checked)}
                aria-label={t.keepPerson(actor.name[lang])}
              />{' '}
              <strong>{actor.name[lang]}</strong>
              {actor.role && <span>, {actor.role}</span>}
              {actor.memberOf && <span> ({nameOf(actor.memberOf)})</span>}
            </label>
          ) : (
            <>
              <strong>{actor.name[lang]}</strong> <span className="draft-actors__kind">{messages.kinds[actor.kind]}</span> ·{' '}
              {t.mentions(actor.mentions.length)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
