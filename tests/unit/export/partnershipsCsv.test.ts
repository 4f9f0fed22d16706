import { describe, expect, it } from 'vitest';
import { csvField, CSV_COLUMNS, DATA_HOST_COLUMN, neutraliseFormula, toPartnershipsCsv } from '../../../src/export/partnershipsCsv';
import { toTableRows } from '../../../src/derive/tableRows';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset, shippedDataset } from '../../fixtures/datasetBuilder';
import { parseCsv as parse } from '../../fixtures/parseCsv';

const dataset = articleDataset();

describe('toPartnershipsCsv', () => {
  it('writes a byte-order mark, a header and one CRLF line per partnership', () => {
    const text = toPartnershipsCsv(toTableRows(dataset, dataset.partnerships, 'fr', fr));
    expect(text.startsWith('\ufeffid,focus_id,focus,')).toBe(true);
    const rows = parse(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(dataset.partnerships.length + 1);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('carries every quote of a partnership, with its translation and source, in the reader language', () => {
    const [row] = parse(toPartnershipsCsv(toTableRows(dataset, dataset.partnerships.slice(0, 1), 'fr', fr)).slice(1)).slice(1);
    const partnership = dataset.partnerships[0]!;
    const at = (name: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(name)];
    expect(at('partner')).toBe('Russie');
    expect(at('evidence_count')).toBe(String(partnership.evidence.length));
    expect(at('evidence_quotes')!.split('\n')).toEqual(partnership.evidence.map((e) => e.quote));
    expect(at('evidence_translations_en')!.split('\n')).toEqual(partnership.evidence.map((e) => e.translation?.en));
  });

  it('writes the status, date, period end and event of every claim, line by line beside its quote, and the status on the date shown', () => {
    const shipped = shippedDataset();
    const ids = ['mli-un-security', 'mli-tur-security'];
    const rows = parse(
      toPartnershipsCsv(
        toTableRows(
          shipped,
          shipped.partnerships.filter((p) => ids.includes(p.id)),
          'en',
          en,
        ),
      ).slice(1),
    );
    const at = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)]!;
    const un = rows.find((row) => row[0] === 'mli-un-security')!;
    expect(at(un, 'status')).toBe('ended');
    expect(at(un, 'evidence_statuses').split('\n')).toEqual(['ended', 'active', 'ended', 'ended']);
    expect(at(un, 'evidence_dates').split('\n')).toEqual(['2024-02-28', '2013-04-25', '2023-06-30', '2023-12-31']);
    expect(at(un, 'evidence_events').split('\n')[1]).toMatch(/MINUSMA/);
    const turkiye = rows.find((row) => row[0] === 'mli-tur-security')!;
    expect(at(turkiye, 'evidence_statuses').split('\n')).toEqual(['potential', 'emerging', 'active']);
    expect(at(turkiye, 'evidence_quotes').split('\n')[0]).toMatch(/^La Russie, la Chine et la Turquie/);
  });

  it('names the host of a dataset a link named, in a last column on every row', () => {
    const rows = parse(toPartnershipsCsv(toTableRows(dataset, dataset.partnerships, 'fr', fr), 'data.example.org').slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS, DATA_HOST_COLUMN]);
    expect(rows.slice(1).every((row) => row.at(-1) === 'data.example.org')).toBe(true);
  });

  it('quotes cells with commas, quotes or line breaks, and doubles the quotes inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
  });

  it('turns a cell that a spreadsheet would run as a formula into plain text', () => {
    for (const danger of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd'])
      expect(neutraliseFormula(danger)).toBe(`'${danger}`);
    expect(neutraliseFormula('Russie')).toBe('Russie');
    expect(csvField('=1+1')).toBe("'=1+1");
  });
});
