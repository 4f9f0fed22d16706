import type { Lang } from './lang';

// Creating an Intl formatter costs far more than using one (a timeline of a few hundred events
// formats as many dates), so each is made once per language.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

/** "28 février 2024" / "February 28, 2024"; dates are calendar days, so read and shown in UTC. */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang).format(new Date(`${iso}T00:00:00Z`));
}

/** A day or a span of days: "28–29 février 2024". */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  return dateFormat(lang).formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/**
 * A count as the language writes it: "5 000" in French, "5,000" in English. A whole number under
 * a thousand reads the same in both and is written without Intl, so the counts on the first
 * screen of a small dataset do not pay for starting the browser's locale library.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}
