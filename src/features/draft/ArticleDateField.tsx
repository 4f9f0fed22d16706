import { useId } from 'react';
import type { Draft } from '../../extract/types';
import { useMessages } from '../../state/useMessages';

/**
 * The article's date, as read from its dateline or given by a person, who may correct it: every
 * relative date of the article ("l'an dernier", "mardi") is placed against it, and it becomes the
 * source's date, which the undated claims take.
 */
export function ArticleDateField({ draft, onChange }: { draft: Draft; onChange: (date: string | null) => void }) {
  const t = useMessages().draftDates;
  const id = useId();
  const date = draft.articleDate;
  const how = !date ? t.none : date.source === 'given' ? t.given : t.fromDateline(date.text ?? '');
  return (
    <div className="draft-date">
      <label htmlFor={id}>{t.articleDate}</label>{' '}
      <input
        id={id}
        type="date"
        value={date?.value ?? ''}
        aria-describedby={`${id}-how`}
        onChange={(e) => onChange(e.target.value || null)}
      />{' '}
      <span id={`${id}-how`}>{how}</span>
    </div>
  );
}
