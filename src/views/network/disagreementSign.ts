const at = (v: number) => Math.round(v * 10) / 10;

/** The radius of the disc a disagreeing tie's sign sits in, at the tie's middle. */
export const SIGN_RADIUS = 7;

/**
 * The sign of a pair whose sources disagree, "≠" in a ringed disc, as two path pieces: the disc
 * and the sign's three strokes. Drawn as lines rather than a glyph of a font, the signs of many
 * ties join into one path each (the overlay of a hub draws a hundred of them) and lay out no text.
 */
export function disagreementSign(x: number, y: number): { disc: string; strokes: string } {
  const r = SIGN_RADIUS;
  return {
    disc: `M${at(x + r)},${at(y)}A${r},${r} 0 1 1 ${at(x - r)},${at(y)}A${r},${r} 0 1 1 ${at(x + r)},${at(y)}Z`,
    strokes: `M${at(x - 3.5)},${at(y - 1.8)}H${at(x + 3.5)}M${at(x - 3.5)},${at(y + 1.8)}H${at(x + 3.5)}M${at(x + 2)},${at(y - 4.5)}L${at(x - 2)},${at(y + 4.5)}`,
  };
}
