import type { MouseEvent } from 'react';
import { useAppStore } from '../state/store';
import { useMessages } from '../state/useMessages';

/** Where each skip link goes: the first of these that is in the page takes the focus. */
const TARGETS = {
  // The map's places, so that the next Tab is on the first place: its controls come before them.
  map: ['#view-map .map-places', '#view-map'],
  network: ['#view-network'],
  filters: ['#filters'],
  details: ['#details'],
} as const;

type Target = keyof typeof TARGETS;

/**
 * The first stops of the keyboard: links that take it past the header, the toolbar and the
 * filters to the map, the network, the filters, and the details while something is picked.
 * Each is out of sight until it has the focus.
 */
export function SkipLinks() {
  const t = useMessages();
  const ready = useAppStore((s) => s.dataset !== null);
  const picked = useAppStore((s) => s.selection !== null);
  if (!ready) return null;
  const links: Target[] = picked ? ['map', 'network', 'filters', 'details'] : ['map', 'network', 'filters'];
  return (
    <nav className="skip-links" aria-label={t.skip.label}>
      {links.map((target) => (
        <a key={target} className="skip-link" href={TARGETS[target][TARGETS[target].length - 1]} onClick={(event) => skipTo(event, target)}>
          {t.skip[target]}
        </a>
      ))}
    </nav>
  );
}

function skipTo(event: MouseEvent, target: Target) {
  const element = TARGETS[target].map((selector) => document.querySelector<HTMLElement>(selector)).find((el) => el !== null);
  if (!element) return;
  // The link's own jump would scroll to the target without moving the keyboard's focus there.
  event.preventDefault();
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  // A view or the filters come to the top of the window (the map's places list has no box of its own
  // to scroll to); the details panel is always in sight already.
  if (target !== 'details') (element.closest('.view-region') ?? element).scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}
