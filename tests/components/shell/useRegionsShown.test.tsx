import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';

// The regions' real code (Leaflet, the geometry) is not what these tests are about.
vi.mock('../../../src/views/viewComponents', () => ({ preloadRegion: vi.fn(async () => undefined) }));

const { useRegionsShown } = await import('../../../src/shell/useRegionsShown');
const REST = ['network', 'timeline', 'sectors', 'source', 'table'] as const;

describe('the order in which the regions render', () => {
  it('renders the map first, and the other views once it has been committed and the page is idle', async () => {
    const { result } = renderHook(() => useRegionsShown(true, null));
    expect(result.current.shown('map')).toBe(true);
    for (const region of REST) expect(result.current.shown(region)).toBe(false);
    act(() => result.current.committed('map'));
    await waitFor(() => expect(result.current.allShown).toBe(true));
    for (const region of REST) expect(result.current.shown(region)).toBe(true);
  });

  it('renders a view a link brings forward at once, and waits for it too', async () => {
    const { result } = renderHook(() => useRegionsShown(true, 'table'));
    expect(result.current.shown('table')).toBe(true);
    expect(result.current.shown('network')).toBe(false);
    act(() => result.current.committed('map'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(result.current.allShown).toBe(false);
    act(() => result.current.committed('table'));
    await waitFor(() => expect(result.current.shown('network')).toBe(true));
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
