import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareHover } from '../../../src/state/sharedHover';
import { useAppStore } from '../../../src/state/store';

describe('a hover handed to every view a task later', () => {
  afterEach(() => {
    vi.useRealTimers();
    useAppStore.getState().setHover(null);
  });

  it('reaches the store only a task later, with the latest of the moves in between', () => {
    vi.useFakeTimers();
    const hovers: unknown[] = [];
    const stop = useAppStore.subscribe((s) => hovers.push(s.hover));
    shareHover({ kind: 'actor', id: 'RUS' }, () => {});
    shareHover({ kind: 'actor', id: 'TUR' }, () => {});
    expect(useAppStore.getState().hover).toBeNull();
    vi.runAllTimers();
    stop();
    expect(hovers).toEqual([{ kind: 'actor', id: 'TUR' }]);
  });

  it('tells every view that pointed once the store has it, even one whose pick was overtaken', () => {
    vi.useFakeTimers();
    const told: string[] = [];
    shareHover(null, () => told.push(`network saw ${String(useAppStore.getState().hover?.id)}`));
    shareHover({ kind: 'actor', id: 'NER' }, () => told.push(`map saw ${String(useAppStore.getState().hover?.id)}`));
    expect(told).toEqual([]);
    vi.runAllTimers();
    expect(told).toEqual(['network saw NER', 'map saw NER']);
  });
});
