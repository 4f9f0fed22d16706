// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { point, useEmphasis, useIsSelected, useSelectedEmphasis } from '../../../src/state/interaction';
import { useAppStore } from '../../../src/state/store';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const dataset = shippedDataset();
const RUS = { kind: 'actor' as const, id: 'RUS' };

describe('the narrow emphasis hooks', () => {
  it('say a partnership is brought forward when its partner is pointed at, and stop when the pointer leaves', () => {
    const id = dataset.partnershipsByActor.get('RUS')![0]!.id;
    const { result } = renderHook(() => useEmphasis('table', dataset, { kind: 'partnership', id }));
    expect(result.current).toEqual({ selected: 'normal', pointed: 'normal' });
    act(() => point(RUS));
    expect(result.current).toEqual({ selected: 'normal', pointed: 'related' });
    act(() => point(null));
    expect(result.current.pointed).toBe('normal');
  });

  it('do not re-render a mark whose answer stays the same while the selection moves elsewhere', () => {
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return useEmphasis('map', dataset, { kind: 'actor', id: 'TUR' });
    });
    const before = renders;
    act(() => useAppStore.getState().select(RUS));
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'BFA' }));
    act(() => point({ kind: 'actor', id: 'NER' }));
    expect(renders).toBe(before);
  });

  it('show a view’s own pointing at once, and the other views’ a task later', async () => {
    const id = dataset.partnershipsByActor.get('RUS')![0]!.id;
    const inTable = renderHook(() => useEmphasis('table', dataset, { kind: 'partnership', id }));
    const inSectors = renderHook(() => useEmphasis('sectors', dataset, { kind: 'partnership', id }));
    act(() => point(RUS, 'table'));
    expect(inTable.result.current.pointed).toBe('related');
    expect(inSectors.result.current.pointed).toBe('normal');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(inSectors.result.current.pointed).toBe('related');
  });

  it('dim a mark that dims itself while something else is selected, and only that one', () => {
    const china = { kind: 'partnership' as const, id: 'mli-chn-security' };
    const dims = renderHook(() => useSelectedEmphasis(dataset, china, true));
    const layered = renderHook(() => useEmphasis('map', dataset, china));
    act(() => useAppStore.getState().select(RUS));
    expect(dims.result.current).toBe('dimmed');
    expect(layered.result.current.selected).toBe('normal');
  });

  it('say a toggle is pressed only while its very pick is selected', () => {
    const { result } = renderHook(() => useIsSelected({ kind: 'actor', id: 'RUS' }));
    act(() => useAppStore.getState().select(RUS));
    expect(result.current).toBe(true);
    act(() => useAppStore.getState().select({ kind: 'relation', id: 'MLI|RUS' }));
    expect(result.current).toBe(false);
  });
});
