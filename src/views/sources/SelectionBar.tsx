import { useMessages } from '../../state/useMessages';

interface SelectionBarProps {
  label: string;
  count: number;
  index: number;
  onStep: (step: -1 | 1) => void;
}

/** Names what is selected and how many of its quotes this text holds, and steps between them. */
export function SelectionBar({ label, count, index, onStep }: SelectionBarProps) {
  const t = useMessages();
  return (
    <div className={`selection-bar${count === 0 ? ' is-empty' : ''}`}>
      <p className="selection-bar__text">{t.reader.selectionQuotes(label, count)}</p>
      {count > 1 && (
        <div className="selection-bar__nav screen-only">
          <button type="button" className="button" onClick={() => onStep(-1)} aria-label={t.reader.previousQuote}>
            <span aria-hidden="true">‹</span>
          </button>
          <span aria-live="polite">{t.reader.position(index + 1, count)}</span>
          <button type="button" className="button" onClick={() => onStep(1)} aria-label={t.reader.nextQuote}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
      )}
    </div>
  );
}
