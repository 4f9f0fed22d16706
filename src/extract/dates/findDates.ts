import { foldAccentsInPlace } from '../../text/fold';
import type { ArticleLang, DateMention, Sentence, Span } from '../types';
import { addDays, addMonths, comparePartialDates, fromValue, isReal, toValue, weekdayOf, type PartialDate } from './calendar';
import { dateWords, type DateWords } from './dateWords';

/** What a date phrase says before it is placed against the article's date. */
export type DateRef =
  | { kind: 'absolute'; date: PartialDate }
  | { kind: 'inYear'; month: number; day?: number; which: Which }
  | { kind: 'weekday'; weekday: number; which: Which }
  | { kind: 'relative'; unit: 'day' | 'month' | 'year'; offset: number };

/** The nearest one (before the article's date, after it in a sentence about the future), the last one, or the next one. */
type Which = 'near' | 'last' | 'next';

export interface FoundRef extends Span {
  ref: DateRef;
}

interface Matcher {
  re: RegExp;
  read(m: RegExpExecArray, context: Context): DateRef | null;
}

interface Context {
  text: string;
  folded: string;
  words: DateWords;
}

const YEAR = '((?:19|20)\\d{2})';
const SUFFIX = '(?:st|nd|rd|th)';

/** A regular expression alternation of words, longest first, so "juillet" is tried before "juil". */
const anyOf = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const monthIndex = (words: DateWords, name: string) => words.months.findIndex((m) => m.long === name || m.short.includes(name)) + 1;
const which = (words: DateWords, word: string | undefined): Which =>
  word === undefined ? 'near' : words.last.includes(word) ? 'last' : words.next.includes(word) ? 'next' : 'near';
const dayNumber = (word: string) => (word === '1er' || word === 'premier' ? 1 : Number(word));
/** Month and weekday names are capitalised in English; lower-case "may" or "march" is another word. */
const capitalised = (context: Context, m: RegExpExecArray, group: number) => {
  const at = m.indices?.[group]?.[0];
  return at === undefined || context.text[at] !== context.text[at]!.toLowerCase();
};

function dayOrMonth(year: string | undefined, month: number, day: number | undefined, whichOne: Which): DateRef | null {
  if (year !== undefined) {
    const date = { year: Number(year), month, ...(day !== undefined ? { day } : {}) };
    return isReal(date) ? { kind: 'absolute', date } : null;
  }
  // A day without its year is checked against a leap year, the most lenient.
  if (!isReal({ year: 2024, month, ...(day !== undefined ? { day } : {}) })) return null;
  return { kind: 'inYear', month, ...(day !== undefined ? { day } : {}), which: whichOne };
}

const matchersByLang = new Map<ArticleLang, Matcher[]>();

