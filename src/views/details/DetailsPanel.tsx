import { useId } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { useAppStore, type Pick } from '../../state/store';
import { useLang, useMessages } from '../../i18n/messages';
import { relationActors } from '../../derive/relations';
import { PartnershipList } from './PartnershipList';
import { EventList } from './EventList';
import { EvidenceList } from './EvidenceList';
import { formatDateRange } from '../../i18n/format';
import './details.css';

/**
 * Everything the dataset says about the selection: for an actor its kind, role and every
 * partnership; for a partnership or relation its partnerships; for an event its date and
 * actors; each with its evidence, translation and source, and the dated events involved.
 */
export function DetailsPanel({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const headingId = useId();
  if (!selection) {
    return (
      <aside className="details details--empty" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.details.title}</h2>
        <p>{t.details.empty}</p>
      </aside>
    );
  }
  return (
    <aside className="details" aria-labelledby={headingId}>
      <div className="details__bar">
        <h2 id={headingId}>{t.details.title}</h2>
        <button type="button" className="screen-only" onClick={() => select(null)} aria-label={t.details.close}>
          ×
        </button>
      </div>
      <PickDetails dataset={dataset} pick={selection} />
    </aside>
  );
}

function PickDetails({ dataset, pick }: { dataset: Dataset; pick: Pick }) {
  const t = useMessages();
  const lang = useLang();
  const name = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  const eventsOf = (ids: readonly string[]) => dataset.events.filter((e) => ids.every((id) => e.actors.includes(id)));

  if (pick.kind === 'actor') {
    const actor = dataset.actorById.get(pick.id);
    if (!actor) return null;
    const member = actor.memberOf ? dataset.actorById.get(actor.memberOf) : undefined;
    return (
      <>
        <h3>{actor.name[lang]}</h3>
        <p className="details__meta">
          {t.kinds[actor.kind]}
          {actor.role ? ` · ${actor.role[lang]}` : ''}
          {member && !actor.role ? ` · ${member.name[lang]}` : ''}
        </p>
        <PartnershipList dataset={dataset} partnerships={dataset.partnershipsByActor.get(actor.id) ?? []} viewpoint={actor.id} />
        {actor.evidence && actor.evidence.length > 0 && <EvidenceList dataset={dataset} evidence={actor.evidence} />}
        <EventList dataset={dataset} events={eventsOf([actor.id])} />
      </>
    );
  }
  if (pick.kind === 'partnership' || pick.kind === 'relation') {
    const [a, b] = pick.kind === 'relation' ? relationActors(pick.id) : (dataset.partnershipById.get(pick.id)?.actors ?? ['', '']);
    const list: Partnership[] =
      pick.kind === 'relation'
        ? (dataset.partnershipsByActor.get(a) ?? []).filter((p) => p.actors.includes(b))
        : [dataset.partnershipById.get(pick.id)].filter((p): p is Partnership => p !== undefined);
    return (
      <>
        <h3>
          {name(a)} – {name(b)}
        </h3>
        <PartnershipList dataset={dataset} partnerships={list} />
        <EventList dataset={dataset} events={eventsOf([a, b])} />
      </>
    );
  }
  const event = dataset.events.find((e) => e.id === pick.id);
  if (!event) return null;
  return (
    <>
      <h3>{event.title[lang]}</h3>
      {event.date && <p className="details__meta">{formatDateRange(event.date, event.endDate, lang)}</p>}
      <p>
        {t.details.actors} {event.actors.map(name).join(', ')}
      </p>
      <EvidenceList dataset={dataset} evidence={event.evidence} />
    </>
  );
}
