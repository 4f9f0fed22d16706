import type { Source } from '../../data/indexDataset';
import { useLang, useMessages } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';

/** "— Title, Publisher, date", the title a link when the source has one (http and https only). */
export function SourceCredit({ source }: { source: Source }) {
  const t = useMessages();
  const lang = useLang();
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
      <span className="visually-hidden"> {t.details.opensInNewTab}</span>
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
  return (
    <p className="source-credit">
      — {title}
      {source.publisher ? `, ${source.publisher}` : ''}
      {source.published ? `, ${formatDate(source.published, lang)}` : ''}
    </p>
  );
}
