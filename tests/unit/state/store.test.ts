import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { loadIntoStore } from '../../../src/state/loadIntoStore';
import { articleDataset } from '../../fixtures/datasetBuilder';

const store = useAppStore;

describe('the store', () => {
  it('toggles a status filter on and off', () => {
    store.getState().toggleStatus('active');
    store.getState().toggleStatus('ended');
    expect(store.getState().filters.statuses).toEqual(['active', 'ended']);
    store.getState().toggleStatus('active');
    expect(store.getState().filters.statuses).toEqual(['ended']);
  });

  it('clears every filter with one action', () => {
    const s = store.getState();
    s.toggleSector('energy');
    s.toggleKind('person');
    s.setSearch('russ');
    store.getState().clearFilters();
    expect(store.getState().filters).toEqual({ statuses: [], sectors: [], kinds: [], search: '' });
  });

  it('keeps the same state object when the same thing is selected again', () => {
    store.getState().select({ kind: 'actor', id: 'RUS' });
    const before = store.getState();
    store.getState().select({ kind: 'actor', id: 'RUS' });
    expect(store.getState()).toBe(before);
    store.getState().select(null);
    expect(store.getState().selection).toBeNull();
  });

  it('keeps the current dataset on screen when a new one fails to load', async () => {
    const dataset = articleDataset();
    store.getState().datasetLoaded(dataset);
    await loadIntoStore('http://example.test/broken.json', 'broken.json', async () => new Response('{', { status: 200 }));
    const state = store.getState();
    expect(state.dataset).toBe(dataset);
    expect(state.load.phase).toBe('failed');
    if (state.load.phase === 'failed') expect(state.load.issues[0]!.at.file).toBe('broken.json');
  });

  it('starts fresh filters and selection with a new dataset', () => {
    store.getState().toggleSector('energy');
    store.getState().select({ kind: 'actor', id: 'RUS' });
    store.getState().datasetLoaded(articleDataset());
    expect(store.getState().filters.sectors).toEqual([]);
    expect(store.getState().selection).toBeNull();
  });
});
