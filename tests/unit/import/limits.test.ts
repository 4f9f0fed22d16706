import { describe, expect, it } from 'vitest';
import { detectFormat, readInputFile, readPastedText, utf8Length } from '../../../src/import/readInput';
import { loadFromLink } from '../../../src/boot/loadFromLink';
import { loadDataset } from '../../../src/data/loadDataset';
import { LIMITS } from '../../../src/import/limits';
import { checkJsonLimits, parseJsonText } from '../../../src/data/parseDatasetJson';
import { inEnglish, problemInEnglish } from '../../fixtures/issueText';

/** A file that claims `size` bytes and holds `text`; reading a file that claims more than the limit fails the test. */
const fakeFile = (name: string, size: number, text = '') => ({
  name,
  size,
  slice: (start?: number, end?: number) => {
    if (size > LIMITS.fileBytes) throw new Error('a file over the limit must not be read');
    return new Blob([text]).slice(start, end);
  },
});

describe('the limits of an input', () => {
  it('refuses a file over 20 MB before reading a byte of it', async () => {
    const result = await readInputFile(fakeFile('huge.csv', 2 * 1024 ** 3));
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'huge.csv: the file weighs 2048.0 MB; 20.0 MB at most can be loaded, so split it or remove columns it does not need',
    ]);
  });

  it('counts the bytes of a file as it reads them, and stops at the limit whatever size the file claimed', async () => {
    const text = 'x'.repeat(LIMITS.fileBytes + 1);
    const sliced: number[] = [];
    const lying = {
      name: 'grown.csv',
      size: 10,
      slice: (start?: number, end?: number) => (sliced.push(start ?? 0), new Blob([text]).slice(start, end)),
    };
    const result = await readInputFile(lying);
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'grown.csv: the file is larger than 20 MB, the most this dashboard reads; split it or remove what it does not need',
    ]);
    expect(Math.max(...sliced)).toBeLessThanOrEqual(LIMITS.fileBytes);
  });

  it('refuses a linked file sent in chunks past 20 MB, CSV and JSON alike, without an announced length', async () => {
    const chunked = (bytes: number) => async () => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const size = Math.min(1024 * 1024, bytes - sent);
          sent += size;
          controller.enqueue(new Uint8Array(size).fill(120));
          if (sent >= bytes) controller.close();
        },
      });
      return new Response(body);
    };
    const csv = await loadFromLink('http://site.test/huge.csv', 'http://site.test/', chunked(25 * 1024 * 1024));
    const json = await loadDataset('http://site.test/huge.json', chunked(25 * 1024 * 1024));
    expect([csv, json].map((result) => (result.ok ? [] : result.issues.map(inEnglish)))).toEqual([
      ['huge.csv: the file is larger than 20 MB, the most this dashboard reads; split it or remove what it does not need'],
      ['huge.json: the file is larger than 20 MB, the most this dashboard reads; split it or remove what it does not need'],
    ]);
  });

  it('counts pasted text in UTF-8 bytes, as a file of it would weigh', () => {
    expect([utf8Length('abc'), utf8Length('é'), utf8Length('€'), utf8Length('😀'), utf8Length('\uD800x')]).toEqual([3, 2, 3, 4, 4]);
  });

  it('refuses pasted text over 20 MB', () => {
    const result = readPastedText('x'.repeat(LIMITS.fileBytes + 1), 'pasted');
    expect(result.ok ? '' : problemInEnglish(result.issues[0]!)).toMatch(/^the file weighs 20\.0 MB; 20\.0 MB at most/);
  });

  it('reads a small file and tells JSON from CSV by extension, then by content', async () => {
    const result = await readInputFile(fakeFile('data.txt', 10, '  {"a": 1}'));
    expect(result.ok && result.value.format).toBe('json');
    expect([
      detectFormat('x.json', 'a,b'),
      detectFormat('x.csv', '{'),
      detectFormat('x.tsv', ''),
      detectFormat('', 'actor\tpartner'),
    ]).toEqual(['json', 'csv', 'csv', 'csv']);
  });

  it('refuses JSON nested deeper than the format could ever be, with its line and column', () => {
    const text = `{"a":\n${'['.repeat(50)}${']'.repeat(50)}}`;
    const result = parseJsonText('deep.json', text);
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'deep.json, line 2, column 20: the file nests deeper than 20 levels; the format needs six at most, so this is not a dataset',
    ]);
  });

  it('refuses a JSON text longer than the limit, pointing at where it starts', () => {
    const result = parseJsonText('long.json', `{"quote": "${'x'.repeat(10_001)}"}`);
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'long.json, line 1, column 11: this text is 10001 characters long; 10000 at most are read, so shorten it',
    ]);
  });

  it('reads brackets and escaped quotes inside JSON strings as text, not as nesting', () => {
    expect(checkJsonLimits(`{"a": "${'[{'.repeat(100)} \\" ]]"}`)).toBeNull();
  });

  it('keeps a "__proto__" key in JSON from changing any prototype', () => {
    const result = parseJsonText('p.json', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
