import type { Source } from '../../data/indexDataset';
import { formatDate } from '../../i18n/format';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/** "— Title, Publisher, date", the title a link when the source has one (http and https only). */
export function SourceCredit({ source }: { source: Source }) {
  const t = useMessages();
  const lang = useLang();
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      <DataText text={source.title} max={TITLE_MAX} />
      <span className="visually-hidden"> {t.details.opensInNewTab}</span>
    </a>
  ) : (
    <cite>
      <DataText text={source.title} max={TITLE_MAX} />
    </cite>
  );
  return (
    <p className="source-credit">
      — {title}
      {source.publisher && (
        <>
          , <DataText text={source.publisher} max={TITLE_MAX} />
        </>
      )}
      {source.published ? `, ${formatDate(source.published, lang)}` : ''}
    </p>
  );
}
