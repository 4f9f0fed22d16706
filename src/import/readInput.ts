import { inFile, type Result } from '../data/dataIssue';
import { decodeText } from './decodeText';
import { LIMITS } from './limits';

export type InputFormat = 'json' | 'csv';

export interface InputText {
  fileName: string;
  text: string;
  format: InputFormat;
}

/** How much of a file is read at a time: the bytes are counted as they come, like a download's. */
const SLICE_BYTES = 1024 * 1024;

/**
 * Reads a chosen or dropped file. Its size is checked before a byte is read, so a 2 GB file is
 * refused at once instead of freezing the page; the bytes are counted again as they are read, a
 * slice at a time, and reading stops at the limit, whatever size the file claimed.
 */
export async function readInputFile(file: Pick<File, 'name' | 'size' | 'slice'>): Promise<Result<InputText>> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file.name, file.size);
  if (file.size === 0) return { ok: false, issues: [inFile(file.name, { code: 'fileEmpty' })] };
  const pieces: Uint8Array[] = [];
  let read = 0;
  try {
    for (;;) {
      const piece = new Uint8Array(await file.slice(read, read + SLICE_BYTES).arrayBuffer());
      if (piece.byteLength === 0) break;
      read += piece.byteLength;
      if (read > LIMITS.fileBytes)
        return { ok: false, issues: [inFile(file.name, { code: 'fileTooLarge', limitBytes: LIMITS.fileBytes })] };
      pieces.push(piece);
    }
  } catch {
    return { ok: false, issues: [inFile(file.name, { code: 'fileUnreadable' })] };
  }
  const bytes = new Uint8Array(read);
  pieces.reduce((at, piece) => (bytes.set(piece, at), at + piece.byteLength), 0);
  const text = decodeText(file.name, bytes);
  if (!text.ok) return text;
  return { ok: true, value: { fileName: file.name, text: text.value, format: detectFormat(file.name, text.value) } };
}

/** Pasted text: the same limits as a file, and the format read from its first character. */
export function readPastedText(text: string, fileName: string): Result<InputText> {
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes) return tooLarge(fileName, bytes);
  if (text.trim() === '') return { ok: false, issues: [inFile(fileName, { code: 'nothingPasted' })] };
  return { ok: true, value: { fileName, text, format: detectFormat('', text) } };
}

/** By extension first; a file named otherwise is JSON when it starts with "{", CSV else. */
export function detectFormat(fileName: string, text: string): InputFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|tsv|tab)$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

/** The bytes a text takes in UTF-8, counted without writing them out (a paste past the limit may be large). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one character of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(fileName: string, bytes: number): Result<InputText> {
  return { ok: false, issues: [inFile(fileName, { code: 'fileTooHeavy', bytes, limitBytes: LIMITS.fileBytes })] };
}
