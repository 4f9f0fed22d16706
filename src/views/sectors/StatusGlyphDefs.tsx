import { StatusMark } from '../shared/StatusMark';
import { STATUSES, type Status } from '../../model/statuses';

/** The id of a status glyph drawn once in `StatusGlyphDefs`, for `<use href>`. */
export const glyphId = (prefix: string, status: Status) => `${prefix}-${status}`;

/**
 * The five status glyphs, drawn once in the matrix's own SVG so that each cell shows its glyph
 * with a single `<use>` instead of a group of shapes. They stay in the matrix's SVG rather than
 * the page so that an exported matrix carries them with it.
 */
export function StatusGlyphDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {STATUSES.map((status) => (
        <g key={status} id={glyphId(prefix, status)}>
          <StatusMark status={status} x={0} y={0} />
        </g>
      ))}
    </defs>
  );
}
