import { useState } from 'react';
import { ISSUE_WORDING } from '../../i18n/describeIssue';
import type { Analysis, UnknownValue } from '../../import/analyzeRows';
import { AS_ORGANIZATION, LEAVE_OUT, NEW_SECTOR, type ImportChoices } from '../../import/importChoices';
import { KNOWN_SECTORS } from '../../import/vocabulary';
import { STATUSES } from '../../model/statuses';
import { useLang, useMessages } from '../../state/useMessages';

type Option = { value: string; label: string };

/**
 * Lists every value outside the vocabulary (countries, statuses, sectors) with the rows it is
 * on, and lets the person map it, keep it, or leave its rows out. Nothing is dropped unseen.
 */
export function ReviewStep(props: {
  analysis: Analysis;
  initial: ImportChoices;
  onConfirm: (choices: ImportChoices) => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { analysis, initial, onConfirm, onBack, onCancel } = props;
  const messages = useMessages();
  const t = messages.data;
  const lang = useLang();
  const [choices, setChoices] = useState(initial);
  const update = (group: keyof ImportChoices, key: string, value: string) =>
    setChoices({ ...choices, [group]: new Map([...choices[group], [key, value]]) } as ImportChoices);

  const nameOptions: Option[] = [
    { value: LEAVE_OUT, label: t.leaveOut },
    { value: AS_ORGANIZATION, label: t.asOrganization },
  ];
  const statusOptions: Option[] = [
    { value: LEAVE_OUT, label: t.leaveOut },
    ...STATUSES.map((s) => ({ value: s, label: `→ ${messages.statuses[s]}` })),
  ];
  const sectorOptions: Option[] = [
    { value: NEW_SECTOR, label: t.newSector },
    ...KNOWN_SECTORS.map((s) => ({ value: s.id, label: `→ ${s.name[lang]}` })),
    { value: LEAVE_OUT, label: t.leaveOut },
  ];

  const group = (title: string, values: readonly UnknownValue[], key: keyof ImportChoices, options: Option[]) =>
    values.length > 0 && (
      <section className="data-review__group">
        <h3>{title}</h3>
        <ul>
          {values.map((u) => (
            <li key={u.key}>
              <span className="data-review__value">
                <strong>{u.value}</strong>{' '}
                <span className="data-review__rows">{`${ISSUE_WORDING[lang].sheetColumn(u.column)}, ${ISSUE_WORDING[lang].rows(u.rows)}`}</span>
              </span>
              <select
                aria-label={t.choiceFor(u.value)}
                value={choices[key].get(u.key) ?? options[0]!.value}
                onChange={(event) => update(key, u.key, event.target.value)}
              >
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </section>
    );

  return (
    <div className="data-step">
      <p>{t.reviewIntro}</p>
      {group(t.unknownNames, analysis.unknownNames, 'names', nameOptions)}
      {group(t.unknownStatuses, analysis.unknownStatuses, 'statuses', statusOptions)}
      {group(t.unknownSectors, analysis.unknownSectors, 'sectors', sectorOptions)}
      <div className="data-step__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t.backToColumns}
        </button>
        <button type="button" className="button button--primary" onClick={() => onConfirm(choices)}>
          {t.load}
        </button>
      </div>
    </div>
  );
}
