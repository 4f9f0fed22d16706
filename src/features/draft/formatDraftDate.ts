import type { Lang } from '../../model/lang';

/**
 * A draft's date at its own precision: "16 septembre 2023", "septembre 2023" or "2023" (in
 * English "September 16, 2023"). The workspace is a chunk of its own, so the platform's date
 * formatting costs nothing on the dashboard's first paint.
 */
export function formatDraftDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return value;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    ...(day !== undefined ? { day: 'numeric' } : {}),
  };
  return new Intl.DateTimeFormat(lang, options).format(new Date(Date.UTC(year!, month - 1, day ?? 1)));
}
