import { inFile, type Result } from '../data/dataIssue';
import { decodeText } from './decodeText';
import { LIMITS } from './limits';

export type InputFormat = 'json' | 'csv';

export interface InputText {
  fileName: string;
  text: string;
  format: InputFormat;
}

/**
 * Reads a chosen or dropped file. Its size is checked before a byte is read, so a 2 GB file is
 * refused at once instead of freezing the page.
 */
export async function readInputFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<Result<InputText>> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file.name, file.size);
  if (file.size === 0) return { ok: false, issues: [inFile(file.name, { code: 'fileEmpty' })] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, issues: [inFile(file.name, { code: 'fileUnreadable' })] };
  }
  const text = decodeText(file.name, bytes);
  if (!text.ok) return text;
  return { ok: true, value: { fileName: file.name, text: text.value, format: detectFormat(file.name, text.value) } };
}

/** Pasted text: the same limits as a file, and the format read from its first character. */
export function readPastedText(text: string, fileName: string): Result<InputText> {
  const bytes = new TextEncoder().encode(text).length;
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

function tooLarge(fileName: string, bytes: number): Result<InputText> {
  return { ok: false, issues: [inFile(fileName, { code: 'fileTooHeavy', bytes, limitBytes: LIMITS.fileBytes })] };
}
