import { describe, expect, it, vi } from 'vitest';
import { formatDateRange, formatNumber } from '../../../src/i18n/format';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';

describe('formatting dates and numbers', () => {
  it('formats a span of days in the language asked for', () => {
    expect(formatDateRange('2024-02-28', '2024-02-29', 'fr')).toBe('28–29 février 2024');
    expect(formatDateRange('2024-02-28', undefined, 'en')).toBe('February 28, 2024');
    expect(formatNumber(5000, 'fr')).toBe('5\u202f000');
  });

  it('makes each formatter once per language, however many dates and numbers it formats', () => {
    formatDateRange('2024-02-28', '2024-03-01', 'en');
    formatNumber(1000, 'en');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    for (let day = 10; day < 20; day += 1) formatDateRange('2024-02-01', `2024-02-${day}`, 'en');
    for (let n = 1000; n < 1010; n += 1) formatNumber(n, 'en');
    expect(dates).not.toHaveBeenCalled();
    expect(numbers).not.toHaveBeenCalled();
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
