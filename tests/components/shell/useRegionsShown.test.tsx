import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';

// The regions' real code (Leaflet, the geometry) is not what these tests are about.
vi.mock('../../../src/views/viewComponents', () => ({ preloadRegion: vi.fn(async () => undefined) }));

const { useRegionsShown } = await import('../../../src/shell/useRegionsShown');
const REST = ['network', 'timeline', 'sectors', 'source', 'table'] as const;

describe('the order in which the regions render', () => {
  it('renders the map only after the page around it has been committed, so that the header paints first', async () => {
    const { result } = renderHook(() => useRegionsShown(true, null));
    expect(result.current.shown('map')).toBe(false);
    await waitFor(() => expect(result.current.shown('map')).toBe(true));
  });

  it('renders the map first, and the other views once it has been committed and the page is idle', async () => {
    const { result } = renderHook(() => useRegionsShown(true, null));
    await waitFor(() => expect(result.current.shown('map')).toBe(true));
    for (const region of REST) expect(result.current.shown(region)).toBe(false);
    act(() => result.current.committed('map'));
    await waitFor(() => expect(result.current.shown('network')).toBe(true));
    for (const region of REST) {
      await waitFor(() => expect(result.current.shown(region)).toBe(true));
      act(() => result.current.committed(region));
    }
    await waitFor(() => expect(result.current.allShown).toBe(true));
  });

  it('renders the other views one at a time, in reading order, each once the one before has been committed', async () => {
    const { result } = renderHook(() => useRegionsShown(true, null));
    act(() => result.current.committed('map'));
    for (const [i, region] of REST.entries()) {
      await waitFor(() => expect(result.current.shown(region)).toBe(true));
      // The next region waits for this one's commit.
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const later of REST.slice(i + 1)) expect(result.current.shown(later)).toBe(false);
      expect(result.current.allShown).toBe(i === REST.length - 1);
      act(() => result.current.committed(region));
    }
  });

  it('renders the next view anyway when the one before never commits', async () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useRegionsShown(true, null));
      act(() => result.current.committed('map'));
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(result.current.shown('network')).toBe(true);
      expect(result.current.shown('timeline')).toBe(false);
      await act(() => vi.advanceTimersByTimeAsync(2500));
      expect(result.current.shown('timeline')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders a view a link brings forward at once, and waits for it too', async () => {
    const { result } = renderHook(() => useRegionsShown(true, 'table'));
    await waitFor(() => expect(result.current.shown('table')).toBe(true));
    expect(result.current.shown('network')).toBe(false);
    act(() => result.current.committed('map'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(result.current.allShown).toBe(false);
    act(() => result.current.committed('table'));
    await waitFor(() => expect(result.current.shown('network')).toBe(true));
    // The view brought forward is not rendered a second time in the order.
    act(() => result.current.committed('network'));
    await waitFor(() => expect(result.current.shown('timeline')).toBe(true));
    act(() => result.current.committed('timeline'));
    await waitFor(() => expect(result.current.shown('sectors')).toBe(true));
    act(() => result.current.committed('sectors'));
    await waitFor(() => expect(result.current.shown('source')).toBe(true));
    act(() => result.current.committed('source'));
    await waitFor(() => expect(result.current.allShown).toBe(true));
  });

  it('renders every view at once when the person scrolls', () => {
    const { result } = renderHook(() => useRegionsShown(true, null));
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    expect(result.current.shown('table')).toBe(true);
  });

  it('holds the other views back where there is no dashboard to draw', async () => {
    const { result } = renderHook(() => useRegionsShown(false, null));
    act(() => result.current.committed('map'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(result.current.shown('network')).toBe(false);
  });
});
