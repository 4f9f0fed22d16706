import { MATRIX_FONT } from './matrixLayout';
import { pageTextWidth } from '../../text/measureText';
import { capLabel } from '../../text/capLabel';

/**
 * Cuts a label to the width it has, with an ellipsis; the full name stays in the accessible name
 * and the tooltip. A name past `LABEL_MAX` characters is cut to that first, so a runaway cell is
 * never measured in full.
 */
export function fitLabel(whole: string, width: number, weight = 400): string {
  const label = capLabel(whole);
  if (pageTextWidth(label, MATRIX_FONT, weight) <= width) return label;
  const cut = (chars: number) => `${label.slice(0, chars).trimEnd()}…`;
  // The longest cut that fits, found by halving: a longer cut is never narrower, and a long name
  // measured one character shorter at a time cost hundreds of measures at 5,000 partnerships.
  let fits = 1;
  let tooLong = label.length;
  while (tooLong - fits > 1) {
    const chars = Math.floor((fits + tooLong) / 2);
    if (pageTextWidth(cut(chars), MATRIX_FONT, weight) <= width) fits = chars;
    else tooLong = chars;
  }
  return cut(fits);
}
