import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/import/decodeText';
import { inEnglish, problemInEnglish } from '../../fixtures/issueText';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText('f.csv', utf8('Sécurité'))).toEqual({ ok: true, value: 'Sécurité' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeText('f.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Énergie')]))).toEqual({ ok: true, value: 'Énergie' });
  });

  it('reads UTF-16 little-endian with its mark, as Excel writes "Unicode text"', () => {
    const body = [...'Sé'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeText('f.txt', bytes(0xff, 0xfe, ...body))).toEqual({ ok: true, value: 'Sé' });
  });

  it('reports a Windows-1252 file with the line and column of its first accent instead of showing mojibake', () => {
    // "pays\nSécurité" in Windows-1252: é is the single byte 0xE9.
    const result = decodeText('latin.csv', bytes(...utf8('pays\nS'), 0xe9, ...utf8('curit'), 0xe9));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(inEnglish(result.issues[0]!)).toMatch(/^latin\.csv, line 2, column 2: the file is not in UTF-8 \(it looks like Windows-1252/);
    expect(problemInEnglish(result.issues[0]!)).toContain('CSV UTF-8');
  });

  it('reports UTF-16 without a byte-order mark', () => {
    const body = [...'actor,partner'].flatMap((c) => [c.charCodeAt(0), 0]);
    const result = decodeText('u.csv', bytes(...body));
    expect(result.ok ? '' : problemInEnglish(result.issues[0]!)).toContain('UTF-16 without a byte-order mark');
  });

  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xc3, 0xa9, 0x62, 0xe9, 0x63))).toBe(4);
    expect(firstInvalidUtf8(utf8('ok é'))).toBe(5);
  });
});
