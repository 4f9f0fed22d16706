import { inFile, type Result } from '../data/dataIssue';
import type { Problem } from '../data/problem';
import { lineAndColumn } from '../data/parseDatasetJson';

/**
 * Turns the bytes of a file into text. UTF-8 with or without a byte-order mark, and UTF-16 with
 * one (what Excel writes for "Unicode text"), are read. Anything else is refused rather than
 * guessed: a Windows-1252 file read as UTF-8 turns "Sécurité" into "SÃ©curitÃ©", and a dataset
 * of mangled names is worse than no dataset.
 */
export function decodeText(fileName: string, bytes: Uint8Array): Result<string> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', fileName, bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', fileName, bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksLikeUtf16WithoutBom(body)) {
    return refuse(fileName, { code: 'utf16WithoutBom' });
  }
  return decodeWith('utf-8', fileName, body);
}

function decodeWith(encoding: string, fileName: string, bytes: Uint8Array): Result<string> {
  try {
    return { ok: true, value: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    if (encoding !== 'utf-8') return refuse(fileName, { code: 'notInEncoding', encoding: encoding.toUpperCase() });
    const offset = firstInvalidUtf8(bytes);
    // Decoding the valid part tells a person where, in the text they see, the bad byte sits.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    return { ok: false, issues: [{ at: { file: fileName, ...lineAndColumn(before, before.length) }, problem: { code: 'notUtf8' } }] };
  }
}

function refuse(fileName: string, problem: Problem): Result<string> {
  return { ok: false, issues: [inFile(fileName, problem)] };
}

/** Text in UTF-16 has a zero byte in almost every other position, which UTF-8 text never has. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length >= 4 && zeros > sample.length / 4;
}

/** The offset of the first byte that cannot start or continue a UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
