import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../src/import/readCsv';
import { inEnglish } from '../../fixtures/issueText';
import { LIMITS } from '../../../src/import/limits';
import { decodeText } from '../../../src/import/decodeText';

const read = (text: string) => {
  const result = readCsv('t.csv', text);
  if (!result.ok) throw new Error(result.issues.map(inEnglish).join('\n'));
  return result.value;
};
const problems = (text: string) => {
  const result = readCsv('t.csv', text);
  return result.ok ? [] : result.issues.map(inEnglish);
};

describe('readCsv', () => {
  it('reads comma-separated rows', () => {
    const table = read('a,b\n1,2\n3,4\n');
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { number: 2, cells: ['1', '2'] },
      { number: 3, cells: ['3', '4'] },
    ]);
  });

  it('reads semicolon-separated rows as French Excel writes them', () => {
    const table = read('pays;secteur\nMali;énergie, transport\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]!.cells).toEqual(['Mali', 'énergie, transport']);
  });

  it('reads tab-separated rows as a spreadsheet copies them', () => {
    const table = read('a\tb\nx, y\tz; w\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]!.cells).toEqual(['x, y', 'z; w']);
  });

  it('drops a byte-order mark so the first header is recognisable', () => {
    expect(read('\uFEFFactor,partner\nMali,Niger').headers).toEqual(['actor', 'partner']);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const table = read('a,b\r\n"one, two","he said ""yes""\r\nthen left"\r\n3,4');
    expect(table.rows[0]!.cells).toEqual(['one, two', 'he said "yes"\r\nthen left']);
    expect(table.rows[1]).toEqual({ number: 3, cells: ['3', '4'] });
  });

  it('skips blank lines but counts them, so row numbers match the spreadsheet', () => {
    const table = read('a,b\n1,2\n\n3,4\n\n\n');
    expect(table.rows.map((r) => r.number)).toEqual([2, 4]);
  });

  it('reads the French fixture with a BOM, CRLF, semicolons and a quote over two lines', () => {
    const bytes = readFileSync('tests/fixtures/import/mali-fr.csv');
    const text = decodeText('mali-fr.csv', new Uint8Array(bytes));
    if (!text.ok) throw new Error('not decoded');
    const table = read(text.value);
    expect(table.headers[0]).toBe('acteur');
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]!.cells[4]).toBe('La coopération avec la Russie a été redynamisée; et renforcée\r\nsur deux lignes');
  });

  it('reports a quote that is never closed with the row it starts on', () => {
    expect(problems('a,b\n1,2\n3,"never closed\n')).toEqual([
      't.csv, row 3: a quoted value is never closed; add the missing double quote (") at the end of the value',
    ]);
  });

  it('reports a row with more cells than the header with its row and column', () => {
    expect(problems('actor,partner\nMali,Niger,extra')).toEqual([
      't.csv, row 2, column C: this row has more cells than the header has columns (2); put values that contain the separator "," in double quotes',
    ]);
  });

  it('refuses a file with more rows than the limit', () => {
    const text = `a\n${'x\n'.repeat(LIMITS.rows + 1)}`;
    expect(problems(text)).toEqual([
      `t.csv: the file has more than ${LIMITS.rows} rows, the most this dashboard can show; split it into smaller files`,
    ]);
  });

  it('refuses a cell longer than the limit with its row and column', () => {
    const [issue] = problems(`a,quote\n1,${'x'.repeat(LIMITS.cellLength + 1)}`);
    expect(issue).toBe(
      `t.csv, row 2, column B (quote): this cell holds ${LIMITS.cellLength + 1} characters; ${LIMITS.cellLength} at most are read, so shorten it`,
    );
  });

  it('refuses an empty file', () => {
    expect(problems('\n\n')).toEqual(['t.csv: the file is empty; the first row must hold the column names']);
  });

  it('treats headers such as __proto__ as plain names without touching any prototype', () => {
    const table = read('__proto__,constructor,prototype\n{"polluted":1},x,y');
    expect(table.headers).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(table.rows[0]!.cells)).toBe(Array.prototype);
  });
});
