import type { Source } from '../../data/indexDataset';
import { formatDate } from '../../i18n/format';
import { languageName, safeHttpUrl } from './readerLabels';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * Who said it and when, above the text, so a reader weighs the quotes before reading them:
 * title, publisher, date, language and link, each stated as missing when the source does not say.
 */
export function SourceHeader({ source, headingLevel = 3 }: { source: Source; headingLevel?: 3 | 4 }) {
  const t = useMessages();
  const lang = useLang();
  const url = safeHttpUrl(source.url);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <header className="source-header">
      <Heading className="source-header__title">
        <cite lang={source.language}>
          <DataText text={source.title} max={TITLE_MAX} />
        </cite>
      </Heading>
      <dl className="source-header__facts">
        <div>
          <dt>{t.reader.publisher}</dt>
          <dd>
            {source.publisher ? (
              <DataText text={source.publisher} max={TITLE_MAX} />
            ) : (
              <span className="source-header__missing">{t.reader.publisherUnknown}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.reader.date}</dt>
          <dd>
            {source.published ? (
              <time dateTime={source.published}>{formatDate(source.published, lang)}</time>
            ) : (
              <span className="source-header__missing">{t.undated}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.reader.language}</dt>
          <dd>{languageName(source.language, lang)}</dd>
        </div>
        <div>
          <dt>{t.reader.link}</dt>
          <dd>
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {new URL(url).hostname}
                <span className="visually-hidden"> {t.reader.opensInNewTab}</span>
              </a>
            ) : (
              <span className="source-header__missing">{t.reader.noLink}</span>
            )}
          </dd>
        </div>
      </dl>
      {source.note && <p className="source-header__note">{source.note[lang]}</p>}
    </header>
  );
}
