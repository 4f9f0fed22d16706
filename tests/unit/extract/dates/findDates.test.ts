import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/extract/dates/findDates';
import type { ArticleLang, Sentence } from '../../../../src/extract/types';

/** The dates of one sentence, as [words, value]. */
function datesIn(text: string, lang: ArticleLang, articleDate?: string): [string, string | null][] {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text };
  return findDates(text, [sentence], lang, articleDate).map((d) => [d.text, d.value]);
}

describe('dates in French sentences', () => {
  it('reads a day, with or without its year, and a month with its year', () => {
    expect(datesIn('Le traité a été signé le 16 septembre 2023 à Niamey.', 'fr')).toEqual([['16 septembre 2023', '2023-09-16']]);
    expect(datesIn('Ils se sont réunis le 28 février.', 'fr', '2024-03-10')).toEqual([['28 février', '2024-02-28']]);
    expect(datesIn('Le retrait s’est achevé en décembre 2025.', 'fr')).toEqual([['décembre 2025', '2025-12']]);
    expect(datesIn('Le sommet s’est tenu le 1er avril.', 'fr', '2024-04-08')).toEqual([['1er avril', '2024-04-01']]);
  });

  it('reads years, and a year that is a figure is not one', () => {
    expect(datesIn('Les deux pays coopèrent depuis 2022, comme en 2019.', 'fr')).toEqual([
      ['2022', '2022'],
      ['2019', '2019'],
    ]);
    expect(datesIn('Le pays a reçu 2 025 tonnes et 2025 % de plus.', 'fr')).toEqual([]);
    expect(datesIn('Plus de 2000 soldats et environ 1950 policiers.', 'fr')).toEqual([]);
    expect(datesIn('More than 2000 troops and about 1990 police officers.', 'en')).toEqual([]);
  });

  it('places relative words against the article’s date', () => {
    const on = '2024-03-12';
    expect(datesIn('Ils ont signé l’an dernier.', 'fr', on)).toEqual([['l’an dernier', '2023']]);
    expect(datesIn('Un accord signé l’année dernière.', 'fr', on)).toEqual([['l’année dernière', '2023']]);
    expect(datesIn('Le projet a été lancé au début du mois.', 'fr', on)).toEqual([['au début du mois', '2024-03']]);
    expect(datesIn('Les discussions commencent le mois prochain.', 'fr', on)).toEqual([['le mois prochain', '2024-04']]);
    expect(datesIn('Il y a deux ans, le pays a rompu.', 'fr', on)).toEqual([['Il y a deux ans', '2022']]);
  });

  it('takes a weekday for the latest such day up to the article’s date', () => {
    // 12 March 2024 was a Tuesday.
    expect(datesIn('Le ministre a annoncé mardi un accord.', 'fr', '2024-03-12')).toEqual([['mardi', '2024-03-12']]);
    expect(datesIn('Le ministre a annoncé lundi un accord.', 'fr', '2024-03-12')).toEqual([['lundi', '2024-03-11']]);
    expect(datesIn('Le ministre a annoncé mercredi un accord.', 'fr', '2024-03-12')).toEqual([['mercredi', '2024-03-06']]);
    expect(datesIn('Les ministres se verront jeudi prochain.', 'fr', '2024-03-12')).toEqual([['jeudi prochain', '2024-03-14']]);
  });

  it('puts a month later than the article’s in the year before, unless its clause speaks of the future', () => {
    expect(datesIn('Le Mali a signé en novembre un accord.', 'fr', '2024-02-20')).toEqual([['novembre', '2023-11']]);
    expect(datesIn('La commission doit se réunir en mai.', 'fr', '2024-02-20')).toEqual([['mai', '2024-05']]);
    expect(datesIn('Le contrat signé en décembre dernier.', 'fr', '2024-12-20')).toEqual([['décembre dernier', '2023-12']]);
  });

  it('leaves a relative date unplaced when the article’s date is unknown', () => {
    expect(datesIn('Ils ont signé l’an dernier, le 28 février, mardi.', 'fr')).toEqual([
      ['l’an dernier', null],
      ['28 février', null],
      ['mardi', null],
    ]);
  });

  it('does not take a bare month for a word without a preposition that makes it a date', () => {
    expect(datesIn('La planète Mars est visible.', 'fr', '2024-03-12')).toEqual([]);
  });
});

describe('dates in English sentences', () => {
  it('reads days, months and years in the ways news writes them', () => {
    expect(datesIn('The deal was signed on Jan. 29, 2025 in Niamey.', 'en')).toEqual([['Jan. 29, 2025', '2025-01-29']]);
    expect(datesIn('They met on 28 February 2024.', 'en')).toEqual([['28 February 2024', '2024-02-28']]);
    expect(datesIn('An official travelled there in December 2025.', 'en')).toEqual([['December 2025', '2025-12']]);
    expect(datesIn('Ties have grown since 2022.', 'en')).toEqual([['2022', '2022']]);
  });

  it('places relative words and weekdays against the article’s date', () => {
    const on = '2024-03-12';
    expect(datesIn('They trained pilots last year.', 'en', on)).toEqual([['last year', '2023']]);
    expect(datesIn('Talks began the previous month.', 'en', on)).toEqual([['the previous month', '2024-02']]);
    expect(datesIn('Last December, the two sides met.', 'en', on)).toEqual([['Last December', '2023-12']]);
    expect(datesIn('The army said on Monday it had received drones.', 'en', on)).toEqual([['Monday', '2024-03-11']]);
    expect(datesIn('Funding talks would begin next month.', 'en', on)).toEqual([['next month', '2024-04']]);
  });

  it('does not take the verb "may" or "march" for a month', () => {
    expect(datesIn('The pact may be signed soon, and troops march north.', 'en', '2024-03-12')).toEqual([]);
    expect(datesIn('They will meet in May.', 'en', '2024-03-12')).toEqual([['May', '2024-05']]);
  });
});
