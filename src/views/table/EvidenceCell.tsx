import type { Dataset } from '../../data/indexDataset';
import type { TableRow } from '../../derive/tableRows';
import { useMessages } from '../../i18n/messages';

/**
 * The quotes behind a partnership, folded away until asked for, and the one-click way to read
 * them in their source: selecting the partnership, which the source reader follows.
 */
export function EvidenceCell({ dataset, row, selected, onShow }: { dataset: Dataset; row: TableRow; selected: boolean; onShow: () => void }) {
  const t = useMessages();
  return (
    <td className="table-evidence">
      <details>
        <summary>{t.table.quotes(row.evidence.length)}</summary>
        <ol>
          {row.evidence.map((e, i) => (
            <li key={i}>
              <q lang={dataset.sourceById.get(e.sourceId)?.language}>{e.quote}</q>
              <span className="table-evidence__translation" lang="en">
                <span className="visually-hidden">{t.reader.translationLabel} </span>
                {e.translation}
              </span>
              <span className="table-evidence__source">
                {t.table.from} <cite>{e.sourceTitle}</cite>
              </span>
            </li>
          ))}
        </ol>
      </details>
      <button
        type="button"
        className="table-evidence__show screen-only"
        aria-pressed={selected}
        aria-label={t.table.showInSourceLabel(row.partnerName, row.sectorName)}
        onClick={onShow}
      >
        {t.table.showInSource}
      </button>
    </td>
  );
}
