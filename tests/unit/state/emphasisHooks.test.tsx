// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  point,
  useEmphasis,
  useIsSelected,
  useSelectedEmphasis,
  useViewPicks,
  ViewPicksContext,
  type PointerView,
} from '../../../src/state/interaction';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const RUS = { kind: 'actor' as const, id: 'RUS' };

/** Renders a hook as a mark of `view` does: inside the view's picks. */
const inView = (view: PointerView) =>
  function ViewOfTheMark({ children }: { children: ReactNode }) {
    return <ViewPicksContext value={useViewPicks(view)}>{children}</ViewPicksContext>;
  };

describe('the narrow emphasis hooks', () => {
  it('say a partnership is brought forward when its partner is pointed at, and stop when the pointer leaves', () => {
    const id = dataset.partnershipsByActor.get('RUS')![0]!.id;
    const { result } = renderHook(() => useEmphasis(dataset, { kind: 'partnership', id }), { wrapper: inView('table') });
    expect(result.current).toEqual({ selected: 'normal', pointed: 'normal' });
    act(() => point(RUS));
    expect(result.current).toEqual({ selected: 'normal', pointed: 'related' });
    act(() => point(null));
    expect(result.current.pointed).toBe('normal');
  });

  it('do not re-render a mark whose answer stays the same while the picks move elsewhere', () => {
    let renders = 0;
    renderHook(
      () => {
        renders += 1;
        return useEmphasis(dataset, { kind: 'actor', id: 'TUR' });
      },
      { wrapper: inView('map') },
    );
    const before = renders;
    act(() => useAppStore.getState().select(RUS));
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'BFA' }));
    act(() => point({ kind: 'actor', id: 'NER' }));
    expect(renders).toBe(before);
  });

  it('show a view’s own pointing at once, and the other views’ a task later', async () => {
    const id = dataset.partnershipsByActor.get('RUS')![0]!.id;
    const inTable = renderHook(() => useEmphasis(dataset, { kind: 'partnership', id }), { wrapper: inView('table') });
    const inSectors = renderHook(() => useEmphasis(dataset, { kind: 'partnership', id }), { wrapper: inView('sectors') });
    act(() => point(RUS, 'table'));
    expect(inTable.result.current.pointed).toBe('related');
    expect(inSectors.result.current.pointed).toBe('normal');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(inSectors.result.current.pointed).toBe('related');
  });

  it('leave the marks of the other views alone while one view shows its own pointing', () => {
    let renders = 0;
    renderHook(
      () => {
        renders += 1;
        return useEmphasis(dataset, RUS);
      },
      { wrapper: inView('sectors') },
    );
    const before = renders;
    act(() => point(RUS, 'network'));
    expect(renders).toBe(before);
  });

  it('dim a mark that dims itself while something else is selected, and only that one', () => {
    const china = { kind: 'partnership' as const, id: 'mli-chn-security' };
    const dims = renderHook(() => useSelectedEmphasis(dataset, china, true), { wrapper: inView('sectors') });
    const layered = renderHook(() => useEmphasis(dataset, china), { wrapper: inView('map') });
    act(() => useAppStore.getState().select(RUS));
    expect(dims.result.current).toBe('dimmed');
    expect(layered.result.current.selected).toBe('normal');
  });

  it('say a toggle is pressed only while its very pick is selected, inside a view or out of one', () => {
    const inside = renderHook(() => useIsSelected({ kind: 'actor', id: 'RUS' }), { wrapper: inView('timeline') });
    const outside = renderHook(() => useIsSelected({ kind: 'actor', id: 'RUS' }));
    act(() => useAppStore.getState().select(RUS));
    expect(inside.result.current).toBe(true);
    expect(outside.result.current).toBe(true);
    act(() => useAppStore.getState().select({ kind: 'relation', id: 'MLI|RUS' }));
    expect(inside.result.current).toBe(false);
    expect(outside.result.current).toBe(false);
  });
});
