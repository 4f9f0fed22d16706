import type { Dataset } from '../../data/indexDataset';
import type { CitationJson } from '../../data/schema';
import { SourceCredit } from './SourceCredit';
import { useLang, useMessages } from '../../state/useMessages';

/** Quotes with their source; the English translation is one click away (or shown, in English). */
export function EvidenceList({ dataset, evidence }: { dataset: Dataset; evidence: readonly CitationJson[] }) {
  const t = useMessages();
  const lang = useLang();
  return (
    <ul className="evidence-list">
      {evidence.map((item, i) => {
        const source = dataset.sourceById.get(item.source);
        const quoteLang = source?.language ?? 'fr';
        return (
          <li key={i}>
            {item.quote && (
              <blockquote lang={quoteLang}>
                <p>
                  {quoteLang === 'fr' ? '«\u00a0' : '“'}
                  <bdi>{item.quote}</bdi>
                  {quoteLang === 'fr' ? '\u00a0»' : '”'}
                </p>
              </blockquote>
            )}
            {item.quote && item.translation && quoteLang !== 'en' && (
              <details open={lang === 'en'}>
                <summary>{t.details.translation}</summary>
                <p lang="en">{item.translation.en}</p>
              </details>
            )}
            {source && <SourceCredit source={source} />}
          </li>
        );
      })}
    </ul>
  );
}