/** The date phrases of one language, from the most precise to the least; where two overlap, the longer wins. */
function matchers(lang: ArticleLang): Matcher[] {
  const cached = matchersByLang.get(lang);
  if (cached) return cached;
  const words = dateWords(lang);
  const long = anyOf(words.months.map((m) => m.long));
  const any = anyOf(words.months.flatMap((m) => [m.long, ...m.short]));
  const weekday = anyOf(words.weekdays);
  const last = anyOf(words.last);
  const next = anyOf(words.next);
  const re = (source: string) => new RegExp(source, 'gd');
  const list: Matcher[] = [
    {
      re: re(`\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`),
      read: (m) => dayOrMonth(m[1], Number(m[2]), Number(m[3]), 'near'),
    },
    {
      // 28/02/2024: day first in French; month first in English unless the first number cannot be a month.
      re: re(`\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b`),
      read: (m) => {
        const [a, b] = [Number(m[1]), Number(m[2])];
        const dayFirst = lang === 'fr' || a > 12;
        return dayOrMonth(m[3], dayFirst ? b : a, dayFirst ? a : b, 'near');
      },
    },
  ];
  if (lang === 'fr') {
    list.push(
      {
        // "mardi 12 mars 2024", "le 28 février", "1er avril", "12 sept. 2024".
        re: re(`(?:\\b(?:${weekday})\\s+)?\\b(1er|premier|\\d{1,2})\\s+(${any})\\b\\.?(?:\\s+${YEAR}\\b|\\s+(${last}|${next})\\b)?`),
        read: (m, c) => dayOrMonth(m[3], monthIndex(c.words, m[2]!), dayNumber(m[1]!), which(c.words, m[4])),
      },
      {
        // "en décembre 2025", "fin février", "décembre dernier", "au début du mois de mars".
        re: re(`\\b(${long})\\b(?:\\s+${YEAR}\\b|\\s+(${last}|${next})\\b)?`),
        read: (m, c) =>
          m[2] || m[3] || leadWord(c, m.index) ? dayOrMonth(m[2], monthIndex(c.words, m[1]!), undefined, which(c.words, m[3])) : null,
      },
      {
        re: re(`\\b(${weekday})\\b(?:\\s+(${last}|${next})\\b)?`),
        read: (m, c) => ({ kind: 'weekday', weekday: c.words.weekdays.indexOf(m[1]!), which: which(c.words, m[2]) }),
      },
    );
  } else {
    list.push(
      {
        // "Tuesday, March 12, 2024", "Jan. 29, 2025", "on Feb 28".
        re: re(`(?:\\b(?:${weekday}),?\\s+)?\\b(${any})\\b\\.?\\s+(\\d{1,2})${SUFFIX}?\\b(?:,?\\s+${YEAR}\\b)?`),
        read: (m, c) => (capitalised(c, m, 1) ? dayOrMonth(m[3], monthIndex(c.words, m[1]!), Number(m[2]), 'near') : null),
      },
      {
        // "28 February 2024", "the 5th of May".
        re: re(`(?:\\b(?:${weekday}),?\\s+)?\\b(?:the\\s+)?(\\d{1,2})${SUFFIX}?\\s+(?:of\\s+)?(${any})\\b\\.?(?:,?\\s+${YEAR}\\b)?`),
        read: (m, c) => (capitalised(c, m, 2) ? dayOrMonth(m[3], monthIndex(c.words, m[2]!), Number(m[1]), 'near') : null),
      },
      {
        // "in December 2025", "Last December", "since January".
        re: re(`\\b(?:(${last}|${next}|this)\\s+)?(${long})\\b(?:,?\\s+(?:of\\s+)?${YEAR}\\b)?`),
        read: (m, c) =>
          capitalised(c, m, 2) && (m[1] || m[3] || leadWord(c, m.index))
            ? dayOrMonth(m[3], monthIndex(c.words, m[2]!), undefined, which(c.words, m[1]))
            : null,
      },
      {
        re: re(`\\b(?:(${last}|${next}|this)\\s+)?(${weekday})\\b`),
        read: (m, c) =>
          capitalised(c, m, 2) ? { kind: 'weekday', weekday: c.words.weekdays.indexOf(m[2]!), which: which(c.words, m[1]) } : null,
      },
    );
  }
  for (const phrase of words.relative) {
    list.push({
      re: re(`\\b(?:${phrase.pattern})\\b`),
      read: (m, c) => {
        const offset = phrase.offset === 'count' ? -(Number(m[1]) || c.words.numbers[m[1] ?? ''] || NaN) : phrase.offset;
        return Number.isNaN(offset) ? null : { kind: 'relative', unit: phrase.unit, offset };
      },
    });
  }
  list.push({
    // A year alone, unless it is part of a figure ("2 025 tonnes", "$2025", "plus de 2000 soldats") rather than a date.
    re: re(`\\b${YEAR}\\b`),
    read: (m, c) => {
      const before = c.folded.slice(Math.max(0, m.index - 2), m.index);
      const after = c.folded.slice(m.index + 4, m.index + 6);
      if (/[$€£]\s?$|\d[\s.,]$/.test(before) || /^[.,]\d|^\s?%/.test(after)) return null;
      if (amountBefore(c, m.index)) return null;
      return { kind: 'absolute', date: { year: Number(m[1]) } };
    },
  });
  matchersByLang.set(lang, list);
  return list;
}

/** Whether the words right before a number introduce an amount ("plus de", "more than"). */
function amountBefore(context: Context, at: number): boolean {
  const before = context.folded.slice(Math.max(0, at - 16), at);
  return context.words.amounts.some((words) => new RegExp(`(?:^|[^a-z])${words}\\s+$`).test(before));
}

