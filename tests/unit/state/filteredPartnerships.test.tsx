// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useFilteredPartnerships } from '../../../src/state/selectors';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

afterEach(cleanup);

describe('useFilteredPartnerships', () => {
  it('gives every view the same list, computed once per change of the filters', () => {
    const dataset = articleDataset();
    const first = renderHook(() => useFilteredPartnerships(dataset));
    const second = renderHook(() => useFilteredPartnerships(dataset));
    expect(second.result.current).toBe(first.result.current);
    act(() => useAppStore.getState().toggleStatus('active'));
    expect(second.result.current).toBe(first.result.current);
    expect(first.result.current.every((p) => p.status === 'active')).toBe(true);
    expect(first.result.current.length).toBeGreaterThan(0);
  });
});
