import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { shippedDataset } from '../../fixtures/datasetBuilder';

// Render counters: each hook below is called by exactly one kind of component, once per render,
// so counting its calls counts that component's renders.
const renders = vi.hoisted(() => new Map<string, number>());
const count = (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1);

vi.mock('../../../src/views/network/useMarkEmphasis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/network/useMarkEmphasis')>();
  return {
    ...actual,
    useNodeState: (...args: Parameters<typeof actual.useNodeState>) => {
      count(`node ${args[2]}`);
      return actual.useNodeState(...args);
    },
    useEdgeEmphasis: (...args: Parameters<typeof actual.useEdgeEmphasis>) => {
      count(`edge ${args[2]}`);
      return actual.useEdgeEmphasis(...args);
    },
  };
});
vi.mock('../../../src/views/network/usePointedStore', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/views/network/usePointedStore')>();
  return {
    ...actual,
    usePointedStore: () => {
      count('diagram');
      return actual.usePointedStore();
    },
  };
});

const dataset = shippedDataset();

function renderNetwork() {
  useAppStore.getState().datasetLoaded(dataset);
  const view = render(<NetworkView dataset={dataset} />);
  renders.clear();
  const node = (id: string) => view.container.querySelector(`.network-node[data-id="${id}"]`)!;
  const label = (id: string) => view.container.querySelector(`.network-label[data-id="${id}"]`)!;
  const edge = (id: string) => view.container.querySelector(`.network-edge[data-id="${id}"]`)!;
  return { ...view, node, label, edge };
}

describe('the network under a moving pointer', { timeout: 20_000 }, () => {
  it('does not re-render the diagram when the pointer rests on a node and leaves it', async () => {
    const user = userEvent.setup();
    const { node } = renderNetwork();
    await user.hover(node('RUS'));
    await user.unhover(node('RUS'));
    expect(renders.get('diagram') ?? 0).toBe(0);
  });

  it('does not re-render a node or an edge whose emphasis an unrelated hover leaves as it was', () => {
    const { node, edge } = renderNetwork();
    act(() => useAppStore.getState().setHover({ kind: 'actor', id: 'RUS' }));
    expect(node('CHN')).toHaveAttribute('data-emphasis', 'faded');
    const [chinaBefore, edgeBefore] = [renders.get('node CHN'), renders.get('edge CHN|MLI')];
    // Turkey is no more tied to China than Russia is: China stays faded, and its edge too.
    act(() => useAppStore.getState().setHover({ kind: 'actor', id: 'TUR' }));
    expect(node('CHN')).toHaveAttribute('data-emphasis', 'faded');
    expect(edge('CHN|MLI')).toHaveAttribute('data-emphasis', 'faded');
    expect(renders.get('node CHN')).toBe(chinaBefore);
    expect(renders.get('edge CHN|MLI')).toBe(edgeBefore);
    // The marks whose emphasis did change did re-render.
    expect(node('TUR')).toHaveAttribute('data-emphasis', 'picked');
    expect(node('RUS')).toHaveAttribute('data-emphasis', 'faded');
  });

  it('brings forward what the pointer rests on, then the selection again when it leaves', async () => {
    const user = userEvent.setup();
    const { node, label, edge } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'CHN' }));
    expect(node('CHN')).toHaveAttribute('data-emphasis', 'picked');
    expect(node('CHN')).toHaveAttribute('aria-pressed', 'true');
    expect(node('RUS')).toHaveAttribute('data-emphasis', 'faded');

    await user.hover(node('RUS'));
    expect(useAppStore.getState().hover).toEqual({ kind: 'actor', id: 'RUS' });
    expect(node('RUS')).toHaveAttribute('data-emphasis', 'picked');
    expect(label('RUS')).toHaveAttribute('data-emphasis', 'picked');
    expect(node('lavrov')).toHaveAttribute('data-emphasis', 'neighbour');
    expect(node('MLI')).toHaveAttribute('data-emphasis', 'neighbour');
    expect(node('CHN')).toHaveAttribute('data-emphasis', 'faded');
    expect(edge('MLI|RUS')).toHaveAttribute('data-emphasis', 'picked');
    expect(edge('CHN|MLI')).toHaveAttribute('data-emphasis', 'faded');
    // The selection itself is still shown as pressed while the hover leads the emphasis.
    expect(node('CHN')).toHaveAttribute('aria-pressed', 'true');

    await user.unhover(node('RUS'));
    expect(node('CHN')).toHaveAttribute('data-emphasis', 'picked');
    expect(node('RUS')).toHaveAttribute('data-emphasis', 'faded');
    expect(edge('CHN|MLI')).toHaveAttribute('data-emphasis', 'picked');
  });

  it('shows the tooltip of the focused node, and closes it with Escape, without re-rendering the diagram', async () => {
    const user = userEvent.setup();
    const { node, container } = renderNetwork();
    act(() => (node('TUR') as SVGGElement).focus());
    expect(container.querySelector('.network-tooltip')).toHaveTextContent('Turquie');
    expect(node('TUR')).toHaveAttribute('data-emphasis', 'picked');
    expect(renders.get('diagram') ?? 0).toBe(0);
    await user.keyboard('{Escape}');
    expect(container.querySelector('.network-tooltip')).toBeNull();
  });
});
