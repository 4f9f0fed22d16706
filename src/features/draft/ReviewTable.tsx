import type { Dispatch } from 'react';
import { SECTOR_IDS, SECTOR_NAMES } from '../../extract/lexicon/sectors';
import type { Draft } from '../../extract/types';
import { namedOr, type Named } from '../../i18n/named';
import { EvidenceSentence } from './EvidenceSentence';
import type { ReviewAction, ReviewRow } from './reviewRows';
import { STATUSES, type Status } from '../../model/statuses';
import { useLang, useMessages } from '../../state/useMessages';

interface Props {
  draft: Draft;
  focus: string;
  rows: readonly ReviewRow[];
  dispatch: Dispatch<ReviewAction>;
}

/** The review table: one row a candidate, each decided, corrected or picked for a merge by a person. */
export function ReviewTable({ draft, focus, rows, dispatch }: Props) {
  const messages = useMessages();
  const t = messages.draft;
  const lang = useLang();
  // Focus first: a row is usually a tie of the focus, and the list reads in that order.
  const choices = draft.actors.filter((a) => a.kind !== 'person').sort((a, b) => Number(b.id === focus) - Number(a.id === focus));
  const nameOf = (id: string) => draft.actors.find((a) => a.id === id)?.name[lang] ?? id;
  const sectorName = (id: string) => SECTOR_NAMES[id]?.[lang] ?? id;

  return (
    <table className="draft-table">
      <caption className="visually-hidden">{t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colDecision}</th>
          <th scope="col">{t.colActors}</th>
          <th scope="col">{t.colSector}</th>
          <th scope="col">{t.colStatus}</th>
          <th scope="col">{t.colEvidence}</th>
          <th scope="col">{t.colMerge}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const label = `${nameOf(row.actors[0])} – ${nameOf(row.actors[1])}, ${sectorName(row.sector)}`;
          const [a, b] = row.actors.map((id) =>
            namedOr(
              draft.actors.find((x) => x.id === id),
              id,
              lang,
            ),
          ) as [Named, Named];
          const edit = (field: 'actor0' | 'actor1' | 'sector' | 'status') => (e: { target: { value: string } }) =>
            dispatch({ type: 'edit', key: row.key, field, value: e.target.value });
          return (
            <tr key={row.key} className={`draft-row draft-row--${row.decision}`}>
              <td>
                <div className="draft-decision" role="group" aria-label={label}>
                  <button
                    type="button"
                    aria-pressed={row.decision === 'accepted'}
                    aria-label={t.acceptRow(label)}
                    onClick={() =>
                      dispatch({ type: 'decide', key: row.key, decision: row.decision === 'accepted' ? 'pending' : 'accepted' })
                    }
                  >
                    {t.accept}
                  </button>
                  <button
                    type="button"
                    aria-pressed={row.decision === 'rejected'}
                    aria-label={t.rejectRow(label)}
                    onClick={() =>
                      dispatch({ type: 'decide', key: row.key, decision: row.decision === 'rejected' ? 'pending' : 'rejected' })
                    }
                  >
                    {t.reject}
                  </button>
                </div>
                <span className="draft-decision__state">{t.decisions[row.decision]}</span>
              </td>
              <td className="draft-pair" data-label={t.colActors}>
                {([0, 1] as const).map((i) => (
                  <span key={i}>
                    {i === 1 && ' – '}
                    <select
                      aria-label={t.actorOf(i === 0 ? 'first' : 'second', a, b, sectorName(row.sector))}
                      value={row.actors[i]}
                      onChange={edit(i === 0 ? 'actor0' : 'actor1')}
                    >
                      {choices.map((actor) => (
                        <option key={actor.id} value={actor.id}>
                          {actor.name[lang]}
                        </option>
                      ))}
                    </select>
                  </span>
                ))}
              </td>
              <td data-label={t.colSector}>
                <select aria-label={t.sectorOf(a, b, sectorName(row.sector))} value={row.sector} onChange={edit('sector')}>
                  {SECTOR_IDS.map((id) => (
                    <option key={id} value={id}>
                      {sectorName(id)}
                    </option>
                  ))}
                </select>
              </td>
              <td data-label={t.colStatus}>
                <select aria-label={t.statusOf(a, b, sectorName(row.sector))} value={row.status} onChange={edit('status')}>
                  {STATUSES.map((s: Status) => (
                    <option key={s} value={s}>
                      {messages.statuses[s]}
                    </option>
                  ))}
                </select>
                {row.disagrees && <p className="draft-disagrees">{t.disagrees}</p>}
              </td>
              <td data-label={t.colEvidence}>
                {row.evidence.map((e) => (
                  <EvidenceSentence key={`${e.sentence}-${e.status}`} draft={draft} evidence={e} rowStatus={row.status} />
                ))}
              </td>
              <td data-label={t.colMerge} className="draft-merge-cell">
                <input
                  type="checkbox"
                  aria-label={t.mergeRow(label)}
                  checked={row.picked}
                  onChange={(e) => dispatch({ type: 'pick', key: row.key, picked: e.target.checked })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
