import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateRange, formatNumber } from '../../../src/i18n/format';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';

describe('formatting dates and numbers', () => {
  it('formats a span of days in the language asked for', () => {
    expect(formatDateRange('2024-02-28', '2024-02-29', 'fr')).toBe('28–29 février 2024');
    expect(formatDateRange('2024-02-28', undefined, 'en')).toBe('February 28, 2024');
    expect(formatNumber(5000, 'fr')).toBe('5\u202f000');
  });

  it('writes every kind of span as Intl does, with the month or year written once where both ends share it', () => {
    const cases: [string, string | undefined, string, string][] = [
      ['2024-02-01', undefined, '1 février 2024', 'February 1, 2024'],
      ['2024-08-15', '2024-08-15', '15 août 2024', 'August 15, 2024'],
      ['2024-02-28', '2024-03-03', '28 février\u2009–\u20093 mars 2024', 'February 28\u2009–\u2009March 3, 2024'],
      ['2023-12-28', '2024-01-03', '28 décembre 2023\u2009–\u20093 janvier 2024', 'December 28, 2023\u2009–\u2009January 3, 2024'],
      ['2024-02-28', '2024-02-29', '28–29 février 2024', 'February 28\u2009–\u200929, 2024'],
    ];
    for (const [start, end, fr, en] of cases) {
      expect(formatDateRange(start, end, 'fr')).toBe(fr);
      expect(formatDateRange(start, end, 'en')).toBe(en);
    }
  });

  it('reads a date as a calendar day, whatever the time zone', () => {
    expect(formatDate('2022-01-01', 'en')).toBe('January 1, 2022');
    expect(formatDate('2022-12-31', 'fr')).toBe('31 décembre 2022');
  });

  it('writes dates without starting Intl, and makes the number formatter once per language', () => {
    formatNumber(1000, 'en');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    for (let day = 10; day < 20; day += 1) formatDateRange('2024-02-01', `2024-02-${day}`, 'en');
    for (let n = 1000; n < 1010; n += 1) formatNumber(n, 'en');
    expect(dates).not.toHaveBeenCalled();
    expect(numbers).not.toHaveBeenCalled();
    dates.mockRestore();
    numbers.mockRestore();
  });

  it('writes counts as each language does', () => {
    expect(fr.filters.shown(1234, 5000)).toBe('1\u202f234 partenariats sur 5\u202f000');
    expect(en.filters.shown(1234, 5000)).toBe('1,234 of 5,000 partnerships');
  });

  it('writes counts under a thousand without starting Intl, whose first use is slow', async () => {
    // A fresh copy of the modules, so no formatter made by another test is kept.
    vi.resetModules();
    const fresh = await import('../../../src/i18n/fr');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    expect(fresh.fr.filters.shown(11, 11)).toBe('11 partenariats sur 11');
    expect(numbers).not.toHaveBeenCalled();
    numbers.mockRestore();
  });
});
