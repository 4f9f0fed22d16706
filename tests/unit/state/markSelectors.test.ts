// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useIsHovered, useIsSelected } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { shippedDataset } from '../../fixtures/datasetBuilder';

describe('the narrow mark selectors', () => {
  beforeEach(() => useAppStore.setState({ hover: null, selection: null }));

  it('say a partnership is hovered when its partner is hovered, and stop when the pointer leaves', () => {
    const dataset = shippedDataset();
    const id = dataset.partnershipsByActor.get('RUS')![0]!.id;
    const { result } = renderHook(() => useIsHovered(dataset, 'partnership', id));
    expect(result.current).toBe(false);
    act(() => useAppStore.getState().setHover({ kind: 'actor', id: 'RUS' }));
    expect(result.current).toBe(true);
    act(() => useAppStore.getState().setHover(null));
    expect(result.current).toBe(false);
  });

  it('do not re-render a mark whose answer stays the same while the pointer moves elsewhere', () => {
    const dataset = shippedDataset();
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return useIsSelected(dataset, 'actor', 'TUR');
    });
    const before = renders;
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }));
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'BFA' }));
    expect(renders).toBe(before);
  });
});
