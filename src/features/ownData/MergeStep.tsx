import { useState } from 'react';
import { formatDate } from '../../i18n/format';
import type { SameActors } from '../../data/mergeDatasets';
import type { MergeFlow } from './importFlow';
import { useLang, useMessages } from '../../state/useMessages';

type Decision = 'same' | 'different';

/**
 * The review before a merge: what it adds, the disagreements between sources it creates (each
 * side with its sources and words), the new sources, and, for each near-duplicate, the person's
 * decision: the same actor, or two. Nothing changes on screen until they confirm.
 */
export function MergeStep(props: { flow: MergeFlow; onApply: (same: SameActors) => void; onReplace: () => void; onCancel: () => void }) {
  const { flow, onApply, onReplace, onCancel } = props;
  const messages = useMessages();
  const t = messages.merge;
  const lang = useLang();
  const { review, current, incoming } = flow;
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());

  const actorName = (id: string) => (current.actorById.get(id) ?? incoming.dataset.actorById.get(id))?.name[lang] ?? id;
  const sectorName = (id: string) => current.sectorById.get(id)?.name[lang] ?? id;
  const sources = new Map([...current.sources, ...review.newSources].map((s) => [s.id, s]));
  const undecided = review.nearDuplicates.some((d) => !decisions.has(d.incoming.id));
  const same = new Map(
    review.nearDuplicates.filter((d) => decisions.get(d.incoming.id) === 'same').map((d) => [d.incoming.id, d.current.id]),
  );

  return (
    <div className="data-step merge-step">
      <p>{t.summary(review.addedClaims, review.newPartnerships, review.newActors)}</p>
      <section className="merge-step__group" aria-labelledby="merge-conflicts">
        <h3 id="merge-conflicts">{t.conflicts}</h3>
        {review.conflicts.length === 0 ? (
          <p>{t.noConflict}</p>
        ) : (
          <ul className="merge-step__list">
            {review.conflicts.map((conflict) => (
              <li key={conflict.partnership}>
                <strong>
                  {`${actorName(conflict.actors[0])} – ${actorName(conflict.actors[1])}`}, {sectorName(conflict.sector)}
                </strong>
                {conflict.date && <p>{t.conflictOn(formatDate(conflict.date, lang))}</p>}
                <ul>
                  {conflict.sides.map((side) => (
                    <li key={side.status}>
                      <strong>{messages.statuses[side.status]}</strong>
                      {side.claims.map((claim, i) => (
                        <span key={i} className="merge-step__claim">
                          {sources.get(claim.source)?.title ?? claim.source}
                          {claim.quote && (
                            <>
                              {messages.colon}
                              <q lang={sources.get(claim.source)?.language}>{claim.quote}</q>
                            </>
                          )}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      {review.nearDuplicates.length > 0 && (
        <section className="merge-step__group" aria-labelledby="merge-near">
          <h3 id="merge-near">{t.nearDuplicates}</h3>
          <p>{t.nearDuplicatesIntro}</p>
          {review.nearDuplicates.map(({ incoming: actor, current: match }) => (
            <fieldset key={actor.id} className="merge-step__choice">
              <legend>{t.nearDuplicate(actor.name[lang], actor.id, match.name[lang], match.id)}</legend>
              {(['same', 'different'] as const).map((decision) => (
                <label key={decision}>
                  <input
                    type="radio"
                    name={`merge-${actor.id}`}
                    checked={decisions.get(actor.id) === decision}
                    onChange={() => setDecisions(new Map([...decisions, [actor.id, decision]]))}
                  />{' '}
                  {t[decision]}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      )}
      <section className="merge-step__group" aria-labelledby="merge-sources">
        <h3 id="merge-sources">{t.newSources}</h3>
        {review.newSources.length === 0 ? (
          <p>{t.noNewSource}</p>
        ) : (
          <ul className="merge-step__list">
            {review.newSources.map((source) => (
              <li key={source.id}>
                {[source.title, source.publisher, source.published && formatDate(source.published, lang)].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="data-step__actions">
        <button type="button" className="button" onClick={onCancel}>
          {messages.data.cancel}
        </button>
        <button type="button" className="button" onClick={onReplace}>
          {t.replace}
        </button>
        <button type="button" className="button button--primary" disabled={undecided} onClick={() => onApply(same)}>
          {t.apply}
        </button>
      </div>
    </div>
  );
}
