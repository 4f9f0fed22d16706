import { TABLE_PAGE_SIZE, TABLE_SHOW_ALL_LIMIT } from './tablePaging';
import { useMessages } from '../../state/useMessages';

/** The way to the rows past the listed ones, for readers who browse rather than search or sort: a page more, or every row when they are not too many. */
export function ShowMoreRows({ listed, total, onShow }: { listed: number; total: number; onShow: (limit: number) => void }) {
  const t = useMessages();
  const rest = total - listed;
  if (rest <= 0) return null;
  const next = Math.min(TABLE_PAGE_SIZE, rest);
  return (
    <div className="table-view__more screen-only">
      <button type="button" className="button button--bar more-button" onClick={() => onShow(listed + next)}>
        {t.table.showMore(next)}
      </button>
      {rest > next && total <= TABLE_SHOW_ALL_LIMIT && (
        <button type="button" className="button button--bar more-button" onClick={() => onShow(total)}>
          {t.table.showAll(total)}
        </button>
      )}
      <p className="table-view__more-hint">{t.table.pagedHint(total)}</p>
    </div>
  );
}
