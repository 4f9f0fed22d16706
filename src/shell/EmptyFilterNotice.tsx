import type { Dataset } from '../data/indexDataset';
import { useAppStore } from '../state/store';
import { useFilteredPartnerships } from '../state/selectors';
import { useMessages } from '../state/useMessages';

/** Says plainly when the filters leave nothing, with the one control that brings everything back. */
export function EmptyFilterNotice({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const shown = useFilteredPartnerships(dataset).length;
  const clearFilters = useAppStore((s) => s.clearFilters);
  if (shown > 0 || dataset.partnerships.length === 0) return null;
  return (
    <div className="empty-filter" role="status">
      <p>{t.filters.nothing}</p>
      <button type="button" onClick={clearFilters}>
        {t.filters.clear}
      </button>
    </div>
  );
}
