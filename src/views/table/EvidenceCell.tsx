import type { Dataset } from '../../data/indexDataset';
import type { TableRow } from '../../derive/tableRows';
import { useTableCards } from './tableForm';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * The quotes behind a partnership, with the one-click way to read them in their source: selecting
 * the partnership, which the source reader follows. In the table they are folded away until asked
 * for; a card shows its first quote at once.
 */
export function EvidenceCell({
  dataset,
  row,
  selected,
  onShow,
}: {
  dataset: Dataset;
  row: TableRow;
  selected: boolean;
  onShow: () => void;
}) {
  const t = useMessages();
  const lang = useLang();
  const cards = useTableCards();
  // A card shows the quote as said, and its translation to a reader of another language; the
  // folded list in the table has both, for whoever unfolds it.
  const showTranslation = (sourceId: string) => !cards || (dataset.sourceById.get(sourceId)?.language ?? 'fr') !== lang;
  const list = (evidence: TableRow['evidence']) => (
    <ol>
      {evidence.map((e, i) => (
        <li key={i}>
          {/* The quote and its translation are blocks (table.css): each is laid out on its own. */}
          {e.quote === null ? (
            <span className="table-evidence__event">{t.table.onEvent(e.event ?? '')}</span>
          ) : (
            <q lang={dataset.sourceById.get(e.sourceId)?.language}>{e.quote}</q>
          )}
          {e.translation !== null && showTranslation(e.sourceId) && (
            <span className="table-evidence__translation" lang="en">
              <span className="visually-hidden">{t.reader.translationLabel} </span>
              {e.translation}
            </span>
          )}
          <span className="table-evidence__source">
            {t.table.from}{' '}
            <cite>
              <DataText text={e.sourceTitle} max={TITLE_MAX} />
            </cite>
          </span>
        </li>
      ))}
    </ol>
  );
  const [first, ...more] = row.evidence;
  return (
    <td className="table-evidence">
      <div className="table-evidence__line">
        {cards ? (
          // A card reads its first quote at once; the others are a click away, so that it stays short.
          <>
            {first && list([first])}
            {more.length > 0 && (
              <details>
                <summary>+ {t.table.quotes(more.length)}</summary>
                {list(more)}
              </details>
            )}
          </>
        ) : (
          <details>
            <summary>{t.table.quotes(row.evidence.length)}</summary>
            {list(row.evidence)}
          </details>
        )}
        <button
          type="button"
          className="button table-evidence__show screen-only"
          aria-pressed={selected}
          // A pair without the centre is named by both its actors, so that two rows never share the name of a button that opens two partnerships.
          aria-label={t.table.showInSourceLabel(
            row.focusId === dataset.focus.id ? row.partnerName : `${row.focusName} – ${row.partnerName}`,
            row.sectorName,
          )}
          onClick={onShow}
        >
          {t.table.showInSource}
        </button>
      </div>
    </td>
  );
}
