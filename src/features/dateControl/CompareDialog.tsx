import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { compareDates, CHANGE_KINDS } from '../../derive/compareDates';
import { useAppStore } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { EvidenceList } from '../details/EvidenceList';
import { formatDate } from '../../i18n/format';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * What started, strengthened, weakened or ended between two dates, each change with the claims
 * that make it (their quotes, or the dated events they rest on) one click away; the changes can
 * be marked on the map and the network. Opens on the first date and the latest of the dataset.
 */
export function CompareDialog({ dataset, stops, onClose }: { dataset: Dataset; stops: readonly string[]; onClose: () => void }) {
  const t = useMessages();
  const lang = useLang();
  const compared = useAppStore((s) => s.compared);
  const { setCompared } = useAppStore.getState();
  const [from, setFrom] = useState(compared?.from ?? stops[0]!);
  const [to, setTo] = useState(compared?.to ?? stops.at(-1)!);
  const fromId = useId();
  const toId = useId();
  const valid = isDay(from) && isDay(to);
  const changes = useMemo(() => (valid ? compareDates(dataset, from, to) : []), [dataset, from, to, valid]);
  const [start, end] = from <= to ? [from, to] : [to, from];
  const eventById = useMemo(() => new Map(dataset.events.map((event) => [event.id, event])), [dataset]);
  const actorName = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  const marking = compared !== null && compared.from === start && compared.to === end;

  return (
    <Dialog title={t.dateControl.compareTitle} closeLabel={t.dismiss} onClose={onClose} size="wide" className="compare-dialog">
      <div className="compare-dialog__dates">
        <label htmlFor={fromId}>{t.dateControl.compareFrom}</label>
        <input id={fromId} type="date" value={from} required onChange={(event) => setFrom(event.target.value)} data-autofocus />
        <label htmlFor={toId}>{t.dateControl.compareTo}</label>
        <input id={toId} type="date" value={to} required onChange={(event) => setTo(event.target.value)} />
      </div>
      {valid && (
        <>
          <p role="status">{t.dateControl.compareSummary(changes.length, start, end)}</p>
          <button
            type="button"
            className="button"
            aria-pressed={marking}
            onClick={() => setCompared(marking ? null : { from: start, to: end })}
          >
            {marking ? t.dateControl.hideOnViews : t.dateControl.showOnViews}
          </button>
          {CHANGE_KINDS.map((kind) => {
            const ofKind = changes.filter((change) => change.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <section key={kind} className={`compare-dialog__kind compare-dialog__kind--${kind}`}>
                <h3>{t.dateControl.kinds[kind]}</h3>
                <ul>
                  {ofKind.map(({ partnership, before, after, claims }) => (
                    <li key={partnership.id}>
                      <p className="compare-dialog__change">
                        <strong>{partnership.actors.map(actorName).join(' – ')}</strong>,{' '}
                        {dataset.sectorById.get(partnership.sector)?.name[lang] ?? partnership.sector}
                        {t.colon}
                        {t.dateControl.move(before === null ? null : t.statuses[before], t.statuses[after])}
                      </p>
                      <details>
                        <summary>{t.dateControl.sources(claims.length)}</summary>
                        {claims.map(({ claim, from: day }, i) => {
                          const event = claim.event === undefined ? undefined : eventById.get(claim.event);
                          return (
                            <div key={i} className="compare-dialog__claim">
                              {event && (
                                <p>
                                  {t.dateControl.event} {event.title[lang]}
                                  {event.date ? ` (${formatDate(event.date, lang)})` : ''}
                                </p>
                              )}
                              {!event && day && <p>{formatDate(day, lang)}</p>}
                              <EvidenceList dataset={dataset} evidence={[claim]} />
                            </div>
                          );
                        })}
                      </details>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </Dialog>
  );
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
