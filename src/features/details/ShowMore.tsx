import { useMessages } from '../../state/useMessages';

/** Under a list shown a page at a time: how much of it is listed, and the way to the next page. */
export function ShowMore({
  listed,
  total,
  step,
  onShow,
}: {
  listed: number;
  total: number;
  step: number;
  onShow: (limit: number) => void;
}) {
  const t = useMessages().details;
  const rest = total - listed;
  if (rest <= 0) return null;
  const next = Math.min(step, rest);
  return (
    <div className="details-more screen-only">
      <p>{t.listed(listed, total)}</p>
      <button type="button" className="button button--bar more-button" onClick={() => onShow(listed + next)}>
        {t.showMore(next)}
      </button>
    </div>
  );
}
