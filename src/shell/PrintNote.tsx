import type { Dataset } from '../data/indexDataset';
import { useAppStore } from '../state/store';
import { useLang, useMessages } from '../state/useMessages';

/**
 * Printed under each view (hidden on screen): the source line and the filters in force, so a
 * page taken out of the printout still says where it comes from and what it leaves out.
 */
export function PrintNote({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const filters = useAppStore((s) => s.filters);
  const main = dataset.sources[0];
  const parts = [
    filters.sectors.length
      ? `${t.filters.sector}${t.colon}${filters.sectors.map((id) => dataset.sectorById.get(id)?.name[lang] ?? id).join(', ')}`
      : '',
    filters.statuses.length ? `${t.filters.status}${t.colon}${filters.statuses.map((s) => t.statuses[s]).join(', ')}` : '',
    filters.kinds.length ? `${t.filters.kind}${t.colon}${filters.kinds.map((k) => t.kinds[k]).join(', ')}` : '',
    filters.search.trim() ? `${t.filters.search}${t.colon}« ${filters.search.trim()} »` : '',
  ].filter(Boolean);
  return (
    <div className="print-only print-note">
      {main && (
        <p>
          {t.sourceLine} {main.title}
          {main.publisher ? `, ${main.publisher}` : ''}
        </p>
      )}
      <p>{parts.length ? `${t.print.filters}${t.colon}${parts.join(t.semicolon)}` : t.print.noFilter}</p>
    </div>
  );
}
