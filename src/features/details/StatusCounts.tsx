import type { CountsByStatus } from '../../derive/summarizePartnerships';
import { formatNumber } from '../../i18n/format';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { STATUSES } from '../../model/statuses';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * How many partnerships of each status, each with the status's glyph (never colour alone):
 * in words ("3 actifs"), or, `compact` in a table's cell, the glyph and the count, the words
 * kept for screen readers.
 */
export function StatusCounts({ counts, compact = false }: { counts: CountsByStatus; compact?: boolean }) {
  const t = useMessages();
  const lang = useLang();
  return (
    <span className={compact ? 'status-counts status-counts--compact' : 'status-counts'}>
      {STATUSES.filter((status) => counts[status] > 0).map((status) => {
        const style = STATUS_STYLES[status];
        return (
          <span key={status} className="status-counts__item">
            <span aria-hidden="true" style={{ color: style.color }}>
              {style.glyph}
            </span>{' '}
            {compact ? (
              <>
                <span aria-hidden="true">{formatNumber(counts[status], lang)}</span>
                <span className="visually-hidden">{t.details.statusCount(counts[status], status)}</span>
              </>
            ) : (
              t.details.statusCount(counts[status], status)
            )}
          </span>
        );
      })}
    </span>
  );
}
