import { foldAccentsInPlace } from '../../text/fold';
import type { ArticleDate, ArticleLang } from '../types';
import { toValue } from './calendar';
import { scanDates } from './findDates';

/** How far into the article its own date is looked for: the title, the dateline and the first paragraph's start. */
const HEAD_LINES = 4;
const HEAD_CHARS = 600;
/**
 * What may stand before a dateline's date on its line: nothing, a place and a comma ("NIAMEY, ",
 * "SAN FRANCISCO, Calif., "), or a publication word ("Publié le ", "Updated: "). A date further
 * into a sentence is a date the story speaks of, not the article's.
 */
const DATELINE_LEAD =
  /^(?:\s*|[^,\n]{1,40},\s*(?:[^,\n]{1,20},\s*)?|\s*(?:publi\S*|mis\S* à jour|published|updated|posted|last updated|date)\b[^\n]{0,15})$/iu;

/**
 * The article's own date, from the top of the article: a dateline ("BAMAKO, 12 mars 2025 (…) –",
 * "NIAMEY, Nov. 4, 2024 —"), a "Publié le 28/02/2024" line, or an ISO date. Only a whole date
 * (day, month and year) at the head of one of the first lines counts, and the first one wins; a date written in the other language's
 * manner is read too, as an outlet may date its articles in its own. Null when there is none.
 */
export function findArticleDate(text: string, lang: ArticleLang): ArticleDate | null {
  const folded = foldAccentsInPlace(text);
  let end = 0;
  for (let line = 0; line < HEAD_LINES && end < text.length;) {
    const next = text.indexOf('\n', end);
    const lineEnd = next < 0 ? text.length : next;
    if (text.slice(end, lineEnd).trim()) line += 1;
    end = lineEnd + 1;
  }
  const head = { start: 0, end: Math.min(end, HEAD_CHARS, text.length) };
  const other: ArticleLang = lang === 'fr' ? 'en' : 'fr';
  const whole = [...scanDates(text, folded, head, lang), ...scanDates(text, folded, head, other)]
    .filter((f) => f.ref.kind === 'absolute' && f.ref.date.day !== undefined)
    .filter((f) => DATELINE_LEAD.test(text.slice(text.lastIndexOf('\n', f.start - 1) + 1, f.start)))
    .sort((a, b) => a.start - b.start);
  const first = whole[0];
  if (!first || first.ref.kind !== 'absolute') return null;
  return {
    value: toValue(first.ref.date),
    source: 'dateline',
    text: text.slice(first.start, first.end),
    span: { start: first.start, end: first.end },
  };
}
