import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPicks, point, pointedIn, select, toggleSelection } from '../../../src/state/interaction';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const RUS = { kind: 'actor' as const, id: 'RUS' };
const TUR = { kind: 'actor' as const, id: 'TUR' };
const NER = { kind: 'actor' as const, id: 'NER' };

describe('a hover from one view, handed to every view a task later', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows at once in the view the pointer is in, and in the others a task later', () => {
    point(RUS, 'network');
    expect(pointedIn(useAppStore.getState(), 'network')).toBe(RUS);
    expect(pointedIn(useAppStore.getState(), 'map')).toBeNull();
    expect(useAppStore.getState().hover).toBeNull();
    vi.runAllTimers();
    expect(useAppStore.getState().hover).toBe(RUS);
    expect(pointedIn(useAppStore.getState(), 'map')).toBe(RUS);
    expect(useAppStore.getState().pointing).toBeNull();
  });

  it('reaches the store only a task later, with the latest of the moves in between', () => {
    const hovers: unknown[] = [];
    const stop = useAppStore.subscribe((s, previous) => {
      if (s.hover !== previous.hover) hovers.push(s.hover);
    });
    point(RUS, 'map');
    point(TUR, 'map');
    expect(useAppStore.getState().hover).toBeNull();
    vi.runAllTimers();
    stop();
    expect(hovers).toEqual([TUR]);
    expect(useAppStore.getState().hover).toBe(TUR);
  });

  it('lets a view whose pick was overtaken in the same task show its own until then, and the latest after', () => {
    point(RUS, 'network');
    point(null, 'network');
    point(NER, 'map');
    expect(pointedIn(useAppStore.getState(), 'network')).toBeNull();
    expect(pointedIn(useAppStore.getState(), 'map')).toBe(NER);
    vi.runAllTimers();
    expect(pointedIn(useAppStore.getState(), 'network')).toBe(NER);
    expect(pointedIn(useAppStore.getState(), 'map')).toBe(NER);
  });

  it('tells nothing when the view already shows what every view has', () => {
    point(RUS);
    const changes: unknown[] = [];
    const stop = useAppStore.subscribe((s) => changes.push(s));
    point({ kind: 'actor', id: 'RUS' }, 'table');
    stop();
    expect(changes).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hands nothing over after a new dataset, which forgets every hover', () => {
    point(RUS, 'network');
    useAppStore.getState().datasetLoaded(articleDataset());
    vi.runAllTimers();
    expect(useAppStore.getState().hover).toBeNull();
    expect(pointedIn(useAppStore.getState(), 'network')).toBeNull();
  });
});

describe('a hover from outside the views', () => {
  it('shows in every view at once, over any view’s own pick', () => {
    vi.useFakeTimers();
    point(RUS, 'network');
    point(TUR);
    expect(pointedIn(useAppStore.getState(), 'network')).toBe(TUR);
    expect(useAppStore.getState().hover).toBe(TUR);
    vi.runAllTimers();
    expect(useAppStore.getState().hover).toBe(TUR);
    vi.useRealTimers();
  });
});

describe('the selection through the interaction module', () => {
  it('selects, and a toggle clears what is already selected', () => {
    select(RUS);
    expect(useAppStore.getState().selection).toBe(RUS);
    toggleSelection({ kind: 'actor', id: 'RUS' });
    expect(useAppStore.getState().selection).toBeNull();
    toggleSelection(NER);
    expect(useAppStore.getState().selection).toBe(NER);
    toggleSelection(TUR);
    expect(useAppStore.getState().selection).toBe(TUR);
  });
});

describe('followPicks', () => {
  it('tells an effect the picks as its view shows them at once, then only when they change', () => {
    vi.useFakeTimers();
    const told: string[] = [];
    const stop = followPicks('map', (selected, pointed) => told.push(`${selected?.id ?? '-'} ${pointed?.id ?? '-'}`));
    point(RUS, 'network');
    point(TUR, 'map');
    useAppStore.getState().toggleSector('energy');
    select(NER);
    vi.runAllTimers();
    stop();
    point(null);
    expect(told).toEqual(['- -', '- TUR', 'NER TUR']);
    vi.useRealTimers();
  });
});
