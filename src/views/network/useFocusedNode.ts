import { useEffect, useState, type RefObject } from 'react';
import { showsFocusRing } from '../shared/showsFocusRing';

/**
 * The node whose focus ring is shown (`:focus-visible`), or null: the overlay draws that ring at
 * full strength, since the node's own ring fades with its layer while something is brought forward.
 */
export function useFocusedNode(svgRef: RefObject<SVGSVGElement | null>): string | null {
  const [focused, setFocused] = useState<string | null>(null);
  useEffect(
    function followFocus() {
      const svg = svgRef.current;
      if (!svg) return;
      const onFocusIn = (event: FocusEvent) => {
        const target = event.target instanceof Element ? event.target : null;
        setFocused(target?.classList.contains('network-node') && showsFocusRing(target) ? target.getAttribute('data-id') : null);
      };
      const onFocusOut = () => setFocused(null);
      svg.addEventListener('focusin', onFocusIn);
      svg.addEventListener('focusout', onFocusOut);
      return () => {
        svg.removeEventListener('focusin', onFocusIn);
        svg.removeEventListener('focusout', onFocusOut);
      };
    },
    [svgRef],
  );
  return focused;
}
