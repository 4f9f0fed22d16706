import { describe, expect, it } from 'vitest';
import { pickTableRows, rowsPastListed, searchTableRows, toTableRows } from '../../../src/derive/tableRows';
import { sortTableRows } from '../../../src/derive/sortTableRows';
import { filterPartnerships } from '../../../src/derive/filterPartnerships';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset, shippedDataset } from '../../fixtures/datasetBuilder';
import { datasetOn } from '../../../src/derive/datasetOn';
import { dateStops } from '../../../src/derive/dateStops';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = articleDataset();
const rows = toTableRows(dataset, dataset.partnerships, 'fr', fr);
const partners = (found: { partnerName: string }[]) => found.map((r) => r.partnerName);

describe('toTableRows', () => {
  it('gives each partnership its partner, sector, status, trend, summary and quotes in the reader’s language', () => {
    const russia = rows.find((r) => r.id === 'mli-rus-security')!;
    expect(russia).toMatchObject({
      focusName: 'Mali',
      partnerName: 'Russie',
      sectorName: 'Sécurité',
      statusLabel: 'actif',
      trendLabel: 'en renforcement',
    });
    expect(russia.evidence).toHaveLength(3);
    expect(russia.evidence[0]!.sourceTitle).toBe('Mali : Coopération renforcée avec la Russie, Diop et Camara à Moscou');
    const niger = toTableRows(dataset, dataset.partnerships, 'en', en).find((r) => r.id === 'mli-ner-security')!;
    expect(niger).toMatchObject({ partnerName: 'Niger', statusLabel: 'emerging', trend: null, trendLabel: null });
  });

  it('makes each partnership’s row once, and again only for the partnerships a date changes', () => {
    const shipped = shippedDataset();
    const latest = toTableRows(shipped, shipped.partnerships, 'fr', fr);
    expect(toTableRows(shipped, shipped.partnerships, 'fr', fr).every((row, i) => row === latest[i])).toBe(true);
    // A date on which the sources describe some partnerships as at their latest, and others not.
    const on = dateStops(shipped).map((date) => datasetOn(shipped, date, null));
    const onDate = on.find(
      (d) => d.partnerships.some((p) => shipped.partnerships.includes(p)) && d.partnerships.some((p) => !shipped.partnerships.includes(p)),
    )!;
    const dated = toTableRows(onDate, onDate.partnerships, 'fr', fr);
    for (const row of dated) {
      const same = onDate.partnershipById.get(row.id) === shipped.partnershipById.get(row.id);
      expect(latest.find((r) => r.id === row.id) === row).toBe(same);
    }
    expect(dated.some((row) => !latest.includes(row))).toBe(true);
    expect(dated.some((row) => latest.includes(row))).toBe(true);
    expect(dated.map((r) => r.index)).toEqual(latest.filter((r) => onDate.partnershipById.has(r.id)).map((r) => r.index));
  });

  it('follows the shared filters it is given', () => {
    const ended = filterPartnerships(dataset, { ...EMPTY_FILTERS, statuses: ['ended'] });
    expect(partners(toTableRows(dataset, ended, 'fr', fr))).toEqual(['France', 'Nations unies']);
  });
});

describe('searchTableRows', () => {
  it('finds "Niger": its own row, and Burkina Faso’s, whose quote names Niger', () => {
    expect(partners(searchTableRows(rows, 'Niger'))).toEqual(['Burkina Faso', 'Niger']);
  });

  it('ignores case and accents, and needs every word somewhere in the row', () => {
    expect(partners(searchTableRows(rows, 'FRANCE termine'))).toEqual(['France']);
    // Russia's and China's security rows quote the sentence that names Turkey among the partners.
    expect(searchTableRows(rows, 'securite TURQUIE').map((r) => r.id)).toEqual([
      'mli-rus-security',
      'mli-chn-security',
      'mli-tur-security',
    ]);
    expect(searchTableRows(rows, 'turquie énergie')).toEqual([]);
  });

  it('finds actors by their name in either language, as the shared filter does', () => {
    expect(partners(searchTableRows(rows, 'united nations'))).toEqual(['Nations unies']);
    expect(partners(searchTableRows(rows, 'turkiye'))).toEqual(['Turquie']);
  });

  it('finds words of summaries, status labels and quotes', () => {
    expect(partners(searchTableRows(rows, 'terrorisme'))).toEqual(['Russie']);
    expect(partners(searchTableRows(rows, 'terminé'))).toEqual(['France', 'Nations unies']);
    expect(searchTableRows(rows, 'onusiennes').map((r) => r.id)).toEqual(['mli-fra-security', 'mli-un-security']);
  });

  it('returns every row for an empty or blank query', () => {
    expect(searchTableRows(rows, '')).toHaveLength(11);
    expect(searchTableRows(rows, '   ')).toHaveLength(11);
  });
});

describe('rowsPastListed', () => {
  const ids = (found: { rows: { id: string }[]; total: number }) => [found.rows.map((r) => r.id), found.total];

  it('gives the lit rows past the listed ones, in table order, with how many there are', () => {
    const lit = new Set(['mli-rus-security', 'mli-rus-energy', 'mli-fra-security']);
    const order = rows.map((r) => r.id);
    const listed = order.indexOf('mli-rus-energy');
    const expected = order.slice(listed).filter((id) => lit.has(id));
    expect(ids(rowsPastListed(rows, listed, lit, 10))).toEqual([expected, expected.length]);
  });

  it('keeps the first `max` of them and still counts them all', () => {
    const lit = new Set(rows.slice(1).map((r) => r.id));
    expect(ids(rowsPastListed(rows, 3, lit, 2))).toEqual([[rows[3]!.id, rows[4]!.id], 8]);
  });

  it('gives nothing when nothing is lit, every lit row is listed, or every row is lit', () => {
    expect(ids(rowsPastListed(rows, 0, new Set(), 10))).toEqual([[], 0]);
    expect(ids(rowsPastListed(rows, 3, new Set(rows.map((r) => r.id)), 10))).toEqual([[], 0]);
    expect(ids(rowsPastListed(rows, 11, new Set(['mli-rus-security']), 10))).toEqual([[], 0]);
  });
});

describe('pickTableRows', () => {
  const sorted = sortTableRows(rows, { column: 'partner', direction: 'descending' }, 'fr');

  it('gives the rows that pass the filters and the search in the order sorting them would give', () => {
    const active = filterPartnerships(dataset, { ...EMPTY_FILTERS, statuses: ['active', 'exploring'] });
    const expected = sortTableRows(
      searchTableRows(toTableRows(dataset, active, 'fr', fr), 'sécurité'),
      { column: 'partner', direction: 'descending' },
      'fr',
    );
    expect(pickTableRows(sorted, active, 'sécurité').map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('gives back the sorted rows themselves while neither the filters nor the search narrow them', () => {
    expect(pickTableRows(sorted, dataset.partnerships, '  ')).toBe(sorted);
    expect(pickTableRows(sorted, dataset.partnerships, 'russie')).not.toBe(sorted);
  });
});
