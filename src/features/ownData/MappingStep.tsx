import { useState } from 'react';
import type { CsvTable } from '../../import/readCsv';
import { FIELDS, isFieldKey, mappingProblems, type ColumnMapping } from '../../import/columnFields';
import { columnLetter } from '../../import/csvLocation';
import { useMessages } from '../../state/useMessages';

const PREVIEW_ROWS = 5;

/**
 * Lets the person say what each column holds, above a preview of the first rows so they can see
 * the values they are naming. Loading is offered once every required field has one column.
 */
export function MappingStep({
  table,
  initial,
  onConfirm,
  onCancel,
}: {
  table: CsvTable;
  initial: ColumnMapping;
  onConfirm: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const t = useMessages().data;
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const { missing, repeated } = mappingProblems(mapping);
  const names = (keys: readonly string[]) => keys.map((k) => (isFieldKey(k) ? t.fields[k] : k)).join(', ');
  const preview = table.rows.slice(0, PREVIEW_ROWS);

  return (
    <div className="data-step">
      <p>{t.mappingIntro}</p>
      <div className="data-preview">
        <table>
          <caption>{t.preview(preview.length, table.rows.length)}</caption>
          <thead>
            <tr>
              {table.headers.map((header, i) => {
                const column = `${columnLetter(i)}${header ? ` (${header})` : ''}`;
                return (
                  <th key={i} scope="col">
                    <span className="data-preview__header">{column}</span>
                    <select
                      aria-label={t.columnRole(column)}
                      value={mapping[i] ?? ''}
                      onChange={(event) => {
                        const value = event.target.value;
                        setMapping(mapping.map((field, j) => (j === i ? (isFieldKey(value) ? value : null) : field)));
                      }}
                    >
                      <option value="">{t.ignore}</option>
                      {FIELDS.map((field) => (
                        <option key={field.key} value={field.key}>
                          {t.fields[field.key]}
                          {field.required ? ` ${t.required}` : ''}
                        </option>
                      ))}
                    </select>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.map((row) => (
              <tr key={row.number}>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {missing.length > 0 && <p className="data-warning">{t.missingFields(names(missing))}</p>}
        {repeated.length > 0 && <p className="data-warning">{t.repeatedFields(names(repeated))}</p>}
      </div>
      <div className="data-step__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={missing.length + repeated.length > 0}
          onClick={() => onConfirm(mapping)}
        >
          {t.continue}
        </button>
      </div>
    </div>
  );
}
