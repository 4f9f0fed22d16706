import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';

// Render counters: each function below is called by exactly one kind of component, once per
// render, so counting its calls counts that component's renders. An edge's line asks its stroke
// (`edgeStroke`) once per render; the overlay asks it too, but only while something is picked.
const renders = vi.hoisted(() => new Map<string, number>());
const count = (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1);

vi.mock('../../../src/views/network/useNetworkEmphasis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/network/useNetworkEmphasis')>();
  return {
    ...actual,
    useNodeSelected: (id: string) => {
      count(`node ${id}`);
      return actual.useNodeSelected(id);
    },
  };
});
vi.mock('../../../src/styles/networkStyle', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/styles/networkStyle')>();
  return {
    ...actual,
    edgeStroke: (...args: Parameters<typeof actual.edgeStroke>) => {
      count('edge line');
      return actual.edgeStroke(...args);
    },
  };
});
// The marks are found again (`indexMarks`) each time emphasis is written onto all of them.
vi.mock('../../../src/views/network/markEmphasis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/network/markEmphasis')>();
  return {
    ...actual,
    indexMarks: (...args: Parameters<typeof actual.indexMarks>) => {
      count('marks found');
      return actual.indexMarks(...args);
    },
  };
});
// The diagram makes its tooltip's store once per render, and nothing else does.
vi.mock('../../../src/views/shared/useTipStore', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/shared/useTipStore')>();
  return {
    ...actual,
    useTipStore: () => {
      count('diagram');
      return actual.useTipStore();
    },
  };
});

const dataset = articleDataset();

function renderNetwork() {
  useAppStore.getState().datasetLoaded(dataset);
  const view = render(<NetworkView dataset={dataset} />);
  renders.clear();
  const node = (id: string) => view.container.querySelector(`.network-node[data-id="${id}"]`)!;
  const label = (id: string) => view.container.querySelector(`.network-label[data-id="${id}"]`)!;
  const edge = (id: string) => view.container.querySelector(`.network-edge[data-id="${id}"]`)!;
  return { ...view, node, label, edge };
}

/**
 * What a mark shows: its own emphasis, or `faded` when it has none while the group of all marks
 * says something is brought forward (the stylesheet fades it; jsdom applies no stylesheet).
 */
const shown = (mark: Element) => {
  // A name says only that it is brought forward (`data-forward`), and fades otherwise.
  const own = mark.getAttribute('data-emphasis') ?? mark.getAttribute('data-forward') ?? 'none';
  return own === 'none' && mark.closest('.network-marks')?.hasAttribute('data-emphasis-active') ? 'faded' : own;
};

describe('the network under a moving pointer', { timeout: 20_000 }, () => {
  it('does not re-render the diagram when the pointer rests on a node and leaves it', async () => {
    const user = userEvent.setup();
    const { node } = renderNetwork();
    await user.hover(node('RUS'));
    await user.unhover(node('RUS'));
    expect(renders.get('diagram') ?? 0).toBe(0);
  });

  it('highlights a pointed node in its own frame and hands the hover to the other views a task later', async () => {
    const { node } = renderNetwork();
    act(() => {
      fireEvent.pointerEnter(node('RUS'));
    });
    expect(shown(node('RUS'))).toBe('picked');
    expect(shown(node('CHN'))).toBe('faded');
    expect(useAppStore.getState().hover).toBeNull();
    // The pointer moves on before the other views have been told: they get only the latest pick.
    act(() => {
      fireEvent.pointerLeave(node('RUS'));
      fireEvent.pointerEnter(node('TUR'));
    });
    expect(shown(node('TUR'))).toBe('picked');
    expect(shown(node('RUS'))).toBe('faded');
    const hovers: unknown[] = [];
    const stop = useAppStore.subscribe((s) => hovers.push(s.hover));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    stop();
    expect(hovers).toEqual([{ kind: 'actor', id: 'TUR' }]);
    expect(shown(node('TUR'))).toBe('picked');
    act(() => {
      fireEvent.pointerLeave(node('TUR'));
    });
    expect(shown(node('TUR'))).toBe('none');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(useAppStore.getState().hover).toBeNull();
  });

  it('follows the hover of another view that overtook its own within the same task', async () => {
    const { node } = renderNetwork();
    act(() => {
      fireEvent.pointerEnter(node('RUS'));
      fireEvent.pointerLeave(node('RUS'));
      // The pointer reaches the map in the same move: the map hands its own pick over too.
      point({ kind: 'actor', id: 'TUR' }, 'map');
    });
    expect(shown(node('RUS'))).toBe('none');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(useAppStore.getState().hover).toEqual({ kind: 'actor', id: 'TUR' });
    expect(shown(node('TUR'))).toBe('picked');
    expect(shown(node('RUS'))).toBe('faded');
  });

  it('re-renders no mark on a hover: it fades the rest by one attribute and writes the emphasis of what it brings forward', () => {
    const { node, edge, label, container } = renderNetwork();
    act(() => point({ kind: 'actor', id: 'RUS' }));
    expect(container.querySelector('.network-marks')).toHaveAttribute('data-emphasis-active');
    expect(shown(node('CHN'))).toBe('faded');
    expect(shown(edge('CHN|MLI'))).toBe('faded');
    expect(shown(label('CHN'))).toBe('faded');
    expect(shown(node('RUS'))).toBe('picked');
    expect(shown(edge('MLI|RUS'))).toBe('picked');
    expect(shown(label('lavrov'))).toBe('neighbour');
    // Turkey next: Russia's marks go back, Turkey's come forward, and still no node renders.
    act(() => point({ kind: 'actor', id: 'TUR' }));
    expect(shown(node('RUS'))).toBe('faded');
    expect(shown(label('lavrov'))).toBe('faded');
    expect(shown(node('TUR'))).toBe('picked');
    expect(shown(edge('MLI|TUR'))).toBe('picked');
    for (const id of ['RUS', 'TUR', 'CHN', 'MLI']) expect(renders.get(`node ${id}`) ?? 0, id).toBe(0);
    act(() => point(null));
    expect(container.querySelector('.network-marks')).not.toHaveAttribute('data-emphasis-active');
    expect(shown(node('CHN'))).toBe('none');
    expect(renders.get('node CHN') ?? 0).toBe(0);
  });

  it('brings forward what the pointer rests on, then the selection again when it leaves', async () => {
    const user = userEvent.setup();
    const { node, label, edge } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(shown(node('CHN'))).toBe('picked');
    expect(node('CHN')).toHaveAttribute('aria-pressed', 'true');
    expect(shown(node('RUS'))).toBe('faded');

    await user.hover(node('RUS'));
    expect(useAppStore.getState().hover).toEqual({ kind: 'actor', id: 'RUS' });
    expect(shown(node('RUS'))).toBe('picked');
    expect(shown(label('RUS'))).toBe('picked');
    expect(shown(node('lavrov'))).toBe('neighbour');
    expect(shown(node('MLI'))).toBe('neighbour');
    expect(shown(node('CHN'))).toBe('faded');
    expect(shown(edge('MLI|RUS'))).toBe('picked');
    expect(shown(edge('CHN|MLI'))).toBe('faded');
    // The selection itself is still shown as pressed while the hover leads the emphasis.
    expect(node('CHN')).toHaveAttribute('aria-pressed', 'true');

    await user.unhover(node('RUS'));
    expect(shown(node('CHN'))).toBe('picked');
    expect(shown(node('RUS'))).toBe('faded');
    expect(shown(edge('CHN|MLI'))).toBe('picked');
  });

  it('shows the tooltip of the focused node, and closes it with Escape, without re-rendering the diagram', async () => {
    const user = userEvent.setup();
    const { node, container } = renderNetwork();
    act(() => (node('TUR') as SVGGElement).focus());
    expect(container.querySelector('.network-tooltip')).toHaveTextContent('Turquie');
    expect(shown(node('TUR'))).toBe('picked');
    expect(renders.get('diagram') ?? 0).toBe(0);
    await user.keyboard('{Escape}');
    expect(container.querySelector('.network-tooltip')).toBeNull();
  });
});

