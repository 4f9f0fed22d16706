import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../src/data/urlState';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = articleDataset();
const parse = (search: string) => parseUrlState(search, dataset);

describe('parseUrlState', () => {
  it('reads the example link of the public interface', () => {
    const { state, notices } = parse('?lang=en&view=network&sector=energy,transport&status=active,exploring&select=RUS');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      view: 'network',
      filters: { sectors: ['energy', 'transport'], statuses: ['active', 'exploring'], kinds: [], search: '' },
      selection: { kind: 'actor', id: 'RUS' },
      date: null,
      from: null,
    });
  });

  it('reads a date and a point of view, and drops a day that does not exist or an unknown actor with a notice', () => {
    expect(parse('?date=2022-06-01&from=RUS').state).toMatchObject({ date: '2022-06-01', from: 'RUS' });
    const { state, notices } = parse('?date=2022-06-31&from=XXX');
    expect(state).toMatchObject({ date: null, from: null });
    expect(notices).toEqual([
      { key: 'date', value: '2022-06-31' },
      { key: 'from', value: 'XXX' },
    ]);
  });

  it('reads partnership, relation and event selections', () => {
    expect(parse('?select=partnership:mli-rus-energy').state.selection).toEqual({ kind: 'partnership', id: 'mli-rus-energy' });
    expect(parse('?select=relation:RUS,MLI').state.selection).toEqual({ kind: 'relation', id: 'MLI|RUS' });
    expect(parse('?select=event:moscow-visit').state.selection).toEqual({ kind: 'event', id: 'moscow-visit' });
  });

  it('ignores unknown and malformed values, each with a notice, and keeps the rest', () => {
    const { state, notices } = parse('?lang=de&view=globe&sector=energy,enrgy&status=maybe&kind=company&select=XXX&zoom=3');
    expect(state.lang).toBeNull();
    expect(state.view).toBeNull();
    expect(state.filters.sectors).toEqual(['energy']);
    expect(state.filters.statuses).toEqual([]);
    expect(state.selection).toBeNull();
    expect(notices).toEqual([
      { key: 'zoom', value: '3' },
      { key: 'lang', value: 'de' },
      { key: 'view', value: 'globe' },
      { key: 'sector', value: 'enrgy' },
      { key: 'status', value: 'maybe' },
      { key: 'kind', value: 'company' },
      { key: 'select', value: 'XXX' },
    ]);
  });

  it('survives garbage without throwing', () => {
    expect(() => parse('?select=relation:&sector=,,,&q=%E0%A4%A&lang')).not.toThrow();
    expect(parse('?select=relation:MLI,MLI').state.selection).toBeNull();
  });
});

describe('serializeUrlState', () => {
  const base: UrlState = { lang: 'fr', view: null, filters: EMPTY_FILTERS, selection: null, date: null, from: null };

  it('writes nothing for the default state', () => {
    expect(serializeUrlState(base, 'fr')).toBe('');
  });

  it('writes only what differs from the default, readably', () => {
    const state: UrlState = {
      lang: 'en',
      view: 'network',
      filters: { sectors: ['energy', 'transport'], statuses: ['active', 'exploring'], kinds: [], search: '' },
      selection: { kind: 'actor', id: 'RUS' },
      date: '2022-06-01',
      from: 'RUS',
    };
    expect(serializeUrlState(state, 'fr')).toBe(
      '?lang=en&view=network&sector=energy,transport&status=active,exploring&select=RUS&date=2022-06-01&from=RUS',
    );
  });

  it('round-trips every kind of state through a link', () => {
    const states: UrlState[] = [
      { ...base, filters: { ...EMPTY_FILTERS, kinds: ['organization'], search: 'Nations unies' } },
      { ...base, selection: { kind: 'relation', id: 'MLI|RUS' } },
      { ...base, lang: 'en', selection: { kind: 'partnership', id: 'mli-ner-security' } },
      { ...base, view: 'table', selection: { kind: 'event', id: 'moscow-visit' } },
    ];
    for (const state of states) {
      const { state: back, notices } = parse(serializeUrlState(state, 'fr'));
      expect(notices).toEqual([]);
      expect({ ...back, lang: back.lang ?? 'fr' }).toEqual(state);
    }
  });

  it('carries the keys of other features through, and drops unknown ones', () => {
    expect(serializeUrlState(base, 'fr', new URLSearchParams('embed=map&zoom=3'))).toBe('?embed=map');
  });
});
