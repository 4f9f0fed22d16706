import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { NetworkEdgeBatches } from '../../../src/views/network/NetworkEdgeBatches';
import { fillStandIns } from '../../../src/export/browser/vectorStandIns';

const batches = [
  { key: 'a', d: 'M0,0L10,10', color: '#0b5394', width: 1.5, dash: undefined },
  { key: 'b', d: 'M5,5L20,0', color: '#7a4a00', width: 1.2, dash: '4 3' },
];

function renderBatches(signs: { disc: string; strokes: string } | null = null) {
  const view = render(
    <svg>
      <NetworkEdgeBatches batches={batches} signs={signs} />
    </svg>,
  );
  return { ...view, group: view.container.querySelector('g.network-batched')! };
}

describe('the stand-in of the ties a dense diagram paints on its canvas', () => {
  it('is empty on screen and hidden from assistive technology', () => {
    const { group } = renderBatches();
    expect(group.childElementCount).toBe(0);
    expect(group).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws the ties as vector paths while the page prints, and empties again after', () => {
    const { group } = renderBatches({ disc: 'M1,1Z', strokes: 'M2,2L3,3' });
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect([...group.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toEqual(['M0,0L10,10', 'M5,5L20,0', 'M1,1Z', 'M2,2L3,3']);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(group.childElementCount).toBe(0);
  });

  it('hands an export the ties it stands for, and forgets them once the diagram is gone', () => {
    const { container, unmount } = renderBatches();
    const svg = container.querySelector('svg')!;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    fillStandIns(svg, copy);
    expect(copy.querySelectorAll('g.network-batched path')).toHaveLength(2);
    const group = svg.querySelector('g.network-batched')!;
    unmount();
    // The same elements, now out of the page: what they stood for is no longer handed out.
    const later = svg.cloneNode(true) as SVGSVGElement;
    fillStandIns(svg, later);
    expect(svg.contains(group)).toBe(true);
    expect(later.querySelectorAll('path')).toHaveLength(0);
  });
});
