/**
 * A canvas that paints marks inside an SVG drawing (under its other marks) has a stand-in there
 * instead: an empty group at their place, which an export fills with their paths
 * (`fillStandIns`), so the file stays vector and holds what the screen shows. The view registers
 * what each stand-in holds; the markup is written only when asked for, since at 50,000 ties it is
 * megabytes of path data.
 */
const standIns = new WeakMap<Element, () => string>();

/** The attribute that names a stand-in, unique within its chart. */
export const STAND_IN = 'data-stand-in';

export function setStandInMarkup(element: Element, markup: (() => string) | null): void {
  if (markup) standIns.set(element, markup);
  else standIns.delete(element);
}

/** The stand-in's markup now, or '' when nothing is registered for it. */
export function standInMarkup(element: Element): string {
  return standIns.get(element)?.() ?? '';
}

/** Fills each stand-in of `clone` with what its original in `source` stands for, and unmarks it. */
export function fillStandIns(source: ParentNode, clone: ParentNode): void {
  for (const original of source.querySelectorAll(`[${STAND_IN}]`)) {
    const name = original.getAttribute(STAND_IN) ?? '';
    const copy = [...clone.querySelectorAll(`[${STAND_IN}]`)].find((c) => c.getAttribute(STAND_IN) === name);
    if (!copy) continue;
    copy.innerHTML = standInMarkup(original);
    copy.removeAttribute(STAND_IN);
  }
}
