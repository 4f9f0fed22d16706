/** A date as precise as the words that gave it: a year, a month of a year, or a day. */
export interface PartialDate {
  year: number;
  /** 1 to 12. */
  month?: number;
  day?: number;
}

/** The written form the draft and its evaluation use: `2024`, `2024-09` or `2024-09-16`. */
export function toValue(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Reads a value written by `toValue`; null when it is not one, or names a day the calendar lacks. */
export function fromValue(value: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const date: PartialDate = { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
  return isReal(date) ? date : null;
}

/** Whether the month and day exist (no 31 April, no 29 February outside leap years). */
export function isReal(date: PartialDate): boolean {
  if (date.month === undefined) return date.day === undefined;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  return date.day >= 1 && date.day <= new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

/** The published format's day for a claim: the day itself, or the first day of the month or year it speaks of. */
export function firstDay(value: string): string | undefined {
  const date = fromValue(value);
  if (!date) return undefined;
  return toValue({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

/** A day moved by a number of days, across months and years. */
export function addDays(date: Required<PartialDate>, days: number): Required<PartialDate> {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A month moved by a number of months. */
export function addMonths(date: PartialDate, months: number): PartialDate {
  const index = date.year * 12 + (date.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of the week, 0 for Sunday as `Date.getUTCDay` counts. */
export function weekdayOf(date: Required<PartialDate>): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Compares two dates at the precision of the coarser: negative when `a` comes first, 0 when one holds the other. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}
