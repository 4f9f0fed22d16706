import type { Dataset } from '../../data/indexDataset';
import type { DatedClaim } from '../../data/claimTimeline';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { formatDate } from '../../i18n/format';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * One claim as a reader checks it: its status (glyph and word), its date and where that date
 * comes from, what it rests on (its verbatim quote, or the dated event its source reports) and
 * its source.
 */
export function ClaimLine({ dataset, claim }: { dataset: Dataset; claim: DatedClaim }) {
  const t = useMessages();
  const lang = useLang();
  const style = STATUS_STYLES[claim.status];
  const source = dataset.sourceById.get(claim.claim.source);
  const event = claim.claim.event === undefined ? undefined : dataset.events.find((e) => e.id === claim.claim.event);
  const quoteLang = source?.language ?? 'fr';
  return (
    <>
      <p className="claim-line__meta">
        <span aria-hidden="true" style={{ color: style.color }}>
          {style.glyph}
        </span>{' '}
        <strong>{t.statuses[claim.status]}</strong>
        {' · '}
        {claim.from ? (
          <>
            <time dateTime={claim.from}>{formatDate(claim.from, lang)}</time>
            {claim.until && (
              <>
                {' – '}
                <time dateTime={claim.until}>{formatDate(claim.until, lang)}</time>
              </>
            )}{' '}
            <span className="claim-line__dated-by">({claim.datedBy ? t.disagreement.datedBy[claim.datedBy] : ''})</span>
          </>
        ) : (
          t.disagreement.undated
        )}
      </p>
      {claim.claim.quote ? (
        <blockquote className="claim-line__quote" lang={quoteLang}>
          <p>
            {quoteLang === 'fr' ? '«\u00a0' : '“'}
            <bdi>{claim.claim.quote}</bdi>
            {quoteLang === 'fr' ? '\u00a0»' : '”'}
          </p>
          {claim.claim.translation && quoteLang !== lang && <p lang="en">{claim.claim.translation.en}</p>}
        </blockquote>
      ) : (
        event && (
          <p className="claim-line__event">
            <DataText text={t.disagreement.onEvent(event.title[lang])} max={TITLE_MAX * 2} />
          </p>
        )
      )}
      {source && (
        <p className="claim-line__source">
          — <DataText text={source.title} max={TITLE_MAX} />
          {source.publisher ? (
            <>
              , <DataText text={source.publisher} max={TITLE_MAX} />
            </>
          ) : null}
        </p>
      )}
    </>
  );
}
