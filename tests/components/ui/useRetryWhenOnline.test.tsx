import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useRetryWhenOnline } from '../../../src/ui/useRetryWhenOnline';

const backOnline = () => window.dispatchEvent(new Event('online'));

describe('useRetryWhenOnline', () => {
  it('tries again when the browser is back online, only while something has failed', () => {
    const retry = vi.fn();
    const { rerender, unmount } = renderHook(({ failed }) => useRetryWhenOnline(failed, retry), { initialProps: { failed: false } });
    backOnline();
    expect(retry).not.toHaveBeenCalled();
    rerender({ failed: true });
    backOnline();
    expect(retry).toHaveBeenCalledTimes(1);
    rerender({ failed: false });
    backOnline();
    expect(retry).toHaveBeenCalledTimes(1);
    rerender({ failed: true });
    unmount();
    backOnline();
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
