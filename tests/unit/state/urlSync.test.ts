// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/urlSync';
import { articleDataset } from '../../fixtures/datasetBuilder';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  window.history.replaceState(null, '', '/');
});

function start(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  useAppStore.getState().datasetLoaded(articleDataset());
  stop = startUrlSync(window);
}

describe('the link and the store kept in step', () => {
  it("applies the opening link's state, with notices for what it ignored", () => {
    start('?sector=energy,enrgy&select=RUS');
    const s = useAppStore.getState();
    expect(s.filters.sectors).toEqual(['energy']);
    expect(s.selection).toEqual({ kind: 'actor', id: 'RUS' });
    expect(s.urlNotices).toEqual([{ key: 'sector', value: 'enrgy' }]);
  });

  it('writes each choice into the address as a new history entry', () => {
    start('');
    const before = window.history.length;
    useAppStore.getState().toggleStatus('active');
    expect(window.location.search).toBe('?status=active');
    useAppStore.getState().select({ kind: 'actor', id: 'NER' });
    expect(window.location.search).toBe('?status=active&select=NER');
    expect(window.history.length).toBe(before + 2);
  });

  it('replaces the entry while a person types a search', () => {
    start('');
    const before = window.history.length;
    useAppStore.getState().setSearch('n');
    useAppStore.getState().setSearch('ni');
    expect(window.location.search).toBe('?q=ni');
    expect(window.history.length).toBe(before);
  });

  it('restores the state of the entry that Back lands on', () => {
    start('?sector=energy');
    window.history.pushState(null, '', '/?sector=transport');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState().filters.sectors).toEqual(['transport']);
  });
});

describe('an embed', () => {
  it('reads its link but never writes history', () => {
    window.history.replaceState(null, '', '/?embed=map&sector=energy');
    useAppStore.getState().datasetLoaded(articleDataset());
    const before = window.history.length;
    stop = startUrlSync(window, { write: false });
    expect(useAppStore.getState().filters.sectors).toEqual(['energy']);
    useAppStore.getState().toggleSector('transport');
    expect(window.location.search).toBe('?embed=map&sector=energy');
    expect(window.history.length).toBe(before);
  });
});