/** Whether the word before a bare month name makes it a date ("en mai", "since May"). */
function leadWord(context: Context, at: number): boolean {
  const before = /([a-z]+'?)[\s-]*$/.exec(context.folded.slice(Math.max(0, at - 20), at));
  return before !== null && context.words.monthLeads.includes(before[1]!);
}

/** Every date phrase in a stretch of the text, unplaced; `folded` is `foldAccentsInPlace(text)`. */
export function scanDates(text: string, folded: string, span: Span, lang: ArticleLang): FoundRef[] {
  const context: Context = { text, folded, words: dateWords(lang) };
  const stretch = folded.slice(span.start, span.end);
  const found: FoundRef[] = [];
  for (const matcher of matchers(lang)) {
    matcher.re.lastIndex = 0;
    for (let m = matcher.re.exec(stretch); m; m = matcher.re.exec(stretch)) {
      const shifted = Object.assign([...m], { index: m.index + span.start, input: folded, indices: shiftIndices(m, span.start) });
      const ref = matcher.read(shifted as unknown as RegExpExecArray, context);
      const start = m.index + span.start;
      // A final stop belongs to an abbreviated month ("12 sept."), not to a whole name ending a sentence.
      const end =
        /\.$/.test(m[0]) && context.words.months.some((n) => m[0].endsWith(`${n.long}.`)) ? start + m[0].length - 1 : start + m[0].length;
      if (ref) found.push({ start, end, ref });
    }
  }
  // The longest phrase wins where two overlap: "le 28 février 2024" over "2024", "au début du mois de mars" over "mars".
  const kept: FoundRef[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start))
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

function shiftIndices(m: RegExpExecArray, by: number): RegExpIndicesArray | undefined {
  if (!m.indices) return undefined;
  return Object.assign(
    m.indices.map((pair) => (pair ? ([pair[0] + by, pair[1] + by] as [number, number]) : pair)),
    { groups: undefined },
  ) as RegExpIndicesArray;
}

/**
 * Places a date phrase against the article's date. A phrase with its year needs nothing; any other
 * needs the article's date, and without it stays unplaced (null): no date is made up. A day or
 * month without a year is the latest one up to the article's date, unless the sentence speaks of
 * the future; a weekday is the latest such day up to it (the next one in a sentence about the future).
 */
export function placeDate(ref: DateRef, article: PartialDate | null, future: boolean): PartialDate | null {
  if (ref.kind === 'absolute') return ref.date;
  if (!article || article.month === undefined || article.day === undefined) return null;
  const today = article as Required<PartialDate>;
  switch (ref.kind) {
    case 'relative':
      if (ref.unit === 'year') return { year: today.year + ref.offset };
      if (ref.unit === 'month') return addMonths(today, ref.offset);
      return addDays(today, ref.offset);
    case 'inYear': {
      const date: PartialDate = { year: today.year, month: ref.month, ...(ref.day !== undefined ? { day: ref.day } : {}) };
      const order = comparePartialDates(date, today);
      if (ref.which === 'last' && order >= 0) date.year -= 1;
      else if (ref.which === 'next' && order <= 0) date.year += 1;
      else if (ref.which === 'near' && order > 0 && !future) date.year -= 1;
      return isReal(date) ? date : null;
    }
    case 'weekday': {
      const back = (weekdayOf(today) - ref.weekday + 7) % 7;
      const ahead = (ref.weekday - weekdayOf(today) + 7) % 7;
      if (ref.which === 'last') return addDays(today, -(back || 7));
      if (ref.which === 'next') return addDays(today, ahead || 7);
      return addDays(today, future ? ahead : -back);
    }
  }
}

/** The clause a date phrase stands in: the stretch of its sentence between the punctuation marks around it. */
function clauseAround(folded: string, sentence: Span, at: Span): [number, number] {
  const marks = /[,;:()«»"–—]/;
  let start = at.start;
  while (start > sentence.start && !marks.test(folded[start - 1]!)) start--;
  let end = at.end;
  while (end < sentence.end && !marks.test(folded[end]!)) end++;
  return [start, end];
}

/** Whether a clause speaks of the future, by its words ("doit se tenir", "will begin"). */
export function speaksOfFuture(foldedSentence: string, lang: ArticleLang): boolean {
  return new RegExp(`\\b(?:${anyOf(dateWords(lang).future)})\\b`).test(foldedSentence);
}

/**
 * Every date the sentences of an article write, each placed against the article's date where it
 * needs it (`articleDate`, `2024-02-28`), or left unplaced (`value: null`) when that is unknown.
 */
export function findDates(text: string, sentences: readonly Sentence[], lang: ArticleLang, articleDate?: string): DateMention[] {
  const folded = foldAccentsInPlace(text);
  const article = articleDate ? fromValue(articleDate) : null;
  const out: DateMention[] = [];
  for (const sentence of sentences) {
    if (sentence.skipped) continue;
    for (const found of scanDates(text, folded, sentence, lang)) {
      const placed = placeDate(found.ref, article, speaksOfFuture(folded.slice(...clauseAround(folded, sentence, found)), lang));
      out.push({
        sentence: sentence.index,
        start: found.start,
        end: found.end,
        text: text.slice(found.start, found.end),
        value: placed ? toValue(placed) : null,
      });
    }
  }
  return out;
}
