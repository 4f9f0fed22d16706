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
  return { ...view, diagram, overlay };
}

/** How many marks the overlay's paths of a class draw: each node's outline and each edge starts with a move. */
const subpaths = (overlay: Element, selector: string) =>
  [...overlay.querySelectorAll(selector)].reduce((n, path) => n + (path.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);

/** The node outlines the overlay draws, one per node, as the node's own shape writes them. */
const drawnShapes = (overlay: Element) =>
  [...overlay.querySelectorAll('.network-overlay__nodes')].flatMap((path) => path.getAttribute('d')?.split(/(?=M)/) ?? []);

describe('the overlay that draws what a pick brings forward above the faded network', { timeout: 20_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws nothing when nothing is picked', () => {
    const { overlay, container } = renderNetwork();
    expect(overlay).toBeInTheDocument();
    expect(overlay.children).toHaveLength(0);
    expect(container.querySelector('.network-marks')).not.toHaveAttribute('data-emphasis-active');
  });

  it('draws a hovered node again above the faded edges and nodes, with its edges and neighbours, under the names, hidden from screen readers', async () => {
    const user = userEvent.setup();
    const { diagram, overlay, container } = renderNetwork();
    const buttons = within(diagram).getAllByRole('button').length;
    const russia = container.querySelector('.network-node[data-id="RUS"]')!;
    await user.hover(russia);

    expect(container.querySelector('.network-marks')).toHaveAttribute('data-emphasis-active');
    // Above the nodes' layer, under the names' layer.
    expect(overlay.previousElementSibling).toHaveClass('network-nodes');
    expect(overlay.nextElementSibling).toHaveClass('network-labels');
    // Russia, Mali and Lavrov, and their two edges, in a path per paint.
    expect(subpaths(overlay, '.network-overlay__nodes')).toBe(3);
    expect(subpaths(overlay, '.network-overlay__edge')).toBe(2);
    expect(drawnShapes(overlay)).toContain(russia.querySelector('.network-node__shape')?.getAttribute('d'));
    // The names stay in their layer: those brought forward say so, the picked one first.
    const forward = [...container.querySelectorAll('.network-label[data-forward]')].map((l) => l.getAttribute('data-id')).sort();
    expect(forward).toEqual(['MLI', 'RUS', 'lavrov']);
    expect(container.querySelector('.network-label[data-id="RUS"]')).toHaveAttribute('data-forward', 'picked');
    expect(container.querySelector('.network-label[data-id="MLI"]')).toHaveAttribute('data-forward', 'neighbour');

    // Pictures only: hidden from assistive technology, never a button, never focusable.
    expect(overlay).toHaveAttribute('aria-hidden', 'true');
    expect(within(diagram).getAllByRole('button')).toHaveLength(buttons);
    expect(overlay.querySelectorAll('[tabindex], [role]')).toHaveLength(0);
    // The marks themselves stay where they are and keep saying their emphasis.
    expect(russia).toHaveAttribute('data-emphasis', 'picked');

    await user.unhover(russia);
    expect(overlay.children).toHaveLength(0);
    expect(container.querySelectorAll('.network-label[data-forward]')).toHaveLength(0);
  });

  it('draws the selection with its ring, and the hover instead while the pointer rests elsewhere', () => {
    const { overlay, container } = renderNetwork();
    const shape = (id: string) => container.querySelector(`.network-node[data-id="${id}"] .network-node__shape`)?.getAttribute('d');
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(drawnShapes(overlay)).toEqual(expect.arrayContaining([shape('CHN'), shape('MLI')]));
    expect(overlay.querySelectorAll('.network-node__selected-ring')).toHaveLength(1);

    act(() => point({ kind: 'actor', id: 'TUR' }));
    expect(drawnShapes(overlay)).not.toContain(shape('CHN'));
    expect(drawnShapes(overlay)).toContain(shape('TUR'));
    expect(overlay.querySelector('.network-node__selected-ring')).toBeNull();
    act(() => point(null));
    expect(drawnShapes(overlay)).toContain(shape('CHN'));
  });

  it('draws a relation picked elsewhere as its edge and its two ends', () => {
    const { overlay } = renderNetwork();
    act(() => point({ kind: 'relation', id: 'MLI|RUS' }));
    expect(subpaths(overlay, '.network-overlay__nodes')).toBe(2);
    expect(subpaths(overlay, '.network-overlay__edge')).toBe(1);
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
