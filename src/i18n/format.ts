import type { Lang } from '../model/lang';

// Dates are written by hand, not with Intl.DateTimeFormat: the dashboard speaks two languages
// whose long dates follow simple rules, and starting the browser's date library is one of the
// costliest steps of the first render (about 40 ms on a desktop, 150 ms on a mid-range phone).
// The text also stays the same in every browser, whatever version of its locale data it carries.
const numberFormats = new Map<Lang, Intl.NumberFormat>();

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Between two dates that differ in more than the day, a dash set off by thin spaces, as Intl writes it. */
const SPAN_DASH = '\u2009–\u2009';

interface Day {
  year: number;
  month: string;
  day: number;
}

/** Calendar days are read in UTC, so a date never shifts by a day with the reader's time zone. */
function toDay(iso: string, lang: Lang): Day {
  const date = new Date(`${iso}T00:00:00Z`);
  return { year: date.getUTCFullYear(), month: MONTHS[lang][date.getUTCMonth()]!, day: date.getUTCDate() };
}

const dayMonth = ({ day, month }: Day, lang: Lang) => (lang === 'fr' ? `${day} ${month}` : `${month} ${day}`);
const fullDay = (d: Day, lang: Lang) => (lang === 'fr' ? `${dayMonth(d, lang)} ${d.year}` : `${dayMonth(d, lang)}, ${d.year}`);

/** "28 février 2024" / "February 28, 2024". */
export function formatDate(iso: string, lang: Lang): string {
  return fullDay(toDay(iso, lang), lang);
}

/** A day or a span of days, written once where both ends share it: "28–29 février 2024", "February 28 – March 3, 2024". */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  const a = toDay(start, lang),
    b = toDay(end, lang);
  if (a.year !== b.year) return `${fullDay(a, lang)}${SPAN_DASH}${fullDay(b, lang)}`;
  if (a.month !== b.month) {
    return lang === 'fr'
      ? `${dayMonth(a, lang)}${SPAN_DASH}${dayMonth(b, lang)} ${a.year}`
      : `${dayMonth(a, lang)}${SPAN_DASH}${dayMonth(b, lang)}, ${a.year}`;
  }
  return lang === 'fr' ? `${a.day}–${b.day} ${a.month} ${a.year}` : `${a.month} ${a.day}${SPAN_DASH}${b.day}, ${a.year}`;
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
