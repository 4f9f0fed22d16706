/** A rectangle in a drawing's own pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The shape a published chart reads best in: wider than tall, as a page or a social card is. */
export const LANDSCAPE = 1.5;

/**
 * The part of a drawing an export shows: all of it when it is already landscape, else a band of
 * its full width, about 1.5 times wider than tall, placed on its subject (for the map: the focus,
 * its partners, their links and labels), grown to hold the whole subject with a margin. A map
 * drawn in a tall phone column otherwise prints mostly empty ocean above and below its subject.
 */
export function cropToSubject(width: number, height: number, subject: Rect | null | undefined, margin = 24): Rect {
  const whole = { x: 0, y: 0, width, height };
  if (!subject || height <= 0 || width / height >= LANDSCAPE) return whole;
  const bandHeight = Math.min(height, Math.max(width / LANDSCAPE, subject.height + margin * 2));
  const top = Math.max(0, subject.y - margin);
  const bottom = Math.min(height, subject.y + subject.height + margin);
  // Centred on the subject, then moved just enough to hold both of its ends and stay inside.
  let y = (top + bottom) / 2 - bandHeight / 2;
  y = Math.min(y, top);
  y = Math.max(y, bottom - bandHeight);
  y = Math.max(0, Math.min(y, height - bandHeight));
  return { x: 0, y, width, height: bandHeight };
}
