import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

function renderNetwork() {
  useAppStore.getState().datasetLoaded(dataset);
  const view = render(<NetworkView dataset={dataset} />);
  const diagram = screen.getByRole('group', { name: 'Diagramme du réseau des partenariats' });
  const overlay = view.container.querySelector('.network-overlay')!;
  const copies = (selector: string) => [...overlay.querySelectorAll(selector)].map((el) => el.getAttribute('data-id') ?? '');
  return { ...view, diagram, overlay, copies };
}

describe('the overlay that draws what a pick brings forward above the faded network', { timeout: 20_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws nothing when nothing is picked', () => {
    const { overlay, container } = renderNetwork();
    expect(overlay).toBeInTheDocument();
    expect(overlay.children).toHaveLength(0);
    expect(container.querySelector('.network-marks')).not.toHaveAttribute('data-emphasis-active');
  });

  it('draws a hovered node again above the faded network, with its edges, neighbours and names, hidden from screen readers', async () => {
    const user = userEvent.setup();
    const { diagram, overlay, copies, container } = renderNetwork();
    const buttons = within(diagram).getAllByRole('button').length;
    const russia = container.querySelector('.network-node[data-id="RUS"]')!;
    await user.hover(russia);

    expect(container.querySelector('.network-marks')).toHaveAttribute('data-emphasis-active');
    expect(overlay.compareDocumentPosition(container.querySelector('.network-marks')!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(copies('.network-overlay__node').sort()).toEqual(['MLI', 'RUS', 'lavrov']);
    expect(overlay.querySelectorAll('.network-overlay__edge')).toHaveLength(2);
    expect(copies('.network-overlay__label').sort()).toEqual(['MLI', 'RUS', 'lavrov']);
    expect(overlay.querySelector('.network-overlay__label[data-id="RUS"]')).toHaveClass('network-overlay__label--picked');
    expect(overlay.querySelector('.network-overlay__label[data-id="MLI"]')).not.toHaveClass('network-overlay__label--picked');
    // The copy is drawn where the node is.
    const shapeOf = (el: Element | null) => el?.querySelector('path:last-child')?.getAttribute('d');
    expect(shapeOf(overlay.querySelector('.network-overlay__node[data-id="RUS"]'))).toBe(
      russia.querySelector('.network-node__shape')?.getAttribute('d'),
    );

    // Pictures only: hidden from assistive technology, never a button, never focusable.
    expect(overlay).toHaveAttribute('aria-hidden', 'true');
    expect(within(diagram).getAllByRole('button')).toHaveLength(buttons);
    expect(overlay.querySelectorAll('[tabindex], [role]')).toHaveLength(0);
    // The marks themselves stay where they are and keep saying their emphasis.
    expect(russia).toHaveAttribute('data-emphasis', 'picked');

    await user.unhover(russia);
    expect(overlay.children).toHaveLength(0);
  });

  it('draws the selection with its ring, and the hover instead while the pointer rests elsewhere', () => {
    const { overlay, copies } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(copies('.network-overlay__node')).toEqual(expect.arrayContaining(['CHN', 'MLI']));
    expect(overlay.querySelector('.network-overlay__node[data-id="CHN"] .network-node__selected-ring')).toBeInTheDocument();
    expect(overlay.querySelector('.network-overlay__node[data-id="MLI"] .network-node__selected-ring')).toBeNull();

    act(() => point({ kind: 'actor', id: 'TUR' }));
    expect(copies('.network-overlay__node')).not.toContain('CHN');
    expect(copies('.network-overlay__node')).toContain('TUR');
    act(() => point(null));
    expect(copies('.network-overlay__node')).toContain('CHN');
  });

  it('draws a relation picked elsewhere as its edge and its two ends', () => {
    const { overlay, copies } = renderNetwork();
    act(() => point({ kind: 'relation', id: 'MLI|RUS' }));
    expect(copies('.network-overlay__node').sort()).toEqual(['MLI', 'RUS']);
    expect(overlay.querySelectorAll('.network-overlay__edge')).toHaveLength(1);
  });

  it('draws the keyboard focus ring above the faded network, and takes it away with the focus', async () => {
    // jsdom never matches `:focus-visible`; Chrome does after a Tab (the e2e tests check it there).
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? this === document.activeElement : matches.call(this, selector);
    });
    const user = userEvent.setup();
    const { overlay, container } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    for (let i = 0; i < 10 && !document.activeElement?.classList.contains('network-node'); i++) await user.tab();
    expect(document.activeElement).toHaveClass('network-node');
    const id = document.activeElement?.getAttribute('data-id');
    const ring = overlay.querySelector('.network-overlay__focus-ring');
    expect(ring).toBeInTheDocument();
    expect(ring?.getAttribute('d')).not.toBe(
      container.querySelector(`.network-node[data-id="${id}"] .network-node__shape`)?.getAttribute('d'),
    );
    act(() => (document.activeElement as HTMLElement).blur());
    expect(overlay.querySelector('.network-overlay__focus-ring')).toBeNull();
  });
});
