import { useId } from 'react';
import { useMessages } from '../../state/useMessages';

/** A text area for rows copied from a spreadsheet (tab-separated) or the text of a JSON file. */
export function PasteStep({
  text,
  onText,
  onSubmit,
  onMerge,
  onCancel,
}: {
  text: string;
  onText: (text: string) => void;
  onSubmit: () => void;
  /** Merges the pasted data into the data on screen, after a review, instead of replacing it. */
  onMerge: () => void;
  onCancel: () => void;
}) {
  const messages = useMessages();
  const t = messages.data;
  const id = useId();
  return (
    <form
      className="data-step"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={id}>{t.pasteLabel}</label>
      <textarea id={id} rows={12} value={text} onChange={(event) => onText(event.target.value)} spellCheck={false} />
      <div className="data-step__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="button" className="button" disabled={text.trim() === ''} onClick={onMerge}>
          {messages.merge.pasteSubmit}
        </button>
        <button type="submit" className="button button--primary" disabled={text.trim() === ''}>
          {t.pasteSubmit}
        </button>
      </div>
    </form>
  );
}
