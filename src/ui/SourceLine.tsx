import type { Dataset } from '../data/indexDataset';
import { TITLE_MAX } from '../text/capLabel';
import { DataText } from './DataText';
import { useDataLink } from './useDataLink';
import { useMessages } from '../state/useMessages';

/**
 * Credits the dataset's main source (the first one, which the partnerships quote) as
 * "Source: title, publisher", with a link when the source has one; and, for a dataset a `?data=`
 * link named, the host it was loaded from, so another site's data never passes for this site's.
 */
export function SourceLine({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const host = useDataLink()?.host;
  const [main, ...context] = dataset.sources;
  const name = main ? <DataText text={main.title} max={TITLE_MAX} /> : null;
  const title = main?.url ? (
    <a href={main.url} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <cite>{name}</cite>
  );
  return (
    <>
      {main && (
        <p className="source-line">
          {t.sourceLine} {title}
          {main.publisher && (
            <>
              , <DataText text={main.publisher} max={TITLE_MAX} />
            </>
          )}
          {main.published ? ` (${main.published})` : ''}
          {context.length > 0 ? ` ${t.sourcesMore(context.length)}` : ''}
        </p>
      )}
      {host && (
        <p className="source-line source-line--origin">
          {t.dataFrom} <bdi className="source-line__host">{host}</bdi>
        </p>
      )}
    </>
  );
}
