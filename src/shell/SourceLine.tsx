import type { Dataset } from '../data/indexDataset';
import { useMessages } from '../i18n/messages';

/**
 * Credits the dataset's main source (the first one, which the partnerships quote) as
 * "Source: title, publisher", with a link when the source has one.
 */
export function SourceLine({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const [main, ...context] = dataset.sources;
  if (!main) return null;
  const title = main.url ? (
    <a href={main.url} target="_blank" rel="noopener noreferrer">
      {main.title}
    </a>
  ) : (
    <cite>{main.title}</cite>
  );
  return (
    <p className="source-line">
      {t.sourceLine} {title}
      {main.publisher ? `, ${main.publisher}` : ''}
      {main.published ? ` (${main.published})` : ''}
      {context.length > 0 ? ` ${t.sourcesMore(context.length)}` : ''}
    </p>
  );
}
