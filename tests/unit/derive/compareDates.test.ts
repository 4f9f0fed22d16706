import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../src/derive/compareDates';
import { dateStops, stopAYearAway, stopAtOrBefore } from '../../../src/derive/dateStops';
import { shippedDataset } from '../../fixtures/datasetBuilder';

const byId = (changes: ReturnType<typeof compareDates>) => Object.fromEntries(changes.map((c) => [c.partnership.id, c]));

describe('compareDates', () => {
  it('finds the French and UN operations ended, Russia strengthened, and Türkiye and China started between 2021 and 2024', () => {
    const changes = byId(compareDates(shippedDataset(), '2021-01-01', '2024-12-31'));
    expect(changes['mli-un-security']).toMatchObject({ kind: 'ended', before: 'active', after: 'ended' });
    expect(changes['mli-fra-security']).toMatchObject({ kind: 'ended', before: null, after: 'ended' });
    expect(changes['mli-rus-security']).toMatchObject({ kind: 'strengthened', before: 'emerging', after: 'active' });
    expect(changes['mli-tur-security']).toMatchObject({ kind: 'started', before: null });
    expect(changes['mli-chn-security']).toMatchObject({ kind: 'started', before: null, after: 'active' });
    expect(changes['bfa-ner-security']).toMatchObject({ kind: 'started', after: 'emerging' });
  });

  it('gives each change the claims dated between the two dates, such as the end of MINUSMA', () => {
    const un = byId(compareDates(shippedDataset(), '2021-01-01', '2024-12-31'))['mli-un-security']!;
    expect(un.claims.map((c) => c.claim.event ?? c.claim.source)).toContain('minusma-mandate-ended');
    expect(un.claims.every((c) => c.from! > '2021-01-01' || (c.until !== null && c.until >= '2021-01-01'))).toBe(true);
  });

  it('lists the changes by kind, started before strengthened before weakened before ended', () => {
    const kinds = compareDates(shippedDataset(), '2021-01-01', '2024-12-31').map((c) => c.kind);
    const order = ['started', 'strengthened', 'weakened', 'ended'];
    expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b));
  });

  it('finds nothing between a date and itself, and the same changes whichever date comes first', () => {
    const dataset = shippedDataset();
    expect(compareDates(dataset, '2023-05-01', '2023-05-01')).toEqual([]);
    expect(compareDates(dataset, '2024-12-31', '2021-01-01')).toEqual(compareDates(dataset, '2021-01-01', '2024-12-31'));
  });

  it('says China weakened from active to potential between the Kati handover and the Moscow visit, by the article', () => {
    const china = byId(compareDates(shippedDataset(), '2023-05-01', '2024-03-01'))['mli-chn-security']!;
    expect(china).toMatchObject({ kind: 'weakened', before: 'active', after: 'potential' });
  });
});

describe('dateStops', () => {
  const stops = dateStops(shippedDataset());

  it('stops at every change of the shipped data and at the first of each year, from 2013 to 2024', () => {
    expect(stops[0]).toBe('2013-04-25');
    expect(stops).toContain('2022-08-15');
    expect(stops).toContain('2024-02-28');
    expect(stops).toContain('2017-01-01');
    expect(stops).toEqual([...stops].sort());
    expect(new Set(stops).size).toBe(stops.length);
  });

  it('moves a year at a time, at least one stop, and never past either end', () => {
    const at2019 = stops.indexOf('2019-01-01');
    expect(stops[stopAYearAway(stops, at2019, 1)]).toBe('2020-01-01');
    expect(stops[stopAYearAway(stops, at2019, -1)]).toBe('2018-01-01');
    expect(stopAYearAway(stops, 0, -1)).toBe(0);
    expect(stopAYearAway(stops, stops.length - 1, 1)).toBe(stops.length - 1);
    expect(stopAYearAway(stops, stops.indexOf('2023-03-16'), 1)).toBeGreaterThan(stops.indexOf('2023-03-16'));
    expect(stops[stopAYearAway(stops, stops.indexOf('2022-02-17'), -1)]).toBe('2021-01-01');
  });

  it('finds the stop on or before a date', () => {
    expect(stops[stopAtOrBefore(stops, '2022-06-01')]).toBe('2022-02-17');
    expect(stopAtOrBefore(stops, '2000-01-01')).toBe(0);
  });
});
