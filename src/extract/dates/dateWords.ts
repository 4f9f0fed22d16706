import { foldAccents } from '../../text/fold';
import type { ArticleLang } from '../types';

/** A phrase that names a day, month or year by its distance from the article's date ("l'an dernier": a year back). */
export interface RelativePhrase {
  /** A regular expression over the folded text (lower case, no accents, plain apostrophes). */
  pattern: string;
  unit: 'day' | 'month' | 'year';
  /** How many units from the article's date; `'count'` takes the number the phrase holds ("il y a deux ans"), backwards. */
  offset: number | 'count';
}

/** The words of one language that dates are written with, folded as the text they are matched against. */
export interface DateWords {
  /** Per month (0 for January), its full name and its abbreviations, which are read only beside a day. */
  months: { long: string; short: string[] }[];
  /** Per weekday, 0 for Sunday as `Date.getUTCDay` counts. */
  weekdays: string[];
  /** Words that name the last or the next of a month or weekday: after it in French ("mardi dernier"), before it in English. */
  last: string[];
  next: string[];
  /** Words right before a bare month name that make it a date ("en mai", "in May"), since "May" and "mars" are also other words. */
  monthLeads: string[];
  relative: RelativePhrase[];
  /** Numbers written as words, for "il y a deux ans" and "two years ago". */
  numbers: Record<string, number>;
  /** Words that introduce an amount, so the number after them is a count ("plus de 2000 soldats"), not a year. */
  amounts: string[];
  /** Words that put a sentence in the future, so a month later than the article's date is this year's, not last year's. */
  future: string[];
}

/** Month and weekday names as the platform's own locale data spells them, folded for matching. */
function calendarNames(lang: ArticleLang): Pick<DateWords, 'months' | 'weekdays'> {
  const name = (options: Intl.DateTimeFormatOptions, date: Date) =>
    foldAccents(new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date)).replace(/\.$/, '');
  const months = Array.from({ length: 12 }, (_, m) => {
    const day = new Date(Date.UTC(2024, m, 15));
    const long = name({ month: 'long' }, day);
    const short = name({ month: 'short' }, day);
    return { long, short: short === long ? [] : [short] };
  });
  // 7 January 2024 was a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, d) => name({ weekday: 'long' }, new Date(Date.UTC(2024, 0, 7 + d))));
  return { months, weekdays };
}

const FR: Omit<DateWords, 'months' | 'weekdays'> = {
  last: ['dernier', 'derniere', 'passe', 'passee'],
  next: ['prochain', 'prochaine'],
  monthLeads: ['en', 'depuis', 'des', 'fin', 'debut', 'mi', 'courant', "jusqu'en", 'avant', 'apres', 'de', "d'", 'entre', 'et', 'mois'],
  relative: [
    { pattern: "l'(?:an|annee) (?:dernier|derniere|passe|passee|precedente)", unit: 'year', offset: -1 },
    { pattern: "l'(?:an|annee) prochaine?", unit: 'year', offset: 1 },
    { pattern: 'cette annee(?!-la)', unit: 'year', offset: 0 },
    { pattern: 'il y a (\\S+) ans', unit: 'year', offset: 'count' },
    { pattern: '(?:(?:le|du|au|ce) )?mois (?:dernier|passe|precedent)', unit: 'month', offset: -1 },
    { pattern: '(?:(?:le|du|au) )?mois prochain', unit: 'month', offset: 1 },
    {
      pattern:
        "ce mois(?:-ci)?(?!-la)|(?:(?:au|en|a la) )?(?:debut|fin|milieu) (?:du|de) mois(?!\\s+(?:de\\b|d'|dernier|passe|precedent|prochain))",
      unit: 'month',
      offset: 0,
    },
    { pattern: 'avant-hier', unit: 'day', offset: -2 },
    { pattern: '(?<!avant-)hier', unit: 'day', offset: -1 },
    { pattern: "aujourd'hui", unit: 'day', offset: 0 },
    { pattern: 'demain', unit: 'day', offset: 1 },
  ],
  amounts: ['environ', 'quelque', 'plus de', 'moins de', 'pres de', 'au moins', "jusqu'a"],
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  future: [
    'doit',
    'doivent',
    'devra',
    'devront',
    'devrait',
    'devraient',
    'sera',
    'seront',
    'aura',
    'auront',
    'va',
    'vont',
    'prevu',
    'prevue',
    'prevus',
    'prevues',
    'prochain',
    'prochaine',
    'prochainement',
    'a venir',
  ],
};

const EN: Omit<DateWords, 'months' | 'weekdays'> = {
  last: ['last'],
  next: ['next'],
  monthLeads: [
    'in',
    'since',
    'until',
    'till',
    'by',
    'of',
    'from',
    'last',
    'next',
    'this',
    'early',
    'late',
    'mid',
    'during',
    'before',
    'after',
    'between',
    'and',
    'through',
    'to',
  ],
  relative: [
    { pattern: 'last year|the (?:previous|preceding) year|the year before|a year (?:earlier|ago)', unit: 'year', offset: -1 },
    { pattern: 'next year', unit: 'year', offset: 1 },
    { pattern: 'this year', unit: 'year', offset: 0 },
    { pattern: '(\\S+) years ago', unit: 'year', offset: 'count' },
    { pattern: 'last month|the (?:previous|preceding) month|the month before|a month (?:earlier|ago)', unit: 'month', offset: -1 },
    { pattern: 'next month', unit: 'month', offset: 1 },
    { pattern: 'this month|(?:at )?the (?:start|beginning|middle|end) of the month|earlier in the month', unit: 'month', offset: 0 },
    { pattern: 'yesterday', unit: 'day', offset: -1 },
    { pattern: 'today', unit: 'day', offset: 0 },
    { pattern: 'tomorrow', unit: 'day', offset: 1 },
  ],
  amounts: ['about', 'some', 'more than', 'over', 'nearly', 'almost', 'around', 'up to', 'fewer than', 'less than', 'at least'],
  numbers: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
  future: ['will', 'would', 'shall', 'is to', 'are to', 'expected to', 'scheduled', 'planned', 'plans to', 'set to', 'upcoming', 'next'],
};

const cache = new Map<ArticleLang, DateWords>();

export function dateWords(lang: ArticleLang): DateWords {
  let words = cache.get(lang);
  if (!words) {
    words = { ...calendarNames(lang), ...(lang === 'fr' ? FR : EN) };
    // "Sept." is the usual English abbreviation of September in news style, beside the locale's "Sep".
    if (lang === 'en') words.months[8]!.short.push('sept');
    cache.set(lang, words);
  }
  return words;
}
