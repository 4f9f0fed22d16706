import { DataText } from '../../ui/DataText';

export interface ChipOption {
  id: string;
  label: string;
  glyph?: string;
  color?: string;
}

/**
 * A row of toggle buttons; none pressed means "all". Pressed state is told by aria-pressed, a
 * check mark and a filled background, not by colour alone.
 */
export function ChipGroup({
  label,
  options,
  chosen,
  onToggle,
}: {
  label: string;
  options: readonly ChipOption[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset className="chip-group">
      <legend>{label}</legend>
      {options.map((option) => {
        const pressed = chosen.includes(option.id);
        return (
          <button key={option.id} type="button" className="chip" aria-pressed={pressed} onClick={() => onToggle(option.id)}>
            <span className="chip__check" aria-hidden="true">
              {pressed ? '✓' : ''}
            </span>
            {option.glyph && (
              <span className="chip__glyph" aria-hidden="true" style={{ color: option.color }}>
                {option.glyph}
              </span>
            )}
            <DataText text={option.label} />
          </button>
        );
      })}
    </fieldset>
  );
}