describe('the network under a filter', { timeout: 20_000 }, () => {
  it('re-renders only the marks whose name, width or place the filter changes', () => {
    const { node, edge } = renderNetwork();
    // Security keeps every actor; only the Mali–Russia pair loses partnerships.
    act(() => useAppStore.getState().toggleSector('security'));
    expect(node('RUS')).toHaveAttribute('aria-label', 'Russie, pays, 2 relations, 1 partenariat');
    expect(renders.get('node RUS')).toBe(1);
    for (const id of ['BFA', 'CHN', 'lavrov']) expect(renders.get(`node ${id}`) ?? 0, id).toBe(0);
    // One edge line drawn again: Mali–Russia's, thinner.
    expect(renders.get('edge line')).toBe(1);
    expect(edge('BFA|MLI')).toBeInTheDocument();
  });

  it('keeps the emphasis of the selection across a filter, and drops it when the filter hides the selection', () => {
    const { node, edge } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }));
    act(() => useAppStore.getState().toggleSector('security'));
    expect(shown(node('RUS'))).toBe('picked');
    expect(shown(edge('MLI|RUS'))).toBe('picked');
    expect(shown(node('CHN'))).toBe('faded');
    act(() => useAppStore.getState().toggleSector('security'));
    act(() => useAppStore.getState().toggleSector('energy'));
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    // China has no energy partnership: it is not drawn, so nothing fades.
    expect(shown(node('RUS'))).toBe('none');
  });
});

describe('the network zooming', { timeout: 20_000 }, () => {
  it('neither finds its marks nor writes their emphasis again at a zoom, and keeps the emphasis it wrote', async () => {
    const user = userEvent.setup();
    const { node, edge, container, getByRole } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }));
    renders.clear();
    const written: string[] = [];
    const observer = new MutationObserver((records) => written.push(...records.map((r) => r.attributeName!)));
    observer.observe(container, { attributes: true, subtree: true, attributeFilter: ['data-emphasis', 'data-forward'] });
    const drawing = container.querySelector('.network-svg > g')!;
    const before = drawing.getAttribute('transform');
    await user.click(getByRole('button', { name: 'Zoom avant' }));
    await waitFor(() => expect(drawing.getAttribute('transform')).not.toBe(before));
    observer.disconnect();
    expect(renders.get('diagram')).toBeGreaterThan(0);
    expect(renders.get('marks found') ?? 0).toBe(0);
    expect(written).toEqual([]);
    expect(shown(node('RUS'))).toBe('picked');
    expect(shown(edge('MLI|RUS'))).toBe('picked');
    expect(shown(node('CHN'))).toBe('faded');
  });

  it('gives the marks a filter brings back the emphasis of the selection', () => {
    const { node } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'MLI' }));
    act(() => useAppStore.getState().toggleSector('energy'));
    expect(node('CHN')).toBeNull();
    act(() => useAppStore.getState().toggleSector('energy'));
    expect(shown(node('CHN'))).toBe('neighbour');
  });
});
