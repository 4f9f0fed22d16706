import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import SectorsView from '../../../src/views/sectors/SectorsView';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { useFilteredPartnerships } from '../../../src/state/selectors';
import { useEmphasis, useSelectedEmphasis } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';

// The selectors are wrapped in spies that call through: each call is one render of the view
// (`useFilteredPartnerships`) or of one cell (`useEmphasis`, with the cell's partnership).
vi.mock('../../../src/state/selectors', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/state/selectors')>();
  return { ...actual, useFilteredPartnerships: vi.fn(actual.useFilteredPartnerships) };
});
vi.mock('../../../src/state/interaction', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/state/interaction')>();
  return { ...actual, useEmphasis: vi.fn(actual.useEmphasis), useSelectedEmphasis: vi.fn(actual.useSelectedEmphasis) };
});

const dataset = articleDataset();
const cellCalls = () => vi.mocked(useEmphasis).mock.calls.filter(([, target]) => target.kind === 'partnership');
const cellRenders = (id: string) => cellCalls().filter(([, target]) => 'id' in target && target.id === id).length;
// A partner's row asks for its actor's emphasis under the selection once per render.
const rowRenders = (actor: string) =>
  vi.mocked(useSelectedEmphasis).mock.calls.filter(([, target]) => target.kind === 'actor' && target.id === actor).length;
const viewRenders = () => vi.mocked(useFilteredPartnerships).mock.calls.length;

function renderView() {
  render(<SectorsView dataset={dataset} />);
  vi.mocked(useEmphasis).mockClear();
  vi.mocked(useFilteredPartnerships).mockClear();
  vi.mocked(useSelectedEmphasis).mockClear();
  return {
    matrix: screen.getByRole('group', { name: /^Matrice des partenariats/ }),
    bars: screen.getByRole('group', { name: /^Diagramme en barres/ }),
  };
}

describe('SectorsView emphasis', () => {
  beforeEach(() => vi.clearAllMocks());

  it('re-renders only the cell a hover elsewhere lights up, not the view nor the other cells', () => {
    const { matrix } = renderView();
    act(() => point({ kind: 'partnership', id: 'mli-chn-security' }));
    expect(cellRenders('mli-chn-security')).toBe(1);
    expect(cellRenders('mli-rus-energy')).toBe(0);
    expect(cellRenders('mli-tur-security')).toBe(0);
    expect(viewRenders()).toBe(0);
    expect(within(matrix).getByRole('button', { name: 'Chine, sécurité : potentiel' })).toHaveClass('is-hovered');
    expect(matrix.querySelectorAll('.is-hovered')).toHaveLength(1);
  });

  it('leaves every cell alone when the hover moves between marks that are not in the matrix', () => {
    renderView();
    act(() => point({ kind: 'event', id: 'one' }));
    act(() => point({ kind: 'event', id: 'two' }));
    expect(cellCalls()).toHaveLength(0);
    expect(viewRenders()).toBe(0);
  });

  it('brings a hovered partner’s cells and bar segments forward, and puts them out again', () => {
    const { matrix, bars } = renderView();
    act(() => point({ kind: 'actor', id: 'RUS' }));
    expect(matrix.querySelectorAll('.matrix-cell.is-hovered')).toHaveLength(5);
    expect(bars.querySelectorAll('.bar-segment.is-hovered')).toHaveLength(5);
    expect(cellRenders('mli-fra-security')).toBe(0);
    act(() => point(null));
    expect(matrix.querySelectorAll('.is-hovered')).toHaveLength(0);
    expect(bars.querySelectorAll('.is-hovered')).toHaveLength(0);
    expect(viewRenders()).toBe(0);
  });

  it('dims the bar segments and cells outside a selection, and the partner names outside it', () => {
    const { matrix, bars } = renderView();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'NER' }));
    expect(within(matrix).getByRole('button', { name: 'Niger, sécurité : en cours de mise en place' })).toHaveClass('is-selected');
    expect(within(matrix).getByRole('button', { name: 'Russie, énergie : en discussion' })).toHaveClass('is-dim');
    expect(bars.querySelectorAll('.bar-segment.is-selected')).toHaveLength(1);
    expect(bars.querySelectorAll('.bar-segment.is-dim')).toHaveLength(7);
    expect(within(matrix).getByRole('button', { name: 'Sélectionner Niger' })).toHaveClass('is-lit');
    expect(matrix.querySelectorAll('.matrix-row.is-dim')).toHaveLength(6);
  });

  it('re-renders none of the partner rows a filter leaves as they were', () => {
    const { matrix } = renderView();
    // Every partnership of Russia is active or exploring: its row is the same under this filter.
    act(() => useAppStore.setState((s) => ({ filters: { ...s.filters, statuses: ['active', 'exploring'] } })));
    expect(matrix.querySelectorAll('.matrix-row')).toHaveLength(1);
    expect(rowRenders('RUS')).toBe(0);
    act(() => useAppStore.getState().clearFilters());
    expect(matrix.querySelectorAll('.matrix-row')).toHaveLength(7);
    expect(rowRenders('RUS')).toBe(0);
  });
});
