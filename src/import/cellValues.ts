import type { Problem } from '../data/problem';
import { foldAccents } from '../text/fold';

/**
 * Reading one cell into a typed value, or the problem that says what to write instead. These
 * never throw; a null value with no error means the cell was empty.
 */
export type Cell<T> = { value: T | null; error?: Problem };

/** `YYYY-MM-DD`, also with a time after it (as spreadsheets export), or `DD/MM/YYYY` as French spreadsheets write. */
export function readDate(raw: string): Cell<string> {
  if (raw === '') return { value: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(raw);
  const european = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(raw);
  const [y, m, d] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : european
      ? [european[3]!, european[2]!.padStart(2, '0'), european[1]!.padStart(2, '0')]
      : [];
  if (!y || !m || !d) return { value: null, error: { code: 'notDate', value: raw } };
  const value = `${y}-${m}-${d}`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
    return { value: null, error: { code: 'cellDateDoesNotExist', value: raw } };
  return { value };
}

/** Only `http:` and `https:` links are kept: a `javascript:` or `data:` link must never reach an `href`. */
export function readLink(raw: string): Cell<string> {
  if (raw === '') return { value: null };
  if (/^https?:\/\//i.test(raw) && URL.canParse(raw)) return { value: raw };
  return { value: null, error: { code: 'notLink', value: shorten(raw) } };
}

export function readCoordinate(raw: string, max: number, what: 'latitude' | 'longitude'): Cell<number> {
  if (raw === '') return { value: null };
  // French spreadsheets write a decimal comma.
  const value = Number(raw.replace(',', '.'));
  if (!Number.isFinite(value) || Math.abs(value) > max) return { value: null, error: { code: 'cellCoordinate', axis: what, max } };
  return { value };
}

export function readLanguage(raw: string): Cell<string> {
  if (raw === '') return { value: null };
  const code = raw.toLowerCase();
  if (/^[a-z]{2,3}$/.test(code)) return { value: code };
  const named = LANGUAGE_NAMES.get(foldAccents(code));
  if (named) return { value: named };
  return { value: null, error: { code: 'notLanguage', value: shorten(raw) } };
}

const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['francais', 'fr'],
  ['french', 'fr'],
  ['anglais', 'en'],
  ['english', 'en'],
  ['russe', 'ru'],
  ['russian', 'ru'],
  ['arabe', 'ar'],
  ['arabic', 'ar'],
]);

export function readKind(raw: string): Cell<'country' | 'organization'> {
  if (raw === '') return { value: null };
  const word = foldAccents(raw).trim();
  if (['country', 'pays', 'state', 'etat'].includes(word)) return { value: 'country' };
  if (
    ['organization', 'organisation', 'org', 'international organization', 'organisation internationale', 'company', 'entreprise'].includes(
      word,
    )
  )
    return { value: 'organization' };
  if (['person', 'personne'].includes(word)) return { value: null, error: { code: 'personInCsv' } };
  return { value: null, error: { code: 'notKind', value: shorten(raw) } };
}

export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
