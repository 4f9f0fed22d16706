/** Whether the browser draws a focus ring on this element (`:focus-visible`); an engine that does not know the selector gets one. */
export function showsFocusRing(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}
