import { describe, expect, it, vi } from 'vitest';
import { formatDateRange, formatNumber } from '../../../src/i18n/format';

describe('formatting dates and numbers', () => {
  it('formats a span of days in the language asked for', () => {
    expect(formatDateRange('2024-02-28', '2024-02-29', 'fr')).toBe('28–29 février 2024');
    expect(formatDateRange('2024-02-28', undefined, 'en')).toBe('February 28, 2024');
    expect(formatNumber(5000, 'fr')).toBe('5\u202f000');
  });

  it('makes each formatter once per language, however many dates and numbers it formats', () => {
    formatDateRange('2024-02-28', '2024-03-01', 'en');
    formatNumber(1, 'en');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    for (let day = 10; day < 20; day += 1) formatDateRange('2024-02-01', `2024-02-${day}`, 'en');
    for (let n = 0; n < 10; n += 1) formatNumber(n, 'en');
    expect(dates).not.toHaveBeenCalled();
    expect(numbers).not.toHaveBeenCalled();
  });
});
