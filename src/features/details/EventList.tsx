import { useState } from 'react';
import type { Dataset, DatasetEvent } from '../../data/indexDataset';
import { select } from '../../state/interaction';
import { formatDateRange } from '../../i18n/format';
import { ShowMore } from './ShowMore';
import { DETAILS_PAGE_SIZE } from './detailsPaging';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import { useLang, useMessages } from '../../state/useMessages';

/** The dated events an actor or a pair takes part in, oldest first, each one selectable, a page at a time (its owner keys it by the pick). */
export function EventList({ events }: { dataset: Dataset; events: readonly DatasetEvent[] }) {
  const t = useMessages();
  const lang = useLang();
  const [limit, setLimit] = useState(DETAILS_PAGE_SIZE);
  const dated = [...events].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  if (dated.length === 0) return null;
  return (
    <>
      <h4>{t.details.events}</h4>
      <ul className="event-list">
        {dated.slice(0, limit).map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => select({ kind: 'event', id: event.id })}>
              {event.date && <span className="event-list__date">{formatDateRange(event.date, event.endDate, lang)}</span>}{' '}
              <DataText text={event.title[lang]} max={TITLE_MAX} />
            </button>
          </li>
        ))}
      </ul>
      <ShowMore listed={Math.min(limit, dated.length)} total={dated.length} step={DETAILS_PAGE_SIZE} onShow={setLimit} />
    </>
  );
}
